package cn.jsaudit.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
