package cn.jsaudit.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** Puts a Chinese explanation before Drools' own (English) compiler message. */
final class DroolsMessages {

    private static final Map<String, String> EXPLANATIONS = new LinkedHashMap<>();

    static {
        EXPLANATIONS.put("[ERR 101]", "语法错误：此处有无法识别的内容");
        EXPLANATIONS.put("[ERR 102]", "语法错误：此处出现了不应出现的符号（括号、引号或关键字不配对？）");
        EXPLANATIONS.put("[ERR 103]", "语法错误：规则结构不完整");
        EXPLANATIONS.put("[ERR 104]", "语法错误：多余的内容");
        EXPLANATIONS.put("[ERR 105]", "语法错误：缺少必需的部分（如 end）");
        EXPLANATIONS.put("[ERR 107]", "语法错误：关键字位置不对");
        EXPLANATIONS.put("Unable to resolve ObjectType", "找不到此事实类型（类名拼写错误，或缺少 import？）");
        EXPLANATIONS.put("Unable to Analyse Expression", "无法解析条件或动作中的表达式（字段名、方法名拼写错误？）");
        EXPLANATIONS.put("Rule Compilation error", "规则动作（then 部分）编译错误");
        EXPLANATIONS.put("Duplicate rule name", "规则名称重复（同一 package 中规则名必须唯一）");
        EXPLANATIONS.put("Unable to find @positional", "字段位置写法错误");
        EXPLANATIONS.put("cannot be resolved", "名称无法解析（变量、字段或全局变量未定义？）");
        EXPLANATIONS.put("Unable to create Field Extractor", "事实类型中没有此字段");
    }

    private DroolsMessages() {
    }

    static String explain(String droolsText) {
        String text = droolsText == null ? "" : droolsText.strip().replaceAll("\\s+", " ");
        for (Map.Entry<String, String> e : EXPLANATIONS.entrySet()) {
            if (text.contains(e.getKey())) {
                return e.getValue() + "。Drools 原文：" + text;
            }
        }
        return "规则编译错误。Drools 原文：" + text;
    }
}
