package cn.jsaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Severity;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet the workbook hides is neither shown nor printed: a copy of a table or form kept on one (last year's, a
 * draft) is set aside for the shown one, wherever it stands; a table or form found only on a hidden sheet is audited
 * and the reviewer told it would not print.
 */
class HiddenSheetsTest {

    private static final Path SEED = Examples.SEED_000;
    private static final Path NARRATIVE = Path.of("examples/随州市曾都区医疗保障信息中心-2023.docx");

    @TempDir
    Path tmp;

    @Test
    void aHiddenOlderCopyOfATableBeforeTheShownOneIsSetAside() throws Exception {
        Path copy = Examples.editedBesideNarrative(SEED, NARRATIVE, tmp.resolve("a"), wb -> {
            Sheet old = hiddenCopy(wb, "一般公共预算支出表", SheetVisibility.HIDDEN);
            wb.setSheetOrder(old.getSheetName(), 0);
        });
        List<Finding> findings = Examples.findingsOf(copy);
        assertEquals(Examples.describedFigures(Examples.findingsOf(SEED)), Examples.describedFigures(withoutHidden(findings)));
        Finding said = onlyHiddenNote(findings);
        assertEquals(Severity.INFO, said.severity());
        assertTrue(said.message().contains("审核的是显示的“一般公共预算支出表”"), said.message());
        assertEquals("一般公共预算支出表 (2)", said.locations().get(0).sheet());
    }

    @Test
    void aTableOnlyOnAHiddenSheetIsAuditedAndSaidSo() throws Exception {
        Path copy = Examples.editedBesideNarrative(SEED, NARRATIVE, tmp.resolve("b"),
                wb -> wb.setSheetVisibility(wb.getSheetIndex("三公经费表"), SheetVisibility.VERY_HIDDEN));
        List<Finding> findings = Examples.findingsOf(copy);
        assertEquals(Examples.describedFigures(Examples.findingsOf(SEED)), Examples.describedFigures(withoutHidden(findings)));
        Finding said = onlyHiddenNote(findings);
        assertEquals(Severity.INFO, said.severity());
        assertTrue(said.message().startsWith("工作表“三公经费表”（公开09表）是隐藏的"), said.message());
    }

    @Test
    void aHiddenCopyOfAShownFormIsSetAside() throws Exception {
        Path copy = Examples.editedBesideNarrative(SEED, NARRATIVE, tmp.resolve("c"),
                wb -> hiddenCopy(wb, "能力提升资金绩效自评表", SheetVisibility.HIDDEN));
        List<Finding> findings = Examples.findingsOf(copy);
        assertEquals(Examples.describedFigures(Examples.findingsOf(SEED)), Examples.describedFigures(withoutHidden(findings)));
        Finding said = onlyHiddenNote(findings);
        assertTrue(said.message().startsWith("隐藏的工作表「能力提升资金绩效自评表 (2)」也是项目支出绩效自评表"), said.message());
    }

    @Test
    void bothLoadersSayWhichSheetsAreHidden() throws Exception {
        for (String name : List.of("h.xls", "h.xlsx")) {
            Path file = tmp.resolve(name);
            try (Workbook wb = name.endsWith(".xls") ? new HSSFWorkbook() : new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
                Sheet shown = wb.createSheet("显示");
                shown.createRow(0).createCell(0).setCellValue("甲");
                shown.getRow(0).createCell(3).setCellValue(1);
                shown.setColumnHidden(1, true);
                shown.setColumnHidden(2, true);
                wb.createSheet("隐藏").createRow(0).createCell(0).setCellValue("乙");
                wb.createSheet("深度隐藏").createRow(0).createCell(0).setCellValue("丙");
                wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
                wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
                try (OutputStream out = Files.newOutputStream(file)) {
                    wb.write(out);
                }
            }
            List<SheetData> sheets = Workbooks.read(file, InputLimits.DEFAULT).sheets();
            assertFalse(sheets.get(0).hidden(), name);
            assertTrue(sheets.get(1).hidden(), name);
            assertTrue(sheets.get(2).hidden(), name);
            assertTrue(sheets.get(2).region(0, 0).hidden(), "a region of a hidden sheet is hidden too");
            assertEquals(List.of(false, true, true, false), java.util.stream.IntStream.range(0, 4)
                    .mapToObj(c -> sheets.get(0).region(0, 0).columnHidden(c)).toList(), name + ": hidden columns B:C");
        }
    }

    /** A hidden copy of the sheet with every figure changed, as last year's table would differ. */
    private static Sheet hiddenCopy(Workbook wb, String sheet, SheetVisibility visibility) {
        Sheet copy = wb.cloneSheet(wb.getSheetIndex(sheet));
        for (Row row : copy) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.NUMERIC) {
                    cell.setCellValue(cell.getNumericCellValue() * 2 + 7);
                }
            }
        }
        wb.setSheetVisibility(wb.getSheetIndex(copy), visibility);
        return copy;
    }

    private static List<Finding> withoutHidden(List<Finding> findings) {
        return findings.stream().filter(f -> !f.message().contains("隐藏")).toList();
    }

    private static Finding onlyHiddenNote(List<Finding> findings) {
        List<Finding> said = findings.stream().filter(f -> f.message().contains("隐藏")).toList();
        assertEquals(1, said.size(), said.toString());
        return said.get(0);
    }
}
