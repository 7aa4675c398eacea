package cn.jsaudit.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.model.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The performance forms of the real 003 submission (白河县医疗保障局 2023: ten 项目支出绩效自评表 and a 部门整体 form) edited
 * the way offices edit them give the findings of the original: same rules, severities and values. What an edit adds is
 * said once and plainly (a hidden column of figures), never as an anomaly.
 */
class FormOfficeEditsTest {

    private static final Path WORKBOOK = Path.of("examples/白河县医疗保障局-2023/白河县医疗保障局-2023.xlsx");
    private static final Path NARRATIVE = Path.of("examples/白河县医疗保障局-2023/白河县医疗保障局-2023.txt");
    private static final Set<String> HEADER_LABELS = Set.of("一级指标", "二级指标", "三级指标", "分值", "得分",
            "偏差原因分析及改进措施");

    private static List<String> original;

    @TempDir
    Path tmp;

    @BeforeAll
    static void screenOriginal() {
        original = Examples.describedFigures(Examples.findingsOf(WORKBOOK));
    }

    /**
     * Last year's 全年执行数 kept in a hidden column just before the shown one, under the same heading: it is neither shown
     * nor printed, so the shown column is read (the hidden one, coming first, was read instead) and the hidden one named
     * once per form.
     */
    @Test
    void aHiddenColumnOfLastYearsFiguresIsNamedNotRead() throws Exception {
        Path edited = edit("隐藏栏", wb -> {
            Sheet s = wb.getSheet("项目4");
            int executed = 5; // F: 全年执行数
            s.shiftColumns(executed, lastColumn(s), 1);
            for (Row r : s) {
                Cell shown = r.getCell(executed + 1);
                if (shown != null && shown.getCellType() == CellType.STRING && r.getRowNum() == 3) {
                    r.createCell(executed).setCellValue(shown.getStringCellValue());
                } else if (shown != null && r.getRowNum() > 3 && r.getRowNum() < 8 && isFigure(shown)) {
                    r.createCell(executed).setCellValue(Double.parseDouble(text(shown)) * 0.8 + 1);
                }
            }
            s.setColumnHidden(executed, true);
        });
        List<Finding> findings = Examples.findingsOf(edited);
        List<Finding> hidden = findings.stream().filter(f -> f.message().contains("已隐藏")).toList();
        assertEquals(List.of("INPUT INFO 项目4!A1 项目支出绩效自评表（工作表「项目4」）有 1 栏已隐藏（不显示也不打印），按打印的表未读取：F栏“全年执行数”"),
                hidden.stream().map(f -> describe(f) + " " + f.message()).toList());
        List<Finding> rest = new ArrayList<>(findings);
        rest.removeAll(hidden);
        assertEquals(original, Examples.describedFigures(rest));
    }

    /** The indicator header's cells unmerged: "年度" over "指标值" is one heading although no merge says so any more. */
    @Test
    void anUnmergedTwoRowHeader() throws Exception {
        Path edited = edit("表头拆分", wb -> {
            for (Sheet s : wb) {
                for (int i = s.getNumMergedRegions() - 1; i >= 0; i--) {
                    CellRangeAddress m = s.getMergedRegion(i);
                    Cell top = s.getRow(m.getFirstRow()).getCell(m.getFirstColumn());
                    if (m.getFirstColumn() == m.getLastColumn() && top != null && top.getCellType() == CellType.STRING
                            && HEADER_LABELS.contains(top.getStringCellValue().strip())) {
                        s.removeMergedRegion(i);
                    }
                }
            }
        });
        assertEquals(original, Examples.describedFigures(Examples.findingsOf(edited)));
    }

    /** A paragraph of the 部门整体 form no longer merged across the form: alone on its row, it is printed across it. */
    @Test
    void anUnmergedParagraph() throws Exception {
        Path edited = edit("段落拆分", wb -> {
            Sheet s = wb.getSheet("整体绩效");
            for (int i = s.getNumMergedRegions() - 1; i >= 0; i--) {
                if (s.getMergedRegion(i).getFirstRow() == 5) {
                    s.removeMergedRegion(i);
                }
            }
        });
        assertEquals(original, Examples.describedFigures(Examples.findingsOf(edited)));
    }

    /** 项目2 printed under 项目1 on the same sheet (two blank rows between): each is read as a form of its own. */
    @Test
    void twoFormsOnOneSheet() throws Exception {
        Path edited = edit("同表", wb -> {
            Sheet first = wb.getSheet("项目1");
            Sheet second = wb.getSheet("项目2");
            int offset = first.getLastRowNum() + 3;
            for (Row r : second) {
                Row to = first.createRow(r.getRowNum() + offset);
                for (Cell c : r) {
                    Cell t = to.createCell(c.getColumnIndex());
                    t.setCellStyle(c.getCellStyle());
                    switch (c.getCellType()) {
                        case NUMERIC -> t.setCellValue(c.getNumericCellValue());
                        case STRING -> t.setCellValue(c.getStringCellValue());
                        default -> { }
                    }
                }
            }
            for (CellRangeAddress m : second.getMergedRegions()) {
                first.addMergedRegion(new CellRangeAddress(m.getFirstRow() + offset, m.getLastRow() + offset,
                        m.getFirstColumn(), m.getLastColumn()));
            }
            wb.removeSheetAt(wb.getSheetIndex(second));
        });
        assertEquals(original, Examples.describedFigures(Examples.findingsOf(edited)));
    }

    /**
     * The everyday edits together, on every form: sheets renamed, a banner row ("附件3") and a blank row above the title,
     * header labels typed with full-width spaces or a line break, a blank spacer column after the first, a note under
     * the form, a blank row between 一级指标 groups.
     */
    @Test
    void theEverydayEditsTogether() throws Exception {
        Path edited = edit("日常改动", wb -> {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                Sheet s = wb.getSheetAt(i);
                if (!s.getSheetName().startsWith("项目") && !s.getSheetName().equals("整体绩效")) {
                    continue;
                }
                spaceLabels(s);
                blankRowsBetweenGroups(s);
                s.createRow(s.getLastRowNum() + 2).createCell(0).setCellValue("注：本表金额单位为万元，执行率=执行数/预算数×100%，满分 100 分。");
                withMergesMoved(s, () -> s.shiftColumns(1, lastColumn(s), 1), 1, 0, 1);
                withMergesMoved(s, () -> s.shiftRows(0, s.getLastRowNum(), 2), 0, 2, 0);
                s.createRow(0).createCell(0).setCellValue("附件3");
                wb.setSheetName(i, "附件3-" + (i + 1));
            }
        });
        List<Finding> findings = Examples.findingsOf(edited);
        assertTrue(findings.stream().anyMatch(f -> f.rule().startsWith("P-") && f.primaryLocation().sheet().startsWith("附件3-")),
                "the forms were renamed and read");
        assertEquals(original, Examples.describedFigures(findings));
    }

    /**
     * Four lines above every title of 沅江's 基础数据表 and 部门整体 form (附件, 公开文件, 单位, 盖章): the title is out of the
     * rows searched first, but alone on its row above a form's header it is still found.
     */
    @Test
    void aTallBannerAboveTheForms() throws Exception {
        Path workbook = Path.of("examples/沅江市医疗保障局-2023/沅江市医疗保障局-2023.xlsx");
        Path narrative = Path.of("examples/沅江市医疗保障局-2023/沅江市医疗保障局-2023.docx");
        Path edited = Examples.editedBesideNarrative(workbook, narrative, tmp.resolve("高表头"), wb -> {
            for (Sheet s : wb) {
                withMergesMoved(s, () -> s.shiftRows(0, s.getLastRowNum(), 4), 0, 4, 0);
                String[] lines = {"附件3", "公开文件", "单位：万元", "编制单位（盖章）"};
                for (int i = 0; i < lines.length; i++) {
                    s.createRow(i).createCell(0).setCellValue(lines[i]);
                }
            }
        });
        assertEquals(Examples.describedFigures(Examples.findingsOf(workbook)),
                Examples.describedFigures(Examples.findingsOf(edited)));
    }

    /** Header labels as typed in a hurry: "一级　指标", "三级\n指标", "分　值". */
    private static void spaceLabels(Sheet s) {
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && HEADER_LABELS.contains(c.getStringCellValue().strip())) {
                    String t = c.getStringCellValue().strip();
                    c.setCellValue(t.length() <= 2 ? t.charAt(0) + "\u3000" + t.substring(1) : t.substring(0, 2) + "\n" + t.substring(2));
                }
            }
        }
    }

    /** A blank row above every 一级指标 group label but the first (rows below the header whose 一级 cell begins a group). */
    private static void blankRowsBetweenGroups(Sheet s) {
        List<Integer> starts = new ArrayList<>();
        for (Row r : s) {
            Cell c = r.getCell(1);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().contains("指标（")) {
                starts.add(r.getRowNum());
            }
        }
        for (int i = starts.size() - 1; i >= 1; i--) {
            int at = starts.get(i);
            withMergesMoved(s, () -> s.shiftRows(at, s.getLastRowNum(), 1), at, 1, 0);
        }
    }

    /**
     * Runs a shift of rows (from row {@code at}, by {@code rows}) or columns (from column {@code at}, by {@code cols}) with the
     * merges taken off and put back moved: merges reaching across the shift grow.
     */
    private static void withMergesMoved(Sheet s, Runnable shift, int at, int rows, int cols) {
        List<CellRangeAddress> merged = new ArrayList<>(s.getMergedRegions());
        for (int i = s.getNumMergedRegions() - 1; i >= 0; i--) {
            s.removeMergedRegion(i);
        }
        shift.run();
        for (CellRangeAddress m : merged) {
            int fr = m.getFirstRow() >= at && rows > 0 ? m.getFirstRow() + rows : m.getFirstRow();
            int lr = m.getLastRow() >= at && rows > 0 ? m.getLastRow() + rows : m.getLastRow();
            int fc = m.getFirstColumn() >= at && cols > 0 ? m.getFirstColumn() + cols : m.getFirstColumn();
            int lc = m.getLastColumn() >= at && cols > 0 ? m.getLastColumn() + cols : m.getLastColumn();
            s.addMergedRegion(new CellRangeAddress(fr, lr, fc, lc));
        }
    }

    private Path edit(String name, Consumer<Workbook> edit) throws Exception {
        return Examples.editedBesideNarrative(WORKBOOK, NARRATIVE, tmp.resolve(name), edit);
    }

    private static String describe(Finding f) {
        return f.rule() + " " + f.severity() + " " + f.primaryLocation().sheet() + "!" + f.primaryLocation().cell();
    }

    private static boolean isFigure(Cell c) {
        return c.getCellType() == CellType.NUMERIC || text(c).matches("\\d+(\\.\\d+)?");
    }

    private static String text(Cell c) {
        return c.getCellType() == CellType.NUMERIC ? String.valueOf(c.getNumericCellValue()) : c.getStringCellValue().strip();
    }

    private static int lastColumn(Sheet s) {
        int last = 0;
        for (Row r : s) {
            last = Math.max(last, r.getLastCellNum());
        }
        return last;
    }
}
