package cn.jsaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Packages;
import cn.jsaudit.fixtures.RawZip;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.ScreeningResult;
import cn.jsaudit.model.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Worksheets as other writers than Excel shape them, marked in the annotated copy: a prefixed namespace, an empty
 * sheetData, rows and cells without their r attribute, inline strings with characters that need escaping. The copy
 * keeps every cell as it was, fills and comments the findings' cells (made when absent) and keeps the sheet's own
 * prefix on what it adds. A sheet with a DOCTYPE is refused, as any XML part with one is.
 */
class MarkedSheetTest {

    private static final String MAIN = PackageXml.MAIN;
    private static final String SHEET = "xl/worksheets/sheet1.xml";

    @TempDir
    Path tmp;

    @Test
    void aPrefixedSheetKeepsItsPrefixOnTheCellsRowsAndDrawingItGains() throws Exception {
        Path in = withSheet("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                + "<x:worksheet xmlns:x=\"" + MAIN + "\" xmlns:r=\"" + PackageXml.REL + "\">"
                + "<x:sheetViews><x:sheetView tabSelected=\"1\" workbookViewId=\"0\"/></x:sheetViews>"
                + "<x:sheetData><x:row r=\"7\" spans=\"3:6\"><x:c r=\"C7\"><x:v>10.5</x:v></x:c>"
                + "<x:c r=\"F7\" t=\"inlineStr\"><x:is><x:t>合计</x:t></x:is></x:c></x:row>"
                + "<x:row r=\"9\" spans=\"3:3\"><x:c r=\"C9\" s=\"0\"><x:v>2</x:v></x:c></x:row></x:sheetData>"
                + "<x:pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
                + "</x:worksheet>");
        Path out = annotate(in, finding(Severity.ERROR, "C7", "B12"), finding(Severity.INFO, "E7", "C9"));
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            assertFill(wb, 6, 2, IndexedColors.RED);
            assertFill(wb, 6, 4, IndexedColors.PALE_BLUE);
            assertFill(wb, 11, 1, IndexedColors.RED);
            assertFill(wb, 8, 2, IndexedColors.PALE_BLUE);
            assertEquals(10.5, cell(wb, 6, 2).getNumericCellValue());
            assertEquals("合计", cell(wb, 6, 5).getStringCellValue());
            assertNull(cell(wb, 6, 5).getCellComment());
            assertEquals(WorkbookAnnotator.COMMENT_MARK + "\n[提示] 规则 规则的说明", cell(wb, 6, 4).getCellComment().getString().getString());
            assertFalse(wb.getSheet("收入表").isSelected(), "the review sheet is the selected one");
        }
        String sheet = part(out, SHEET);
        assertTrue(sheet.contains("<x:row r=\"12\"><x:c r=\"B12\" s="), sheet);
        assertTrue(sheet.contains("<x:c r=\"E7\" s="), sheet);
        assertTrue(sheet.contains("<x:row r=\"7\">"), "row 7 gained a cell: its spans hint goes; " + sheet);
        assertTrue(sheet.contains("<x:row r=\"9\" spans=\"3:3\">"), "row 9 only restyled: its hint stays; " + sheet);
        assertTrue(sheet.matches("(?s).*<x:pageMargins [^>]*/><x:legacyDrawing r:id=\"rId\\d+\"/></x:worksheet>"), sheet);
        assertFalse(sheet.contains("xmlns=\""), "no default namespace is declared: " + sheet);
        assertFalse(sheet.contains("tabSelected"), sheet);
        Packages.assertValid(out);
    }

    @Test
    void anEmptySheetDataGetsTheRowsAndCellsOfItsMarks() throws Exception {
        Path in = withSheet("<worksheet xmlns=\"" + MAIN + "\"><dimension ref=\"A1\"/><sheetData/></worksheet>");
        Path out = annotate(in, finding(Severity.WARNING, "B2", "A5", "C2"));
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            assertFill(wb, 1, 1, IndexedColors.LIGHT_ORANGE);
            assertFill(wb, 1, 2, IndexedColors.LIGHT_ORANGE);
            assertFill(wb, 4, 0, IndexedColors.LIGHT_ORANGE);
            assertEquals(WorkbookAnnotator.COMMENT_MARK + "\n[警告] 规则 规则的说明", cell(wb, 4, 0).getCellComment().getString().getString());
        }
        String sheet = part(out, SHEET);
        assertTrue(sheet.contains("<sheetData><row r=\"2\"><c r=\"B2\" s=\"") && sheet.contains("<row r=\"5\"><c r=\"A5\" s=\""), sheet);
        Packages.assertValid(out);
    }

    /** Rows and cells without r follow the one before; a mark between them or after them is a cell of its own. */
    @Test
    void rowsAndCellsWithoutTheirReferenceFollowTheOneBefore() throws Exception {
        Path in = withSheet("<worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                + "<row><c><v>1</v></c><c><v>2</v></c><c r=\"D1\"><v>4</v></c></row>"
                + "<row><c><v>5</v></c></row>"
                + "<row r=\"4\"><c r=\"B4\"><v>7</v></c><c><v>8</v></c></row>"
                + "</sheetData></worksheet>");
        Path out = annotate(in, finding(Severity.ERROR, "B1", "C1", "A2", "C4", "A3"));
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            assertEquals(2.0, cell(wb, 0, 1).getNumericCellValue());
            assertFill(wb, 0, 1, IndexedColors.RED);
            assertFill(wb, 0, 2, IndexedColors.RED);
            assertEquals(4.0, cell(wb, 0, 3).getNumericCellValue());
            assertEquals(5.0, cell(wb, 1, 0).getNumericCellValue());
            assertFill(wb, 1, 0, IndexedColors.RED);
            assertFill(wb, 2, 0, IndexedColors.RED);
            assertEquals(8.0, cell(wb, 3, 2).getNumericCellValue());
            assertFill(wb, 3, 2, IndexedColors.RED);
            assertEquals(5, ((org.apache.poi.xssf.usermodel.XSSFSheet) wb.getSheet("收入表")).getCellComments().size());
        }
        String sheet = part(out, SHEET);
        assertTrue(sheet.matches("(?s).*<c s=\"\\d+\"><v>2</v></c>.*"), "B1 restyled, still without r: " + sheet);
        assertTrue(sheet.matches("(?s).*<v>2</v></c><c r=\"C1\" s=\"\\d+\"/><c r=\"D1\">.*"), "C1 goes between B1 and D1: " + sheet);
        assertTrue(sheet.contains("</row><row r=\"3\"><c r=\"A3\" s="), sheet);
        Packages.assertValid(out);
    }

    /** Inline and rich text, escaped characters, a CDATA section, comments and processing instructions: all kept. */
    @Test
    void inlineStringsAndEscapedTextAreCopiedAsTheyRead() throws Exception {
        Path in = withSheet("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- 单位的工具 -->\n<worksheet xmlns=\"" + MAIN + "\">"
                + "<?tool keep?><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> 收入 &amp; 支出 &lt;合计&gt;&#13;\n</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t>粗</t></r><r><t><![CDATA[<细>]]></t></r></is></c>"
                + "<c r=\"C1\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c></row></sheetData></worksheet>");
        Path out = annotate(in, finding(Severity.ERROR, "A1", "B1", "C1"));
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            assertEquals(" 收入 & 支出 <合计>\r\n", cell(wb, 0, 0).getStringCellValue());
            assertEquals("粗<细>", cell(wb, 0, 1).getStringCellValue());
            assertEquals("\"a\"&\"b\"", cell(wb, 0, 2).getCellFormula());
            for (int c = 0; c < 3; c++) {
                assertFill(wb, 0, c, IndexedColors.RED);
            }
        }
        String sheet = part(out, SHEET);
        assertTrue(sheet.contains("<!-- 单位的工具 -->") && sheet.contains("<?tool keep?>"), sheet);
        Packages.assertValid(out);
    }

    /** A DOCTYPE (here an external entity and entity expansion) in a marked sheet: no copy, the reason an IOException. */
    @Test
    void aSheetWithADoctypeIsRefusedWithoutReadingItsEntities() throws Exception {
        for (String doctype : List.of("<!DOCTYPE worksheet>",
                "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
                "<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>")) {
            Path in = withSheet("<?xml version=\"1.0\"?>" + doctype + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData></worksheet>");
            Path outDir = tmp.resolve("out");
            IOException e = assertThrows(IOException.class, () -> new WorkbookAnnotator(Scenarios.RUN).annotate(in,
                    result(finding(Severity.ERROR, "A1")), outDir));
            assertFalse(e.getMessage().contains("root:x:0"), "nothing of the entity's file: " + e.getMessage());
            assertFalse(Files.exists(outDir.resolve("戊单位-2023-审核.xlsx")), doctype);
        }
    }

    /** A package whose first sheet is {@code sheetXml}, the rest as POI writes them. */
    private Path withSheet(String sheetXml) throws Exception {
        Path poi = tmp.resolve("poi.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(poi)) {
            wb.createSheet("收入表").createRow(0).createCell(0).setCellValue(1);
            wb.write(o);
        }
        List<RawZip.Entry> entries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(poi.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                byte[] content = e.getName().equals(SHEET) ? sheetXml.getBytes(StandardCharsets.UTF_8) : zip.getInputStream(e).readAllBytes();
                entries.add(RawZip.deflated(e.getName(), content));
            }
        }
        Path in = tmp.resolve("戊单位-2023.xlsx");
        Files.deleteIfExists(in);
        RawZip.write(in, entries);
        return in;
    }

    private Path annotate(Path in, Finding... findings) throws Exception {
        Path out = new WorkbookAnnotator(Scenarios.RUN).annotate(in, result(findings), tmp.resolve("out"));
        assertEquals("戊单位-2023-审核.xlsx", out.getFileName().toString());
        return out;
    }

    private static ScreeningResult result(Finding... findings) {
        return new ScreeningResult("戊单位-2023.xlsx", "戊单位", 2023, "national", List.of(findings));
    }

    private static Finding finding(Severity severity, String... cells) {
        return new Finding("规则", "规则", severity, "规则的说明", "02",
                Arrays.stream(cells).map(c -> new Location("戊单位-2023.xlsx", "收入表", c)).toList(), null, null, null, null);
    }

    private static String part(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Cell cell(Workbook wb, int row, int col) {
        return wb.getSheet("收入表").getRow(row).getCell(col);
    }

    private static void assertFill(Workbook wb, int row, int col, IndexedColors color) {
        Cell c = cell(wb, row, col);
        assertEquals(FillPatternType.SOLID_FOREGROUND, c.getCellStyle().getFillPattern(), row + "," + col);
        assertEquals(color.getIndex(), c.getCellStyle().getFillForegroundColor(), row + "," + col);
    }
}
