package cn.jsaudit.rulepack;

import cn.jsaudit.engine.RuleProblem;
import cn.jsaudit.ingest.CsvText;
import cn.jsaudit.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A formula table: a header row naming the columns (编号, 表, 公式 required; 严重程度, 容差, 说明, 模板 optional, in any
 * order), then one check per row. Lines starting with # and blank lines are skipped. Problems name the file, the
 * row and the cell (C5) and say in Chinese what is wrong.
 */
final class FormulaTable {

    static final List<String> REQUIRED = List.of("编号", "表", "公式");
    static final List<String> OPTIONAL = List.of("严重程度", "容差", "说明", "模板");

    record Read(List<FormulaRow> rows, List<RuleProblem> problems) {
    }

    private FormulaTable() {
    }

    static Read read(String file, String sheet, List<CsvText.Line> lines) {
        List<FormulaRow> rows = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, Integer> columns = null;
        for (CsvText.Line line : lines) {
            if (line.isBlank() || line.cell(0).startsWith("#")) {
                continue;
            }
            if (columns == null) {
                columns = header(file, line, problems);
                if (columns == null) {
                    return new Read(rows, problems);
                }
                continue;
            }
            FormulaRow.Origin origin = new FormulaRow.Origin(file, sheet, line.number(), columns.get("公式"));
            FormulaRow row = row(line, columns, origin, problems);
            if (row != null) {
                rows.add(row);
            }
        }
        if (columns == null) {
            problems.add(new RuleProblem(file, 0, -1, "公式表是空的：第一行应为表头（编号,表,公式,严重程度,容差,说明,模板）"));
        }
        return new Read(rows, problems);
    }

    private static Map<String, Integer> header(String file, CsvText.Line line, List<RuleProblem> problems) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < line.cells().size(); c++) {
            String name = line.cell(c).replaceAll("\\s", "");
            if (name.isEmpty()) {
                continue;
            }
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                problems.add(new RuleProblem(file, line.number(), c + 1, "单元格 " + FormulaRow.Origin.letters(c) + line.number()
                        + "：表头“" + name + "”不是公式表的栏目（应为 编号、表、公式、严重程度、容差、说明、模板）"));
                return null;
            }
            columns.put(name, c);
        }
        for (String r : REQUIRED) {
            if (!columns.containsKey(r)) {
                problems.add(new RuleProblem(file, line.number(), -1, "表头缺少“" + r + "”栏（公式表的第一行应为：编号,表,公式,严重程度,容差,说明,模板）"));
                return null;
            }
        }
        return columns;
    }

    private static FormulaRow row(CsvText.Line line, Map<String, Integer> columns, FormulaRow.Origin origin,
                                  List<RuleProblem> problems) {
        String id = get(line, columns, "编号");
        String tables = get(line, columns, "表");
        String formula = get(line, columns, "公式");
        int before = problems.size();
        if (id.isEmpty()) {
            problems.add(problem(origin, columns, "编号", "缺少编号（如 T01-01）"));
        } else if (!id.matches("[\\p{L}\\p{N}_.\\-]+")) {
            problems.add(problem(origin, columns, "编号", "编号“" + id + "”只能由字母、数字、汉字和 - _ . 组成"));
        }
        List<String> tableIds = new ArrayList<>();
        for (String t : tables.split("[,，、\\s]+")) {
            if (t.isEmpty()) {
                continue;
            }
            if (t.matches("\\d{1,2}")) {
                problems.add(problem(origin, columns, "表", "“" + t + "”是表号：请写表的角色（如 收支总表、三公，见 templates/common.yaml）"
                        + "或表名（如 公开01表），因为各省的表号不同"));
            } else {
                tableIds.add(t);
            }
        }
        if (tables.isEmpty()) {
            problems.add(problem(origin, columns, "表", "缺少表（写表的角色，如 收支总表，或 收支总表,收入）"));
        }
        if (formula.isEmpty()) {
            problems.add(problem(origin, columns, "公式", "缺少公式"));
        }
        Severity severity = Severity.ERROR;
        String sev = get(line, columns, "严重程度");
        if (!sev.isEmpty()) {
            try {
                severity = Severity.parse(sev);
            } catch (IllegalArgumentException e) {
                problems.add(problem(origin, columns, "严重程度", e.getMessage()));
            }
        }
        BigDecimal tolerance = null;
        String tol = get(line, columns, "容差");
        if (!tol.isEmpty()) {
            try {
                tolerance = new BigDecimal(tol);
                if (tolerance.signum() < 0) {
                    problems.add(problem(origin, columns, "容差", "容差不能为负数"));
                }
            } catch (NumberFormatException e) {
                problems.add(problem(origin, columns, "容差", "容差“" + tol + "”不是数字（单位万元，如 0.05；留空则按尾数误差计算）"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        String title = get(line, columns, "说明");
        return new FormulaRow(id, tableIds, formula, severity, tolerance,
                title.isEmpty() ? String.join("、", tableIds) + " " + formula : title,
                get(line, columns, "模板"), origin);
    }

    static RuleProblem problem(FormulaRow.Origin origin, Map<String, Integer> columns, String column, String message) {
        int c = columns.getOrDefault(column, 0);
        return new RuleProblem(origin.file(), origin.row(), c + 1, (origin.sheet() == null ? "" : "工作表“" + origin.sheet() + "” ")
                + "单元格 " + origin.cell(c) + "（" + column + "）：" + message);
    }

    private static String get(CsvText.Line line, Map<String, Integer> columns, String name) {
        Integer c = columns.get(name);
        return c == null ? "" : line.cell(c);
    }
}
