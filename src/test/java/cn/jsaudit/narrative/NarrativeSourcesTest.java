package cn.jsaudit.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import cn.jsaudit.ingest.Workbooks;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.jsaudit.model.Claim;
import cn.jsaudit.model.ClaimKind;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.NarrativeSentence;

/** The same narrative as .docx, .txt (UTF-8, UTF-8 with BOM, GB18030), PDF text or a sheet gives the same claims. */
class NarrativeSourcesTest {

    private static NarrativeParser parser;
    private static Narrative fromDocx;
    private static List<String> docxParagraphs;

    @BeforeAll
    static void readDocx() throws Exception {
        parser = NarrativeParser.create(Path.of("rules"));
        fromDocx = parser.parse(Fixtures.referenceNarrative());
        docxParagraphs = new ArrayList<>();
        try (InputStream in = Files.newInputStream(Fixtures.referenceNarrative()); XWPFDocument doc = new XWPFDocument(in)) {
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (!p.getText().isBlank()) {
                    docxParagraphs.add(p.getText());
                }
            }
        }
    }

    private static List<String> sentences(Narrative n) {
        return n.sentences().stream().map(s -> (s.heading() ? "H " : "S ") + s.section() + " | " + s.text()).toList();
    }

    private static List<String> claims(Narrative n) {
        return n.claims().stream().map(c -> c.section() + " | " + ClaimFormat.format(c)).toList();
    }

    private static Path write(Path dir, String name, byte[] prefix, Charset charset) throws Exception {
        byte[] body = String.join("\r\n", docxParagraphs).getBytes(charset);
        byte[] all = Arrays.copyOf(prefix, prefix.length + body.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        Path f = dir.resolve(name);
        Files.write(f, all);
        return f;
    }

    @Test
    void docxHoldsTheNarrative() {
        assertTrue(fromDocx.sentences().size() > 300);
        assertTrue(fromDocx.claims().size() > 200);
    }

    @Test
    void txtInUtf8Utf8BomAndGb18030GiveTheDocxSentencesAndClaims(@TempDir Path dir) throws Exception {
        Path utf8 = write(dir, "情况说明-utf8.txt", new byte[0], StandardCharsets.UTF_8);
        Path bom = write(dir, "情况说明-bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8);
        Path gb = write(dir, "情况说明-gb18030.txt", new byte[0], Charset.forName("GB18030"));
        assertFalse(Arrays.equals(Files.readAllBytes(utf8), Files.readAllBytes(gb)), "两种编码的字节应不同");
        for (Path f : List.of(utf8, bom, gb)) {
            Narrative n = parser.parse(f);
            assertEquals(sentences(fromDocx), sentences(n), f.getFileName().toString());
            assertEquals(claims(fromDocx), claims(n), f.getFileName().toString());
        }
    }

    /**
     * The reference narrative saved by LibreOffice as Word 97–2003: the same claims as the .docx; the same file
     * named .wps (WPS writes that format) or the .docx named .doc are read by their content.
     */
    @Test
    void docWpsAndMisnamedDocxGiveTheDocxClaims(@TempDir Path dir) throws Exception {
        Path doc = Path.of("src/test/resources/narrative/seed-000-情况说明.doc");
        Path wps = Files.copy(doc, dir.resolve("情况说明.wps"));
        Path misnamed = Files.copy(Fixtures.referenceNarrative(), dir.resolve("情况说明.doc"));
        for (Path f : List.of(doc, wps, misnamed)) {
            assertEquals(claims(fromDocx), claims(parser.parse(f)), f.getFileName().toString());
        }
    }

    @Test
    void aDocThatIsNotAWordDocumentIsRefusedWithAWayOut(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("旧格式.wps");
        byte[] whole = Files.readAllBytes(Path.of("src/test/resources/narrative/seed-000-情况说明.doc"));
        Files.write(f, Arrays.copyOf(whole, 2048)); // an OLE2 header and nothing of the document
        NarrativeException e = assertThrows(NarrativeException.class, () -> parser.parse(f));
        assertTrue(e.getMessage().startsWith("情况说明文件 旧格式.wps 无法作为 Word 97–2003（.doc）文档读取"), e.getMessage());
        assertTrue(e.getMessage().contains("另存为 .docx"), e.getMessage());
    }

    @Test
    void sheetTitled情况说明GivesTheDocxClaimsWithCellLocations() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("情况说明");
            for (int i = 0; i < docxParagraphs.size(); i++) {
                sheet.createRow(i + 2).createCell(0).setCellValue(docxParagraphs.get(i));
            }
            Narrative n = parser.parseSheet(Workbooks.of(wb).sheets().get(0), "单位-2023.xlsx");
            assertEquals(claims(fromDocx), claims(n));
            NarrativeSentence first = n.sentences().get(0);
            assertEquals("情况说明", first.location().sheet());
            assertEquals("A3", first.location().cell());
        }
    }

    /** The seeds' PDF text breaks lines mid-sentence and mid-number ("经营收入 0" / "万元"). */
    @Test
    void pdfTextOfSeed000GivesTheDocxClaimsOfThe情况说明() throws Exception {
        Narrative pdf = parser.parse(Fixtures.resource("seed-000.txt"));
        assertEquals(chapterClaims(fromDocx), chapterClaims(pdf));
        assertTrue(pdf.sentences().stream().anyMatch(s -> s.text().equals("经营收入 0万元，占本年收入 0%；")));
    }

    /** Claims of 第三部分 chapters 一 to 十二, reasons aside (their subject depends on paragraph breaks). */
    private static List<String> chapterClaims(Narrative n) {
        return n.claims().stream()
                .filter(c -> c.section().startsWith("第三部分"))
                .filter(c -> !c.section().contains("十三、") && !c.section().contains("十四、"))
                .filter(c -> c.kind() != ClaimKind.REASON)
                .map(c -> c.section().replaceAll("\\s+", "") + " | " + ClaimFormat.format(c))
                .toList();
    }

    /** A 目录's lines are not headings: entries run together on one line, or with dot leaders and page numbers. */
    @Test
    void tableOfContentsLinesAreNotHeadings() {
        List<String> paragraphs = List.of("目录", "第一部分 部门决算报表第二部分 2023 年度某局整体支出绩效自评报告",
                "第一部分 部门概况..........3", "第一部分 部门概况", "一、主要职能", "本单位主要职能是……。");
        List<Location> where = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            where.add(new Location("目录.txt", null, "第 " + (i + 1) + " 段"));
        }
        Narrative n = parser.parse("目录.txt", paragraphs, where);
        assertEquals(List.of("S  | 目录", "S  | 第一部分 部门决算报表第二部分 2023 年度某局整体支出绩效自评报告",
                "S  | 第一部分 部门概况..........3", "H 第一部分 部门概况 | 第一部分 部门概况",
                "H 第一部分 部门概况 > 一、主要职能 | 一、主要职能",
                "S 第一部分 部门概况 > 一、主要职能 | 本单位主要职能是……。"), sentences(n));
    }

    @Test
    void locationsNameTheFileAndParagraph() {
        Claim c = fromDocx.claims().stream().filter(x -> x.subject().equals("一般公共预算财政拨款基本支出")).findFirst()
                .orElseThrow();
        assertEquals("随州市曾都区医疗保障信息中心-2023.docx", c.location().file());
        assertEquals(null, c.location().sheet());
        assertTrue(c.location().cell().matches("第\\d+段"), c.location().cell());
        assertTrue(c.section().endsWith("六、一般公共预算财政拨款基本支出决算情况说明"), c.section());
    }

    @Test
    void binaryTxtIsRefusedWithAChineseMessageNamingTheFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("坏文件.txt");
        Files.write(f, new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x12, 0x7F, 0x00, 0x01});
        NarrativeException e = assertThrows(NarrativeException.class, () -> parser.parse(f));
        assertTrue(e.getMessage().contains("坏文件.txt") && e.getMessage().contains("不是文本文件"), e.getMessage());
    }

    @Test
    void bytesThatAreNeitherUtf8NorGb18030AreRefused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("乱码.txt");
        // 0x80 alone is invalid in UTF-8 and in GB18030 (a lead byte needs a trail byte, 0x80 is not one)
        Files.write(f, new byte[] {0x41, (byte) 0x80});
        NarrativeException e = assertThrows(NarrativeException.class, () -> parser.parse(f));
        assertTrue(e.getMessage().contains("乱码.txt") && e.getMessage().contains("编码"), e.getMessage());
    }

    @Test
    void aDocxThatIsNotAWordDocumentIsRefused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("不是文档.docx");
        Files.writeString(f, "这只是一段文字，不是 Word 文档。");
        NarrativeException e = assertThrows(NarrativeException.class, () -> parser.parse(f));
        assertTrue(e.getMessage().contains("不是文档.docx"), e.getMessage());
    }

    @Test
    void aTruncatedDocxIsRefused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("截断.docx");
        byte[] whole = Files.readAllBytes(Fixtures.referenceNarrative());
        Files.write(f, Arrays.copyOf(whole, whole.length / 3));
        NarrativeException e = assertThrows(NarrativeException.class, () -> parser.parse(f));
        assertTrue(e.getMessage().contains("截断.docx"), e.getMessage());
    }

    @Test
    void missingEmptyAndUnknownFilesAreRefused(@TempDir Path dir) throws Exception {
        NarrativeException missing = assertThrows(NarrativeException.class, () -> parser.parse(dir.resolve("无此文件.txt")));
        assertTrue(missing.getMessage().contains("无此文件.txt"));
        Path empty = dir.resolve("空白.txt");
        Files.writeString(empty, "\n  \n");
        NarrativeException blank = assertThrows(NarrativeException.class, () -> parser.parse(empty));
        assertTrue(blank.getMessage().contains("空白.txt") && blank.getMessage().contains("没有任何文字"));
        Path pdf = dir.resolve("说明.pdf");
        Files.writeString(pdf, "%PDF-1.4");
        NarrativeException unknown = assertThrows(NarrativeException.class, () -> parser.parse(pdf));
        assertTrue(unknown.getMessage().contains("说明.pdf") && unknown.getMessage().contains("格式"));
    }
}
