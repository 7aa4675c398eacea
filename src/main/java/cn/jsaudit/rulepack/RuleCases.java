package cn.jsaudit.rulepack;

import cn.jsaudit.engine.RuleProblem;
import cn.jsaudit.model.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads rules/tests/*.txt:
 * <pre>
 * # 注释
 * 基础: ../../examples/某单位-2023.xlsx        （相对于本文件；写在第一个用例前则各用例共用）
 * == T01-01 本年收入合计与明细不符 ==
 * 修改: 收支总表!C7 = 120.26
 * 说明替换: 占本年支出 87.3% => 占本年支出 187.3%   （情况说明中第一处原文换成新文）
 * 说明追加: 本部门反映 3 个项目的绩效自评结果。       （在情况说明末尾加一段）
 * 说明: 原样                                    （审核情况说明但不修改）
 * 上年: 2023                                    （同一单位的上年提交：基础工作簿中的本年改为 2023，用于跨年度规则）
 * 上年修改: 表13!M8 = 3                          （上年提交中改的单元格）
 * 应报: T01-01 错误 收支总表!C33
 * 应报: N-占比超过全部 警告 第12段                 （情况说明中的位置：第几段）
 * 不应报: T01-05
 * 其余: 不限                                   （默认：其余错误、警告都算失败）
 * </pre>
 * The narrative is the base workbook's (the .docx or .txt of the same name beside it); only a case with a 说明
 * line screens it, so that a case about table cells stays about them.
 */
public final class RuleCases {

    private static final Pattern CASE = Pattern.compile("^==\\s*(.+?)\\s*==$");
    private static final Pattern KEY = Pattern.compile("^(基础|修改|说明替换|说明追加|说明|上年|上年修改|应报|不应报|其余)\\s*[:：]\\s*(.*)$");
    private static final Pattern CELL = Pattern.compile("(.+)!\\$?([A-Z]{1,3})\\$?(\\d{1,7})");
    private static final Pattern PARAGRAPH = Pattern.compile("第\\d+段");
    private static final String REPLACE_ARROW = "=>";

    private RuleCases() {
    }

    public static List<RuleCase> read(Path file, String name, List<RuleProblem> problems) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new RuleProblem(name, 0, -1, "无法读取测试用例（应为 UTF-8 文本）：" + e.getMessage()));
            return List.of();
        }
        List<RuleCase> out = new ArrayList<>();
        Path dir = file.toAbsolutePath().getParent();
        Path sharedBase = null;
        Builder current = null;
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher c = CASE.matcher(line);
            if (c.matches()) {
                if (current != null) {
                    current.build(out, problems);
                }
                current = new Builder(name, n, c.group(1), sharedBase);
                continue;
            }
            Matcher k = KEY.matcher(line);
            if (!k.matches()) {
                problems.add(new RuleProblem(name, n, -1,
                        "看不懂此行：应为“== 用例名 ==”或 基础/修改/说明替换/说明追加/说明/上年/上年修改/应报/不应报/其余: …"));
                continue;
            }
            String key = k.group(1);
            String value = k.group(2).strip();
            if (key.equals("基础")) {
                Path base = dir.resolve(value).normalize();
                if (!Files.isRegularFile(base)) {
                    problems.add(new RuleProblem(name, n, -1, "基础工作簿不存在：" + value + "（路径相对于本用例文件）"));
                }
                if (current == null) {
                    sharedBase = base;
                } else {
                    current.base = base;
                }
                continue;
            }
            if (current == null) {
                problems.add(new RuleProblem(name, n, -1, "“" + key + "”应写在某个用例（== 用例名 ==）之下"));
                continue;
            }
            switch (key) {
                case "修改" -> current.override(value, n, problems, current.overrides);
                case "上年" -> current.priorYear(value, n, problems);
                case "上年修改" -> current.override(value, n, problems, current.priorOverrides);
                case "说明替换" -> current.replaceText(value, n, problems);
                case "说明追加" -> current.appendText(value, n, problems);
                case "说明" -> current.narrative(value, n, problems);
                case "应报" -> current.expect(value, n, problems, current.expected);
                case "不应报" -> current.expect(value, n, problems, current.forbidden);
                default -> {
                    if (!value.equals("不限") && !value.equals("不报")) {
                        problems.add(new RuleProblem(name, n, -1, "“其余”只能写“不限”或“不报”"));
                    }
                    current.strict = !value.equals("不限");
                }
            }
        }
        if (current != null) {
            current.build(out, problems);
        }
        return out;
    }

    private static final class Builder {
        final String file;
        final int line;
        final String name;
        Path base;
        boolean strict = true;
        boolean narrative;
        Integer priorYear;
        final List<RuleCase.TextEdit> edits = new ArrayList<>();
        final List<RuleCase.CellChange> overrides = new ArrayList<>();
        final List<RuleCase.CellChange> priorOverrides = new ArrayList<>();
        final List<RuleCase.Expect> expected = new ArrayList<>();
        final List<RuleCase.Expect> forbidden = new ArrayList<>();

        Builder(String file, int line, String name, Path base) {
            this.file = file;
            this.line = line;
            this.name = name;
            this.base = base;
        }

        void override(String value, int n, List<RuleProblem> problems, List<RuleCase.CellChange> into) {
            int eq = value.indexOf('=');
            Matcher m = eq < 0 ? null : CELL.matcher(value.substring(0, eq).strip());
            if (m == null || !m.matches()) {
                problems.add(new RuleProblem(file, n, -1, "修改应写成“工作表!单元格 = 值”，如 收支总表!C7 = 120.26"));
                return;
            }
            into.add(new RuleCase.CellChange(m.group(1), m.group(2) + m.group(3), value.substring(eq + 1).strip()));
        }

        void priorYear(String value, int n, List<RuleProblem> problems) {
            if (!value.matches("(19|20)\\d{2}")) {
                problems.add(new RuleProblem(file, n, -1, "上年应写成四位年度，如 上年: 2023（由基础工作簿改成该年度的提交）"));
                return;
            }
            priorYear = Integer.valueOf(value);
        }

        void replaceText(String value, int n, List<RuleProblem> problems) {
            int arrow = value.indexOf(REPLACE_ARROW);
            if (arrow <= 0) {
                problems.add(new RuleProblem(file, n, -1, "说明替换应写成“原文 => 新文”，如 占本年支出 87.3% => 占本年支出 187.3%"));
                return;
            }
            edits.add(new RuleCase.TextEdit(value.substring(0, arrow).strip(), value.substring(arrow + REPLACE_ARROW.length()).strip(), n));
            narrative = true;
        }

        void appendText(String value, int n, List<RuleProblem> problems) {
            if (value.isBlank()) {
                problems.add(new RuleProblem(file, n, -1, "说明追加后应写要加的一段文字"));
                return;
            }
            edits.add(new RuleCase.TextEdit(null, value.strip(), n));
            narrative = true;
        }

        void narrative(String value, int n, List<RuleProblem> problems) {
            if (!value.strip().equals("原样")) {
                problems.add(new RuleProblem(file, n, -1, "“说明”只能写“原样”（审核情况说明但不修改）"));
                return;
            }
            narrative = true;
        }

        void expect(String value, int n, List<RuleProblem> problems, List<RuleCase.Expect> into) {
            String[] parts = value.split("\\s+");
            if (parts.length == 0 || parts[0].isEmpty() || parts.length > 3) {
                problems.add(new RuleProblem(file, n, -1, "应写成“规则编号 [严重程度] [工作表!单元格]”，如 T01-01 错误 收支总表!C33"));
                return;
            }
            Severity severity = null;
            String sheet = null;
            String cell = null;
            for (int i = 1; i < parts.length; i++) {
                Matcher m = CELL.matcher(parts[i]);
                if (m.matches()) {
                    sheet = m.group(1);
                    cell = m.group(2) + m.group(3);
                    continue;
                }
                if (PARAGRAPH.matcher(parts[i]).matches()) {
                    cell = parts[i];
                    continue;
                }
                try {
                    severity = Severity.parse(parts[i]);
                } catch (IllegalArgumentException e) {
                    problems.add(new RuleProblem(file, n, -1, "“" + parts[i] + "”既不是严重程度，也不是 工作表!单元格 或 第几段"));
                    return;
                }
            }
            into.add(new RuleCase.Expect(parts[0], severity, sheet, cell, n));
        }

        void build(List<RuleCase> out, List<RuleProblem> problems) {
            if (base == null) {
                problems.add(new RuleProblem(file, line, -1, "用例“" + name + "”没有基础工作簿（基础: 路径）"));
                return;
            }
            if (priorYear == null && !priorOverrides.isEmpty()) {
                problems.add(new RuleProblem(file, line, -1, "用例“" + name + "”有“上年修改”而没有“上年: 年度”"));
                return;
            }
            out.add(new RuleCase(file, line, name, base, overrides, narrative, edits, priorYear, priorOverrides, expected,
                    forbidden, strict));
        }
    }
}
