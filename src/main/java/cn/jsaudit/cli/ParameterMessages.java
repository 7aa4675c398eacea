package cn.jsaudit.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** Puts picocli's English usage-error messages into Chinese, keeping the names they quote. */
final class ParameterMessages {

    private static final Map<String, String> PHRASES = new LinkedHashMap<>();

    static {
        PHRASES.put("Missing required parameters?: ", "缺少必需的参数：");
        PHRASES.put("Missing required options?:? ", "缺少必需的选项：");
        PHRASES.put("Unknown options?: ", "未知的选项：");
        PHRASES.put("Unmatched arguments? from index \\d+: ", "多余的参数：");
        PHRASES.put("Invalid value for option ", "选项的值无效：");
        PHRASES.put("Missing required parameter for option ", "选项缺少值：");
        PHRASES.put("Expected parameter for option ", "选项缺少值：");
    }

    private ParameterMessages() {
    }

    static String explain(String message) {
        String m = message == null ? "" : message;
        for (Map.Entry<String, String> e : PHRASES.entrySet()) {
            m = m.replaceFirst(e.getKey(), e.getValue());
        }
        return m;
    }
}
