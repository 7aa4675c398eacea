package cn.jsaudit.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.model.ReviewSheet;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import cn.jsaudit.model.ScreeningResult;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookAnnotatorTest {

    static final Path EXAMPLE = Path.of("examples/随州市曾都区医疗保障信息中心-2023.xlsx");

    @TempDir
    Path tmp;

    private Path copyOfExample() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        return Files.copy(EXAMPLE, in.resolve(EXAMPLE.getFileName()));
    }

    @Test
    void xlsxCopyHasColoredCommentedCellsAndAReviewSheetFirst() throws Exception {
        Path original = copyOfExample();
        byte[] before = Files.readAllBytes(original);
        Path out = new WorkbookAnnotator(Scenarios.RUN).annotate(original, Scenarios.submissionA(), tmp.resolve("out"));

        assertEquals(tmp.resolve("out/随州市曾都区医疗保障信息中心-2023-审核.xlsx"), out);
        assertArrayEquals(before, Files.readAllBytes(original), "the submitted workbook is never modified");
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            assertEquals("审核结果", wb.getSheetName(0));
            assertEquals("收支总表", wb.getSheetName(1));
            assertEquals(0, wb.getActiveSheetIndex());
            assertFill(wb, "收支总表", 35, 2, IndexedColors.RED);
            assertFill(wb, "收支总表", 35, 5, IndexedColors.RED);
            assertFill(wb, "一般公共预算支出表", 6, 3, IndexedColors.LIGHT_ORANGE);
            assertFill(wb, "基本支出明细表", 5, 2, IndexedColors.PALE_BLUE);
            String note = comment(wb, "收支总表", 35, 2);
            assertEquals(WorkbookAnnotator.COMMENT_MARK + "\n[错误] T01-总计平衡 " + Scenarios.ERROR.message(), note);
            assertEquals(WorkbookAnnotator.COMMENT_MARK + "\n[警告] P-执行率 " + Scenarios.WARNING.message()
                    + "\n  单位说明：年中追加疫情防控经费，已报财政批准", comment(wb, "一般公共预算支出表", 6, 3));
            assertReviewSheet(wb.getSheetAt(0));
        }
    }

    private static void assertReviewSheet(Sheet review) {
        // the audit message is 审核意见, the unit's reply 单位说明 (the reader finds them by these labels)
        assertEquals(List.of("序号", "严重程度", "状态", "规则", "标题", "表", "位置", "审核意见", "期望值", "实际值", "差额", "原文",
                "单位说明"), XlsxReportTest.texts(review.getRow(0)));
        assertEquals(6, review.getLastRowNum(), "4 findings, an empty row, the run record");
        assertEquals("运行记录：jsaudit 0.1.0，2026-07-01T09:30:00+08:00，规则 SHA-256 " + "ab".repeat(32),
                review.getRow(6).getCell(0).getStringCellValue());
        assertEquals(List.of("1", "错误", "未说明", "T01-总计平衡", "收入总计 = 支出总计", "公开01表", "收支总表!C36，收支总表!F36",
                Scenarios.ERROR.message(), "101.00", "100.00", "-1.00"), XlsxReportTest.texts(review.getRow(1)));
        Cell link = review.getRow(1).getCell(ReviewSheet.COLUMNS.indexOf(ReviewSheet.POSITION));
        assertEquals(HyperlinkType.DOCUMENT, link.getHyperlink().getType());
        assertEquals("'收支总表'!C36", link.getHyperlink().getAddress());
        assertEquals("年中追加疫情防控经费，已报财政批准",
                review.getRow(2).getCell(ReviewSheet.COLUMNS.indexOf(ReviewSheet.REPLY)).getStringCellValue());
        assertEquals("已说明", review.getRow(2).getCell(2).getStringCellValue());
        // the narrative finding points into the .docx: listed, but no link into the workbook
        assertNull(review.getRow(3).getCell(ReviewSheet.COLUMNS.indexOf(ReviewSheet.POSITION)).getHyperlink());
        assertEquals("情况说明“基本支出 96.27 万元”与公开05表 96.26 不符", review.getRow(3).getCell(7).getStringCellValue());
    }

    @Test
    void aSecondAnnotationNeverOverwritesTheFirst() throws Exception {
        Path original = copyOfExample();
        WorkbookAnnotator annotator = new WorkbookAnnotator(Scenarios.RUN);
        Path first = annotator.annotate(original, Scenarios.submissionA(), tmp.resolve("out"));
        byte[] firstBytes = Files.readAllBytes(first);
        Path second = annotator.annotate(original, Scenarios.submissionA(), tmp.resolve("out"));
        assertEquals(tmp.resolve("out/随州市曾都区医疗保障信息中心-2023-审核(2).xlsx"), second);
        assertArrayEquals(firstBytes, Files.readAllBytes(first));
    }

    @Test
    void xlsKeepsTheUnitsOwnCommentAndFillsTheCell() throws Exception {
        Path original = tmp.resolve("乙单位-2023.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream o = Files.newOutputStream(original)) {
            Sheet s = wb.createSheet("收支总表");
            s.createRow(35).createCell(2).setCellValue(100.0);
            Cell f36 = s.getRow(35).createCell(5);
            f36.setCellValue(101.0);
            Drawing<?> d = s.createDrawingPatriarch();
            ClientAnchor a = wb.getCreationHelper().createClientAnchor();
            a.setCol1(6);
            a.setCol2(8);
            a.setRow1(35);
            a.setRow2(38);
            Comment mine = d.createCellComment(a);
            mine.setString(wb.getCreationHelper().createRichTextString("含上年结转"));
            f36.setCellComment(mine);
            wb.write(o);
        }
        Finding info = new Finding("T01-尾数", "尾数", Severity.INFO, "尾数误差", "01",
                List.of(new Location("乙单位-2023.xls", "收支总表", "F36")), BigDecimal.ONE, BigDecimal.ONE, null, null);
        ScreeningResult r = new ScreeningResult("乙单位-2023.xls", "乙单位", 2023, "national",
                List.of(Scenarios.ERROR, info));
        Path out = new WorkbookAnnotator(Scenarios.RUN).annotate(original, r, tmp.resolve("out"));

        assertEquals("乙单位-2023-审核.xls", out.getFileName().toString());
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            assertTrue(wb instanceof HSSFWorkbook);
            assertEquals("审核结果", wb.getSheetName(0));
            // F36 has an ERROR and an INFO: it takes the color of the worse
            assertFill(wb, "收支总表", 35, 5, IndexedColors.RED);
            assertEquals("含上年结转\n" + WorkbookAnnotator.COMMENT_MARK + "\n[错误] T01-总计平衡 " + Scenarios.ERROR.message()
                    + "\n[提示] T01-尾数 尾数误差", comment(wb, "收支总表", 35, 5));
            assertEquals("'收支总表'!C36", wb.getSheetAt(0).getRow(1).getCell(6).getHyperlink().getAddress());
        }
    }

    @Test
    void reAnnotatingReplacesOldReviewSheetAndOldMessages() throws Exception {
        Path original = copyOfExample();
        Path once = new WorkbookAnnotator(Scenarios.RUN).annotate(original, Scenarios.submissionA(), tmp.resolve("round1"));
        Path twice = new WorkbookAnnotator(Scenarios.RUN).annotate(once, Scenarios.submissionA(), tmp.resolve("round2"));
        try (Workbook wb = WorkbookFactory.create(twice.toFile())) {
            assertEquals(1, countSheetsNamed(wb, "审核结果"));
            assertEquals(WorkbookAnnotator.COMMENT_MARK + "\n[错误] T01-总计平衡 " + Scenarios.ERROR.message(),
                    comment(wb, "收支总表", 35, 2));
        }
    }

    /**
     * Findings on neighbouring cells (C7, D7, E7), several on one cell, and a neighbour that already has the unit's
     * own comment: every cell gets one comment holding all its findings (POI refused the second comment when a
     * box was anchored on a neighbour holding one: "Multiple cell comments in one cell are not allowed").
     */
    @Test
    void neighbouringCellsAndSeveralFindingsOnOneCellEachGetOneComment() throws Exception {
        Path original = tmp.resolve("丙单位-2023.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(original)) {
            Sheet s = wb.createSheet("收入表");
            Row row = s.createRow(6);
            for (int c = 2; c <= 6; c++) {
                row.createCell(c).setCellValue(c);
            }
            ClientAnchor a = wb.getCreationHelper().createClientAnchor();
            a.setCol1(7);
            a.setCol2(9);
            a.setRow1(6);
            a.setRow2(9);
            Comment mine = s.createDrawingPatriarch().createCellComment(a);
            mine.setString(wb.getCreationHelper().createRichTextString("单位自己的批注"));
            row.getCell(6).setCellComment(mine); // G7: right of F7
            wb.write(o);
        }
        List<Finding> findings = List.of(
                finding("T02-01", Severity.ERROR, "C7", "D7", "E7"),
                finding("T02-02", Severity.WARNING, "D7"),
                finding("T02-03", Severity.INFO, "D7", "F7"),
                finding("T02-04", Severity.INFO, "E7"));
        Path out = new WorkbookAnnotator(Scenarios.RUN).annotate(original,
                new ScreeningResult("丙单位-2023.xlsx", "丙单位", 2023, "national", findings), tmp.resolve("out"));
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            assertEquals(WorkbookAnnotator.COMMENT_MARK + "\n[错误] T02-01 T02-01 的说明", comment(wb, "收入表", 6, 2));
            assertEquals(WorkbookAnnotator.COMMENT_MARK + "\n[错误] T02-01 T02-01 的说明\n[警告] T02-02 T02-02 的说明\n[提示] T02-03 T02-03 的说明",
                    comment(wb, "收入表", 6, 3));
            assertEquals(WorkbookAnnotator.COMMENT_MARK + "\n[错误] T02-01 T02-01 的说明\n[提示] T02-04 T02-04 的说明",
                    comment(wb, "收入表", 6, 4));
            assertEquals(WorkbookAnnotator.COMMENT_MARK + "\n[提示] T02-03 T02-03 的说明", comment(wb, "收入表", 6, 5));
            assertEquals("单位自己的批注", comment(wb, "收入表", 6, 6));
            assertFill(wb, "收入表", 6, 3, IndexedColors.RED);
            assertFill(wb, "收入表", 6, 5, IndexedColors.PALE_BLUE);
        }
    }

    /**
     * The .xlsx copy is written part by part: every finding's cell carries exactly its findings' lines and its
     * worst severity's fill, a cell with the unit's own comment keeps it ahead of jsaudit's, cells without findings
     * get no comment, and the parts the annotation does not touch are copied byte for byte.
     */
    @Test
    void xlsxCopyCommentsExactlyTheFindingsCellsAndCopiesUntouchedPartsAsTheyAre() throws Exception {
        Path original = tmp.resolve("丁单位-2023.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(original)) {
            Sheet s = wb.createSheet("收入表");
            s.createRow(0).createCell(0).setCellValue("收入决算表");
            Row row = s.createRow(6);
            row.createCell(2).setCellValue(10.5);
            row.createCell(5).setCellValue("合计");
            ClientAnchor a = wb.getCreationHelper().createClientAnchor();
            a.setCol1(2);
            a.setCol2(4);
            a.setRow1(6);
            a.setRow2(9);
            Comment mine = s.createDrawingPatriarch().createCellComment(a);
            mine.setString(wb.getCreationHelper().createRichTextString("单位自己的批注"));
            row.getCell(2).setCellComment(mine); // C7, which a finding marks too
            wb.createSheet("无发现表").createRow(0).createCell(0).setCellValue("不着色");
            s.setSelected(true);
            wb.write(o);
        }
        byte[] before = Files.readAllBytes(original);
        List<Finding> findings = List.of(
                finding("T02-01", Severity.ERROR, "C7", "B12"),   // B12: a row the sheet lacks
                finding("T02-02", Severity.INFO, "C7", "E7"));    // E7: a cell its row lacks, between C7 and F7
        Path out = new WorkbookAnnotator(Scenarios.RUN).annotate(original,
                new ScreeningResult("丁单位-2023.xlsx", "丁单位", 2023, "national", findings), tmp.resolve("out"));

        assertArrayEquals(before, Files.readAllBytes(original), "the submitted workbook is never modified");
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            assertEquals(List.of("审核结果", "收入表", "无发现表"), List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            assertTrue(wb.getSheetAt(0).isSelected());
            assertTrue(!wb.getSheet("收入表").isSelected(), "only the review sheet is selected");
            assertEquals("单位自己的批注\n" + WorkbookAnnotator.COMMENT_MARK + "\n[错误] T02-01 T02-01 的说明\n[提示] T02-02 T02-02 的说明",
                    comment(wb, "收入表", 6, 2));
            assertEquals(WorkbookAnnotator.COMMENT_MARK + "\n[错误] T02-01 T02-01 的说明", comment(wb, "收入表", 11, 1));
            assertEquals(WorkbookAnnotator.COMMENT_MARK + "\n[提示] T02-02 T02-02 的说明", comment(wb, "收入表", 6, 4));
            assertFill(wb, "收入表", 6, 2, IndexedColors.RED);
            assertFill(wb, "收入表", 11, 1, IndexedColors.RED);
            assertFill(wb, "收入表", 6, 4, IndexedColors.PALE_BLUE);
            assertEquals(10.5, wb.getSheet("收入表").getRow(6).getCell(2).getNumericCellValue());
            assertEquals("合计", wb.getSheet("收入表").getRow(6).getCell(5).getStringCellValue());
            assertNull(wb.getSheet("收入表").getRow(6).getCell(5).getCellComment());
            assertEquals(3, ((org.apache.poi.xssf.usermodel.XSSFSheet) wb.getSheet("收入表")).getCellComments().size());
            Sheet untouched = wb.getSheet("无发现表");
            assertEquals("不着色", untouched.getRow(0).getCell(0).getStringCellValue());
            assertEquals(FillPatternType.NO_FILL, untouched.getRow(0).getCell(0).getCellStyle().getFillPattern());
            assertEquals("'收入表'!C7", wb.getSheetAt(0).getRow(1).getCell(6).getHyperlink().getAddress());
        }
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(original.toFile());
                java.util.zip.ZipFile copy = new java.util.zip.ZipFile(out.toFile())) {
            for (String part : List.of("xl/sharedStrings.xml", "xl/worksheets/sheet2.xml", "docProps/core.xml")) {
                assertEquals(in.getEntry(part).getCrc(), copy.getEntry(part).getCrc(), part);
                assertEquals(in.getEntry(part).getCompressedSize(), copy.getEntry(part).getCompressedSize(), part + " copied compressed");
            }
        }
        cn.jsaudit.fixtures.Packages.assertValid(out);
    }

    /** The 审核结果 sheet of the copy reads back through the unit-reply reader: replies keyed by rule and position. */
    @Test
    void theReviewSheetOfAnXlsxCopyReadsBackAsTheUnitsReplies() throws Exception {
        Path out = new WorkbookAnnotator(Scenarios.RUN).annotate(copyOfExample(), Scenarios.submissionA(), tmp.resolve("out"));
        cn.jsaudit.ingest.WorkbookData copy = cn.jsaudit.ingest.Workbooks.read(out);
        assertEquals(List.of(new cn.jsaudit.model.UnitReply("", "P-执行率", "一般公共预算支出表!D7", "年中追加疫情防控经费，已报财政批准")),
                cn.jsaudit.ingest.UnitReplyReader.fromReviewSheet(copy));
        assertTrue(copy.sheets().stream().filter(s -> s.isReviewSheet()).count() == 1);
    }

    /** A package the part-by-part writer does not take on (here: no styles part) is still annotated, through POI. */
    @Test
    void aPackageWithoutStylesIsAnnotatedThroughPoi() throws Exception {
        Path original = tmp.resolve("无样式-2023.xlsx");
        List<cn.jsaudit.fixtures.RawZip.Entry> entries = new java.util.ArrayList<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(EXAMPLE.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                String text = new String(zip.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (e.getName().equals("xl/styles.xml")) {
                    continue;
                }
                if (e.getName().equals("xl/_rels/workbook.xml.rels") || e.getName().equals("[Content_Types].xml")) {
                    text = text.replaceAll("<(Relationship|Override)[^>]*styles[^>]*/>", "");
                }
                entries.add(cn.jsaudit.fixtures.RawZip.deflated(e.getName(), text));
            }
        }
        cn.jsaudit.fixtures.RawZip.write(original, entries);
        Path out = new WorkbookAnnotator(Scenarios.RUN).annotate(original, Scenarios.submissionA(), tmp.resolve("out"));
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            assertEquals("审核结果", wb.getSheetName(0));
            assertEquals(WorkbookAnnotator.COMMENT_MARK + "\n[错误] T01-总计平衡 " + Scenarios.ERROR.message(), comment(wb, "收支总表", 35, 2));
            assertFill(wb, "收支总表", 35, 2, IndexedColors.RED);
        }
    }

    private static Finding finding(String rule, Severity severity, String... cells) {
        return new Finding(rule, rule, severity, rule + " 的说明", "02",
                java.util.Arrays.stream(cells).map(c -> new Location("丙单位-2023.xlsx", "收入表", c)).toList(), null, null, null, null);
    }

    private static int countSheetsNamed(Workbook wb, String name) {
        int n = 0;
        for (Sheet s : wb) {
            n += s.getSheetName().startsWith(name) ? 1 : 0;
        }
        return n;
    }

    private static void assertFill(Workbook wb, String sheet, int row, int col, IndexedColors color) {
        Cell c = wb.getSheet(sheet).getRow(row).getCell(col);
        assertEquals(FillPatternType.SOLID_FOREGROUND, c.getCellStyle().getFillPattern(), sheet + " " + row + "," + col);
        assertEquals(color.getIndex(), c.getCellStyle().getFillForegroundColor(), sheet + " " + row + "," + col);
    }

    private static String comment(Workbook wb, String sheet, int row, int col) {
        return wb.getSheet(sheet).getRow(row).getCell(col).getCellComment().getString().getString();
    }
}
