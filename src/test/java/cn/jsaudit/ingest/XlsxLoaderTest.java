package cn.jsaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.fixtures.RawZip;
import cn.jsaudit.generate.Generator;
import cn.jsaudit.generate.Truth;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming .xlsx reader must see exactly what POI's user model sees. */
class XlsxLoaderTest {

    @Test
    void examplesReadTheSameAsWithPoi() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("examples"))) {
            files = s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        assertEquals(true, files.size() >= 5, "examples found: " + files);
        for (Path f : files) {
            assertSame(f);
        }
    }

    /** Merged ranges read without POI's reference parser come out as {@link CellRangeAddress#valueOf} reads them. */
    @Test
    void mergedRangesReadAsPoiReadsThem() {
        for (String ref : List.of("A1:B2", "B2:D3", "AA10:AB10", "XFD1048576:XFD1048576", "A1:A1", "C3:IV65536",
                "$A$1:$B$2", "a1:b2", "A1:XFD1", "ZZZ1:ZZZ2", "AB12:AC9999999")) {
            CellRangeAddress poi = CellRangeAddress.valueOf(ref);
            CellRangeAddress ours = XlsxLoader.range(ref);
            assertEquals(poi.formatAsString(), ours.formatAsString(), ref);
            assertEquals(List.of(poi.getFirstRow(), poi.getLastRow(), poi.getFirstColumn(), poi.getLastColumn()),
                    List.of(ours.getFirstRow(), ours.getLastRow(), ours.getFirstColumn(), ours.getLastColumn()), ref);
        }
    }

    /**
     * A package declaring a part it lacks (three relationships and a content type for xl/sharedStrings.xml, as a
     * re-saved copy of seed 000 once had): both readers skip the missing part and read the same cells as from the
     * valid original.
     */
    @Test
    void aRelationshipToAMissingPartIsSkippedAsPoiSkipsIt(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("缺部件.xlsx");
        List<RawZip.Entry> entries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(Examples.SEED_000.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                String text = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().equals("xl/_rels/workbook.xml.rels")) {
                    String rel = "<Relationship Id=\"rId%d\" Target=\"sharedStrings.xml\" "
                            + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\"/>";
                    text = text.replace("</Relationships>", String.format(rel, 15) + String.format(rel, 16) + String.format(rel, 17)
                            + "</Relationships>");
                } else if (e.getName().equals("[Content_Types].xml")) {
                    text = text.replace("</Types>", "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
                            + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
                }
                entries.add(RawZip.deflated(e.getName(), text));
            }
        }
        RawZip.write(broken, entries);
        assertSame(broken);
        assertEquals(describe(XlsxLoader.load(Examples.SEED_000)), describe(XlsxLoader.load(broken)));
    }

    @Test
    void generatedSubmissionsReadTheSameAsWithPoi(@TempDir Path dir) throws Exception {
        for (Truth t : Generator.generate(12, 7, 0.5, dir, 1)) {
            assertSame(dir.resolve(t.workbook()));
        }
    }

    @Test
    void cellKindsFormatsEscapesAndMerges(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("kinds.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("表1");
            CellStyle twoDecimals = wb.createCellStyle();
            twoDecimals.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            Row r0 = s.createRow(0);
            r0.createCell(0).setCellValue("部门：甲单位\r\n（本级）");
            r0.createCell(3).setCellValue(1085.675);
            r0.getCell(3).setCellStyle(twoDecimals);
            r0.createCell(4).setCellValue(0.5831);
            r0.getCell(4).setCellStyle(percent);
            r0.createCell(6).setCellValue(true);
            r0.createCell(7).setCellErrorValue(FormulaError.DIV0.getCode());
            XSSFRichTextString rich = new XSSFRichTextString("一般公共预算");
            rich.applyFont(0, 2, wb.createFont());
            Row r2 = s.createRow(2);
            r2.createCell(0).setCellValue(rich);
            r2.createCell(1).setCellFormula("D1*2");
            r2.getCell(1).setCellValue(2171.35);
            r2.createCell(2).setCellFormula("\"合\"&\"计\"");
            r2.getCell(2).setCellValue("合计");
            r2.createCell(5); // a styled blank cell still counts in the row's width
            s.addMergedRegion(CellRangeAddress.valueOf("A2:C2"));
            wb.createSheet("空表");
            wb.setSheetHidden(1, true);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        assertSame(file);
        SheetData s = XlsxLoader.load(file).sheets().get(0);
        assertEquals("部门：甲单位\r\n（本级）", s.printed(0, 0));
        assertEquals("1,085.68", s.printed(0, 3));
        assertEquals("58.3%", s.printed(0, 4));
        assertEquals("TRUE", s.printed(0, 6));
        assertEquals("#DIV/0!", s.printed(0, 7));
        assertEquals("2171.35", s.printed(2, 1));
        assertEquals("合计", s.printed(2, 2));
        assertEquals(6, s.width(2));
        assertEquals(List.of(CellRangeAddress.valueOf("A2:C2")), s.merges());
    }

    /** Every sheet, row width, cell (kind, printed text, number, format) and merge agrees with POI's reading. */
    private static void assertSame(Path file) throws Exception {
        WorkbookData streamed = XlsxLoader.load(file);
        WorkbookData poi;
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            poi = Workbooks.of(wb);
        }
        assertEquals(describe(poi), describe(streamed), file.toString());
    }

    private static List<String> describe(WorkbookData wb) {
        List<String> out = new ArrayList<>();
        for (SheetData s : wb.sheets()) {
            out.add("sheet " + s.name() + " rows " + (s.lastRow() + 1) + " merges " + s.merges());
            for (int r = 0; r <= s.lastRow(); r++) {
                out.add("row " + r + " width " + s.width(r));
                for (int c = 0; c < s.width(r); c++) {
                    CellData d = s.cell(r, c);
                    if (d != null) {
                        out.add(r + "," + c + " " + d.kind() + " [" + d.printed() + "] " + d.number() + " " + d.formatIndex()
                                + " " + d.format());
                    }
                }
            }
        }
        return out;
    }
}
