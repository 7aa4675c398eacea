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

    @Test
    void zerosTypedAsDashes() throws Exception {
        Path edited = edit("零写作横线", wb -> {
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.NUMERIC && c.getNumericCellValue() == 0 && r.getRowNum() > 5) {
                            c.setCellValue("－");
                        }
                    }
                }
            }
        });
        assertEquals(Examples.describedFigures(screen(WORKBOOK)), Examples.describedFigures(screen(edited)));
    }

    @Test
    void aHiddenDraftOfATableIsNamedOnceAndNotScreened() throws Exception {
        Path edited = edit("隐藏草稿", wb -> {
            Sheet draft = wb.cloneSheet(0);
            wb.setSheetName(wb.getSheetIndex(draft), "收支总表（草稿）");
            for (Row r : draft) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.NUMERIC && r.getRowNum() > 5 && c.getNumericCellValue() > 0) {
                        c.setCellValue(c.getNumericCellValue() + 7);
                    }
                }
            }
            wb.setSheetHidden(wb.getSheetIndex(draft), true);
        });
        List<Finding> findings = screen(edited);
        List<Finding> about = findings.stream().filter(f -> f.message().contains("收支总表（草稿）")).toList();
        assertEquals(1, about.size(), "the draft is named once: " + about);
        assertEquals("INPUT", about.get(0).rule());
        assertEquals(Severity.INFO, about.get(0).severity(), "a hidden copy is neither shown nor printed: nothing wrong");
        assertTrue(about.get(0).message().contains("审核的是显示的“收支总表”"), about.get(0).message());
        List<Finding> rest = new ArrayList<>(findings);
        rest.removeAll(about);
        assertEquals(Examples.describedFigures(screen(WORKBOOK)), Examples.describedFigures(rest));
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
