package cn.jsaudit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real reference submission (seed 000: workbook, narrative, performance forms) edited the way a unit's office
 * edits a workbook before sending it — blank rows and columns around every table and form, zeros typed as dashes,
 * a hidden draft copy of a table — gives the findings of the original: same rules, severities and values. What an
 * edit adds is said once and plainly (the hidden copy), never as an anomaly of the figures.
 */
class OfficeEditsTest {

    private static final Path WORKBOOK = Path.of("examples/随州市曾都区医疗保障信息中心-2023.xlsx");
    private static final Path NARRATIVE = Path.of("examples/随州市曾都区医疗保障信息中心-2023.docx");

    @TempDir
    Path tmp;

    @Test
    void blankRowsAndColumnsAroundEveryTableAndForm() throws Exception {
        Path edited = edit("留白", wb -> {
            for (Sheet s : wb) {
                s.shiftRows(0, s.getLastRowNum(), 3);
                s.shiftColumns(0, lastColumn(s), 2);
            }
        });
        assertEquals(Examples.describedFigures(screen(WORKBOOK)), Examples.describedFigures(screen(edited)));
    }

    /** A narrow empty column put after the first one of every sheet, under the merged 收入 | 支出 labels. */
    @Test
    void aBlankSpacerColumnInsideEveryTableAndForm() throws Exception {
        Path edited = edit("空栏", wb -> {
            for (Sheet s : wb) {
                List<org.apache.poi.ss.util.CellRangeAddress> merged = new ArrayList<>(s.getMergedRegions());
                for (int i = s.getNumMergedRegions() - 1; i >= 0; i--) {
                    s.removeMergedRegion(i);
                }
                s.shiftColumns(1, lastColumn(s), 1);
                for (org.apache.poi.ss.util.CellRangeAddress m : merged) {
                    int first = m.getFirstColumn() >= 1 ? m.getFirstColumn() + 1 : m.getFirstColumn();
                    int last = m.getLastColumn() >= 1 ? m.getLastColumn() + 1 : m.getLastColumn();
                    s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(m.getFirstRow(), m.getLastRow(), first, last));
                }
            }
        });
        assertEquals(Examples.describedFigures(screen(WORKBOOK)), Examples.describedFigures(screen(edited)));
    }

    /**
     * Last year's figures kept in a hidden column just before the shown one, under the same heading: Excel neither shows
     * nor prints it, so the shown column is read (the hidden one came first and was read instead) and the hidden one named.
     */
    @Test
    void aHiddenColumnBesideItsShownTwinIsNamedNotRead() throws Exception {
        Path edited = edit("隐藏栏", wb -> {
            Sheet s = wb.getSheet("收入表");
            int col = lastColumn(s) - 1;
            s.shiftColumns(col, col, 1);
            for (Row r : s) {
                Cell shown = r.getCell(col + 1);
                if (shown != null && shown.getCellType() == CellType.STRING) {
                    r.createCell(col).setCellValue(shown.getStringCellValue());
                } else if (shown != null && shown.getCellType() == CellType.NUMERIC && r.getRowNum() > 6) {
                    r.createCell(col).setCellValue(shown.getNumericCellValue() + 7);
                }
            }
            s.setColumnHidden(col, true);
        });
        Finding hidden = theOneAbout("已隐藏", screen(edited), Examples.describedFigures(screen(WORKBOOK)));
        assertEquals(Severity.INFO, hidden.severity());
        assertTrue(hidden.message().startsWith("公开02表（工作表“收入表”）有 1 栏已隐藏（不显示也不打印），按公开的表未读取："),
                hidden.message());
    }

    @Test
    void zerosTypedAsDashes() throws Exception {
        Path edited = edit("零写作横线", wb -> eachAmount(wb, v -> v == 0, c -> c.setCellValue("－")));
        assertEquals(Examples.describedFigures(screen(WORKBOOK)), Examples.describedFigures(screen(edited)));
    }

    /** "110.26万元" typed into the cells of every public table: read in the unit the cell states, said once. */
    @Test
    void amountsTypedWithTheirUnitAreReadInThatUnit() throws Exception {
        Path edited = edit("带单位", wb -> eachTableAmount(wb, c -> c.setCellValue(
                java.math.BigDecimal.valueOf(c.getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP) + "万元")));
        Finding typed = theOneAbout("连单位一起填写", screen(edited), Examples.describedFigures(screen(WORKBOOK)));
        assertEquals(Severity.INFO, typed.severity());
        assertTrue(typed.message().startsWith("有 57 个金额单元格连单位一起填写（如“110.26万元”；公开01表 6 个、"),
                typed.message());
    }

    /**
     * The same amounts typed in 元 ("1102600元") in tables headed 万元: converted, and rounded no finer than the table's
     * own figures (else a 0.01 万元 rounding step would become a 100 元 discrepancy).
     */
    @Test
    void amountsTypedInYuanInAWanYuanTableAreConvertedAndNamed() throws Exception {
        Path edited = edit("带元", wb -> eachTableAmount(wb, c -> c.setCellValue(
                java.math.BigDecimal.valueOf(c.getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP)
                        .movePointRight(4).toBigInteger() + "元")));
        Finding typed = theOneAbout("连单位一起填写", screen(edited), Examples.describedFigures(screen(WORKBOOK)));
        assertTrue(typed.message().contains("其中所写单位与表头不同的：公开01表 6 个（表头所标单位为万元）"), typed.message());
    }

    /**
     * Text where most of a table's amounts belong ("见附表"): the table cannot be checked and one reading doubt says so;
     * its rows, missing their figures, are not reported as failing identities or as 科目 absent from the tables.
     */
    @Test
    void aTableWhoseAmountsAreTextIsNotCheckedAndSaysSoOnce() throws Exception {
        Path edited = edit("见附表", wb -> eachAmount(List.of(wb.getSheet("基本支出明细表")), v -> v != 0,
                c -> c.setCellValue("见附表")));
        List<Finding> findings = screen(edited);
        List<Finding> doubts = findings.stream().filter(f -> "INPUT".equals(f.rule()) && f.severity() != Severity.INFO).toList();
        assertEquals(1, doubts.size(), doubts.toString());
        assertTrue(doubts.get(0).message().startsWith("读取存疑：公开06表（工作表“基本支出明细表”）有 "), doubts.get(0).message());
        assertTrue(doubts.get(0).message().contains("本表的数字未参与审核"), doubts.get(0).message());
        List<String> original = Examples.describedFigures(screen(WORKBOOK));
        List<String> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.rule() + " " + f.severity() + " " + f.table() + " " + f.expected() + " " + f.actual() + " " + f.quote())
                .filter(e -> !original.contains(e)).toList();
        assertEquals(List.of(), errors, "no error the original does not have");
    }

    /**
     * One amount typed as text ("待核实") in a 款 row of 公开06表: one ERROR names the cell; the class total that no longer
     * adds up for want of it is the same root cause and folds under it.
     */
    @Test
    void aSingleAmountTypedAsTextIsOneFindingWithItsIdentityFolded() throws Exception {
        Path edited = edit("待核实", wb -> wb.getSheet("基本支出明细表").getRow(6).getCell(2).setCellValue("待核实"));
        List<String> original = new ArrayList<>(Examples.describedFigures(screen(WORKBOOK)));
        original.removeIf(f -> f.startsWith("T06-01 INFO"));
        Finding unread = theOneAbout("不是数字", screen(edited), original);
        assertEquals(Severity.ERROR, unread.severity());
        assertEquals("基本支出明细表!C7", cn.jsaudit.model.Positions.of(unread));
        assertEquals(List.of("T06-01"), unread.folded().stream().map(Finding::rule).toList());
    }

    /**
     * Every amount with 角 or 分 of the public tables (not the performance forms): whole numbers there include the 行次
     * column.
     */
    private static void eachTableAmount(Workbook wb, Consumer<Cell> edit) {
        List<Sheet> tables = new ArrayList<>();
        wb.forEach(s -> {
            if (!s.getSheetName().contains("自评")) {
                tables.add(s);
            }
        });
        eachAmount(tables, v -> v != Math.rint(v), edit);
    }

    /** Every number below the headers (row 7 on) of the sheets given whose value passes {@code which}. */
    private static void eachAmount(Iterable<Sheet> sheets, java.util.function.DoublePredicate which, Consumer<Cell> edit) {
        for (Sheet s : sheets) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.NUMERIC && r.getRowNum() > 5 && which.test(c.getNumericCellValue())) {
                        edit.accept(c);
                    }
                }
            }
        }
    }

    @Test
    void aHiddenDraftOfATableIsNamedOnceAndNotScreened() throws Exception {
        Path edited = edit("隐藏草稿", wb -> {
            Sheet draft = wb.cloneSheet(0);
            wb.setSheetName(wb.getSheetIndex(draft), "收支总表（草稿）");
            eachAmount(List.of(draft), v -> v > 0, c -> c.setCellValue(c.getNumericCellValue() + 7));
            wb.setSheetHidden(wb.getSheetIndex(draft), true);
        });
        Finding about = theOneAbout("收支总表（草稿）", screen(edited), Examples.describedFigures(screen(WORKBOOK)));
        assertEquals("INPUT", about.rule());
        assertEquals(Severity.INFO, about.severity(), "a hidden copy is neither shown nor printed: nothing wrong");
        assertTrue(about.message().contains("审核的是显示的“收支总表”"), about.message());
    }

    /**
     * The one finding whose message mentions {@code words} (what the edit adds, said once); the others are asserted to be
     * {@code others} as {@link Examples#describedFigures} describes them.
     */
    private static Finding theOneAbout(String words, List<Finding> findings, List<String> others) {
        List<Finding> about = findings.stream().filter(f -> f.message().contains(words)).toList();
        assertEquals(1, about.size(), "said once: " + about);
        List<Finding> rest = new ArrayList<>(findings);
        rest.removeAll(about);
        assertEquals(others, Examples.describedFigures(rest));
        return about.get(0);
    }

    private Path edit(String name, Consumer<Workbook> edit) throws Exception {
        return Examples.editedBesideNarrative(WORKBOOK, NARRATIVE, tmp.resolve(name), edit);
    }

    private static List<Finding> screen(Path workbook) {
        return Examples.findingsOf(workbook);
    }

    private static int lastColumn(Sheet s) {
        int last = 0;
        for (Row r : s) {
            last = Math.max(last, r.getLastCellNum());
        }
        return last;
    }
}
