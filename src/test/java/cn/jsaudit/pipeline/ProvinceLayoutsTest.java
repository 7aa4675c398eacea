package cn.jsaudit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.ruleapi.Text;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real reference submission (seed 000: workbook, narrative, performance forms) rewritten in a layout other
 * provinces use gives the findings of the original — same rules, severities, tables and values: the template
 * reads what it describes, and nothing of the rewriting passes for an anomaly.
 */
class ProvinceLayoutsTest {

    private static final Path WORKBOOK = Path.of("examples/随州市曾都区医疗保障信息中心-2023.xlsx");
    private static final Path NARRATIVE = Path.of("examples/随州市曾都区医疗保障信息中心-2023.docx");
    private static final String BASIC = "基本支出明细表";

    @TempDir
    Path tmp;

    /** 06 as one list, the older national layout: 科目编码 | 科目名称 | 合计 | 人员经费 | 公用经费, 合计 on top. */
    @Test
    void basicSpendingAsOneListWithItsTotalOnTop() throws Exception {
        Path edited = edit("06清单", wb -> basicAsList(wb, true, null));
        List<Finding> findings = screen(edited);
        assertEquals(Examples.describedFigures(screen(WORKBOOK)), Examples.describedFigures(findings));
        assertTrue(findings.stream().noneMatch(f -> f.rule().equals("INPUT")), "read as the template describes it");
    }

    /** The same under a 基本支出 group label, 合计 at the bottom. */
    @Test
    void basicSpendingAsOneListUnderAGroupWithItsTotalBelow() throws Exception {
        Path edited = edit("06清单合计在下", wb -> basicAsList(wb, false, "基本支出"));
        assertEquals(Examples.describedFigures(screen(WORKBOOK)), Examples.describedFigures(screen(edited)));
    }

    /**
     * A workbook whose 09 table has the 会议费、培训费 columns and whose 06 is one list is read by the two variants
     * together (each restates a different table of the same base): the findings of the original.
     */
    @Test
    void meetingCostsAndBasicSpendingAsOneList() throws Exception {
        // 决算数 合计 2.4 → 2.5: an anomaly in the 09 table the variant describes (T09-02)
        Path original = Examples.withCells(Examples.MEETINGS, tmp.resolve("会议费/会议费合计不符.xlsx"), "三公经费表!I8", 2.5);
        Path edited = Examples.edited(original, tmp.resolve("会议费06清单/会议费合计不符.xlsx"), wb -> basicAsList(wb, true, null));
        List<Finding> findings = screen(edited);
        assertEquals(Examples.describedFigures(screen(original)), Examples.describedFigures(findings));
        assertTrue(findings.stream().noneMatch(f -> f.rule().equals("INPUT")), "read as the templates describe it");
    }

    /** A line whose 合计 is not its 人员经费 + 公用经费 is one error on that line (T06-04), nothing else moves. */
    @Test
    void aLineWhosePartsDoNotAddUpIsOneError() throws Exception {
        Path edited = edit("06清单分项不符", wb -> {
            basicAsList(wb, true, null);
            Sheet s = wb.getSheet(BASIC);
            for (Row r : s) {
                if ("30201".equals(text(r.getCell(0)))) {
                    r.getCell(4).setCellValue(0.63); // 办公费 公用经费 0.63 beside its 合计 0.53
                }
            }
        });
        List<Finding> findings = screen(edited);
        List<Finding> t0604 = findings.stream().filter(f -> f.rule().equals("T06-04")).toList();
        assertEquals(1, t0604.size(), findings.toString());
        assertEquals(Severity.ERROR, t0604.get(0).severity());
        List<Finding> rest = new ArrayList<>(findings);
        rest.removeAll(t0604);
        assertEquals(Examples.describedFigures(screen(WORKBOOK)), Examples.describedFigures(rest));
    }

    /**
     * 06 with column headings no template knows: one reading doubt says the table was not checked, and nothing the
     * narrative cites from it is called missing or contradicted (the reading is the cause, not the submission).
     */
    @Test
    void anUnreadTableIsOneDoubtAndNoFindingAboutWhatItHolds() throws Exception {
        Path edited = edit("06栏目不明", wb -> {
            basicAsList(wb, true, null);
            Row header = wb.getSheet(BASIC).getRow(3);
            setText(header, 2, "甲栏");
            setText(header, 3, "乙栏");
            setText(header, 4, "丙栏");
        });
        List<Finding> findings = screen(edited);
        List<Finding> doubts = findings.stream().filter(f -> f.rule().equals("INPUT")).toList();
        assertEquals(1, doubts.size(), doubts.toString());
        assertTrue(doubts.get(0).message().contains("本表未审核"), doubts.get(0).message());
        List<String> original = Examples.describedFigures(screen(WORKBOOK));
        List<String> newErrors = Examples.describedFigures(findings).stream()
                .filter(d -> d.contains(" ERROR ") && !original.contains(d)).toList();
        assertEquals(List.of(), newErrors, "no ERROR that the original does not have");
    }

    /** 01 and 04 项目 labels typed with leading (full-width) spaces and full-width numbering: "　　一．…". */
    @Test
    void rowLabelsWithLeadingSpacesAndFullWidthNumbering() throws Exception {
        Path edited = edit("项目缩进", wb -> {
            for (String name : List.of("收支总表", "财拨收支总表")) {
                for (Row r : wb.getSheet(name)) {
                    for (int c : new int[] {0, 3}) {
                        String t = text(r.getCell(c));
                        if (r.getRowNum() >= 6 && !t.isEmpty() && !t.startsWith("注")) {
                            String numbered = t.replaceFirst("^([一二三四五六七八九十]+)、", "　　$1．");
                            setText(r, c, numbered.equals(t) ? "  " + t : numbered);
                        }
                    }
                }
            }
        });
        assertEquals(Examples.describedFigures(screen(WORKBOOK)), Examples.describedFigures(screen(edited)));
    }

    /** 01 as one vertical list (项目 | 行次 | 金额): the income lines, then the expenditure lines below them. */
    @Test
    void summaryAsOneVerticalList() throws Exception {
        Path edited = edit("01竖排", wb -> {
            Sheet old = wb.getSheet("收支总表");
            List<Object[]> income = new ArrayList<>();
            List<Object[]> spending = new ArrayList<>();
            for (Row r : old) {
                if (r.getRowNum() < 6 || text(r.getCell(0)).startsWith("注")) {
                    continue;
                }
                for (int c0 : new int[] {0, 3}) {
                    if (!text(r.getCell(c0)).isEmpty()) {
                        (c0 == 0 ? income : spending).add(new Object[] {text(r.getCell(c0)), number(r.getCell(c0 + 1)),
                                number(r.getCell(c0 + 2))});
                    }
                }
            }
            Sheet s = replace(wb, "收支总表");
            int r = 0;
            row(s, r++, "收入支出决算总表");
            row(s, r++, null, null, "公开01表");
            row(s, r++, "部门：随州市曾都区医疗保障信息中心", null, "单位：万元");
            row(s, r++, "项目", "行次", "金额");
            row(s, r++, "栏次", null, 1);
            row(s, r++, "收入");
            for (Object[] l : income) {
                row(s, r++, l);
            }
            row(s, r++, "支出");
            for (Object[] l : spending) {
                row(s, r++, l);
            }
            row(s, r, "注：本表反映部门本年度的总收支和年末结转结余情况。");
        });
        assertEquals(Examples.describedFigures(screen(WORKBOOK)), Examples.describedFigures(screen(edited)));
    }

    /** 02, 03 and 05 print the 科目代码 split over 类 | 款 | 项, the parents' parts left blank on lower rows. */
    @Test
    void codesSplitOverClassSectionItem() throws Exception {
        Path edited = edit("类款项分列", wb -> {
            for (String name : List.of("收入表", "支出表", "一般公共预算支出表")) {
                Sheet old = wb.getSheet(name);
                List<List<Object>> rows = new ArrayList<>();
                for (Row r : old) {
                    List<Object> cells = new ArrayList<>();
                    for (int c = 0; c < r.getLastCellNum(); c++) {
                        Cell cell = r.getCell(c);
                        cells.add(cell == null ? null : cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue()
                                : text(cell));
                    }
                    rows.add(cells);
                }
                Sheet s = replace(wb, name);
                for (int i = 0; i < rows.size(); i++) {
                    List<Object> r = rows.get(i);
                    List<Object> out = new ArrayList<>();
                    String code = r.isEmpty() || r.get(0) == null ? "" : r.get(0).toString();
                    if (i == 3) {
                        out.addAll(java.util.Arrays.asList("科目编码", null, null, "科目名称"));
                    } else if (i == 4) {
                        out.addAll(java.util.Arrays.asList("类", "款", "项", null));
                    } else if (code.matches("\\d{3,7}")) {
                        out.addAll(java.util.Arrays.asList(code.length() == 3 ? code : null,
                                code.length() == 5 ? code.substring(3) : null, code.length() == 7 ? code.substring(5) : null,
                                r.get(1)));
                    } else {
                        out.addAll(java.util.Arrays.asList(r.isEmpty() ? null : r.get(0), null, null, r.size() > 1 ? r.get(1) : null));
                    }
                    out.addAll(r.size() > 2 ? r.subList(2, r.size()) : List.of());
                    row(s, i, out.toArray());
                }
            }
        });
        assertEquals(Examples.describedFigures(screen(WORKBOOK)), Examples.describedFigures(screen(edited)));
    }

    /** 02 and 03 with a 行次 column beside the 科目名称. */
    @Test
    void codedTablesWithARowNumberColumn() throws Exception {
        Path edited = edit("行次栏", wb -> {
            for (String name : List.of("收入表", "支出表")) {
                Sheet s = wb.getSheet(name);
                for (int i = s.getNumMergedRegions() - 1; i >= 0; i--) {
                    s.removeMergedRegion(i);
                }
                s.shiftColumns(2, 12, 1);
                int n = 1;
                for (Row r : s) {
                    String first = text(r.getCell(0));
                    if (r.getRowNum() == 3) {
                        r.createCell(2).setCellValue("行次");
                    } else if (r.getRowNum() > 5 && !first.isEmpty() && !first.startsWith("注")) {
                        r.createCell(2).setCellValue(n++);
                    }
                }
            }
        });
        assertEquals(Examples.describedFigures(screen(WORKBOOK)), Examples.describedFigures(screen(edited)));
    }

    /**
     * Every table in 元 (单位：元, amounts × 10000): read in 万元, the same findings. Exact 元 figures leave no
     * rounding room, so the three differences the 万元 tables show within rounding (INFO) are real ones (ERROR).
     */
    @Test
    void amountsInYuan() throws Exception {
        Path edited = edit("元", wb -> {
            for (int i = 0; i < 9; i++) {
                Sheet s = wb.getSheetAt(i);
                for (Row r : s) {
                    boolean numbering = false;
                    for (int k = 0; k < r.getLastCellNum(); k++) {
                        if (text(r.getCell(k)).contains("单位：万元")) {
                            setText(r, k, "单位：元");
                        }
                        numbering |= Text.compact(text(r.getCell(k))).equals("栏次");
                    }
                    if (r.getRowNum() < 5 || numbering || isNumbering(r)) {
                        continue;
                    }
                    for (Cell c : r) {
                        boolean rowNo = s.getSheetName().contains("收支总表") && (c.getColumnIndex() == 1 || c.getColumnIndex() == 4);
                        if (c.getCellType() == CellType.NUMERIC && !rowNo) {
                            c.setCellValue(Math.round(c.getNumericCellValue() * 1_000_000) / 100.0);
                        }
                    }
                }
            }
        });
        // in 元 a difference of 0.01 万元 is beyond the rounding of the figures, so 05 against 06 fails outright and the
        // narrative's figure, which the correction confirms, folds under it: the same figures, shown otherwise
        assertEquals(withoutSeverity(Examples.describedFigures(withFolded(screen(WORKBOOK)))),
                withoutSeverity(Examples.describedFigures(withFolded(screen(edited)))));
    }

    private static List<Finding> withFolded(List<Finding> findings) {
        return findings.stream().flatMap(f -> java.util.stream.Stream.concat(java.util.stream.Stream.of(f),
                f.folded().stream())).toList();
    }

    /** A bare numbering row (09's 1, 2, 3 … under its header). */
    private static boolean isNumbering(Row r) {
        int n = 0;
        for (Cell c : r) {
            if (c.getCellType() == CellType.NUMERIC && c.getNumericCellValue() != ++n) {
                return false;
            }
        }
        return n > 2;
    }

    private static List<String> withoutSeverity(List<String> described) {
        return described.stream().map(d -> d.replaceFirst(" (INFO|WARNING|ERROR) ", " ")).sorted().toList();
    }

    private static void setText(Row r, int c, String text) {
        Examples.freshCell(r, c).setCellValue(text);
    }

    private static Sheet replace(Workbook wb, String name) {
        int index = wb.getSheetIndex(name);
        wb.removeSheetAt(index);
        Sheet s = wb.createSheet(name);
        wb.setSheetOrder(name, index);
        return s;
    }

    private static Object number(Cell c) {
        return c == null ? null : c.getCellType() == CellType.NUMERIC ? c.getNumericCellValue() : text(c);
    }

    /**
     * Rebuilds the three-block 06 (人员经费 | 公用经费 | 公用经费 blocks of 科目代码, 科目名称, 决算数) as one list by
     * code: each line's amount under 合计 and again under its part, the 合计 row's parts the blocks' bottom line.
     */
    private static void basicAsList(Workbook wb, boolean totalOnTop, String group) {
        Sheet old = wb.getSheet(BASIC);
        record Line(String code, String name, double value, boolean personnel) {
        }
        List<Line> lines = new ArrayList<>();
        double personnel = 0;
        double goods = 0;
        for (Row r : old) {
            for (int c0 : new int[] {0, 3, 6}) {
                String code = text(r.getCell(c0));
                if (code.matches("\\d{3,5}")) {
                    Cell v = r.getCell(c0 + 2);
                    double value = v == null || v.getCellType() != CellType.NUMERIC ? 0 : v.getNumericCellValue();
                    lines.add(new Line(code, text(r.getCell(c0 + 1)), value, c0 == 0));
                }
            }
            if (text(r.getCell(0)).equals("人员经费合计")) {
                personnel = r.getCell(2).getNumericCellValue();
                goods = r.getCell(8).getNumericCellValue();
            }
        }
        lines.sort(Comparator.comparing(Line::code));
        Sheet s = replace(wb, BASIC);
        int r = 0;
        row(s, r++, "一般公共预算财政拨款基本支出决算表");
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
        row(s, r++, null, null, null, null, "公开06表");
        row(s, r++, "部门：随州市曾都区医疗保障信息中心", null, null, null, "单位：万元");
        if (group != null) {
            row(s, r++, "科目编码", "科目名称", group);
            s.addMergedRegion(new CellRangeAddress(r - 1, r - 1, 2, 4));
            s.addMergedRegion(new CellRangeAddress(r - 1, r, 0, 0));
            s.addMergedRegion(new CellRangeAddress(r - 1, r, 1, 1));
            row(s, r++, null, null, "合计", "人员经费", "公用经费");
        } else {
            row(s, r++, "科目编码", "科目名称", "合计", "人员经费", "公用经费");
        }
        row(s, r++, "栏次", null, 1, 2, 3);
        if (totalOnTop) {
            row(s, r++, "合计", null, round(personnel + goods), personnel, goods);
        }
        for (Line l : lines) {
            row(s, r++, l.code(), l.name(), l.value(), l.personnel() ? l.value() : null, l.personnel() ? null : l.value());
        }
        if (!totalOnTop) {
            row(s, r++, "合计", null, round(personnel + goods), personnel, goods);
        }
        row(s, r, "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。");
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static void row(Sheet s, int r, Object... values) {
        Row row = s.createRow(r);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (values[c] != null) {
                row.createCell(c).setCellValue(values[c].toString());
            }
        }
    }

    private static String text(Cell c) {
        return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue().strip();
    }

    private Path edit(String name, Consumer<Workbook> edit) throws Exception {
        return Examples.editedBesideNarrative(WORKBOOK, NARRATIVE, tmp.resolve(name), edit);
    }

    private static List<Finding> screen(Path workbook) {
        return Examples.findingsOf(workbook);
    }
}
