package cn.jsaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.model.Finding;
import cn.jsaudit.pipeline.SubmissionFiles;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * All nine tables printed one under another on one sheet (an export of every table at once, or a PDF converted
 * to Excel) are read as nine tables, with the findings of the same workbook one table per sheet; a note under a
 * table that names the table does not start a table of its own.
 */
class StackedTablesTest {

    private static final Path EXAMPLE = Path.of("examples/随州市曾都区医疗保障信息中心-2023.xlsx");

    @TempDir
    Path tmp;

    @Test
    void nineTablesOnOneSheetGiveTheFindingsOfNineSheets() throws Exception {
        Path stacked = stack(EXAMPLE, tmp.resolve("随州市曾都区医疗保障信息中心-2023.xlsx"));
        List<String> apart = tableFindings(EXAMPLE);
        List<String> together = tableFindings(stacked);
        assertTrue(apart.size() >= 2, "the example has table findings (Z1, Z2): " + apart);
        assertEquals(apart, together);

        WorkbookFacts facts = new WorkbookReader(Examples.templates(), null)
                .read(Workbooks.read(stacked, InputLimits.DEFAULT), "s.xlsx");
        assertEquals(9, facts.tables().size());
        assertTrue(facts.tables().stream().allMatch(t -> t.sheet().equals("公开表")));
        assertTrue(facts.choice().fits());
    }

    @Test
    void aNoteNamingTheTableUnderItStaysWithTheTable() throws Exception {
        Path one = tmp.resolve("one.xlsx");
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("表7");
            s.createRow(0).createCell(0).setCellValue("政府性基金预算财政拨款收入支出决算表");
            s.createRow(1).createCell(5).setCellValue("公开07表");
            s.createRow(2).createCell(5).setCellValue("单位：万元");
            Row h = s.createRow(3);
            String[] labels = {"项目", "", "年初结转和结余", "本年收入", "本年支出", "年末结转和结余"};
            for (int c = 0; c < labels.length; c++) {
                h.createCell(c).setCellValue(labels[c]);
            }
            Row n = s.createRow(4);
            n.createCell(0).setCellValue("栏次");
            for (int c = 2; c < 6; c++) {
                n.createCell(c).setCellValue(c - 1);
            }
            s.createRow(7).createCell(0).setCellValue("注：本单位2023年度无政府性基金预算财政拨款收入支出决算表");
            try (OutputStream out = Files.newOutputStream(one)) {
                wb.write(out);
            }
        }
        SheetData sheet = Workbooks.read(one, InputLimits.DEFAULT).sheets().get(0);
        assertEquals(1, SheetRegions.of(sheet, Examples.templates().all()).size());
    }

    private static List<String> tableFindings(Path workbook) {
        List<Finding> findings = Examples.screener().screen(new SubmissionFiles(workbook, null, List.of())).findings();
        return findings.stream()
                .filter(f -> !f.rule().startsWith("P-") && !f.rule().startsWith("N-"))
                .map(f -> f.rule() + " " + f.severity() + " " + f.table() + " " + f.expected() + " " + f.actual())
                .sorted().toList();
    }

    /** The workbook's table sheets copied one under another onto one sheet, two blank rows apart, merges kept. */
    private static Path stack(Path source, Path target) throws Exception {
        try (InputStream in = Files.newInputStream(source); Workbook src = new XSSFWorkbook(in);
             Workbook out = new XSSFWorkbook()) {
            Sheet all = out.createSheet("公开表");
            int offset = 0;
            for (Sheet s : src) {
                if (!s.getSheetName().startsWith("Sheet") && !s.getSheetName().endsWith("表")) {
                    continue; // performance forms stay out: only the public tables are stacked
                }
                for (Row r : s) {
                    Row to = all.createRow(r.getRowNum() + offset);
                    for (Cell c : r) {
                        Cell d = to.createCell(c.getColumnIndex());
                        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
                        if (type == CellType.NUMERIC) {
                            d.setCellValue(c.getNumericCellValue());
                        } else if (type == CellType.STRING) {
                            d.setCellValue(c.getStringCellValue());
                        }
                    }
                }
                for (CellRangeAddress m : s.getMergedRegions()) {
                    all.addMergedRegion(new CellRangeAddress(m.getFirstRow() + offset, m.getLastRow() + offset,
                            m.getFirstColumn(), m.getLastColumn()));
                }
                offset += s.getLastRowNum() + 3;
            }
            try (OutputStream o = Files.newOutputStream(target)) {
                out.write(o);
            }
        }
        return target;
    }
}
