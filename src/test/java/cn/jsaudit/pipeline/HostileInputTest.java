package cn.jsaudit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.fixtures.HostileFiles;
import cn.jsaudit.ingest.InputFindings;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken input through the whole screening of a submission: each becomes that submission's INPUT
 * finding with the file, sheet and cell and a Chinese message naming the limit or the cause.
 */
class HostileInputTest {

    @TempDir
    Path tmp;

    private static ScreeningResult screen(Path workbook, Path narrative) {
        return Examples.screener().screen(new SubmissionFiles(workbook, narrative, List.of()));
    }

    private static Finding onlyInput(ScreeningResult r) {
        List<Finding> input = r.findings().stream().filter(f -> f.rule().equals(InputFindings.RULE)).toList();
        assertEquals(1, input.size(), r.findings().toString());
        return input.get(0);
    }

    private static void assertLocation(Finding f, String file, String sheet, String cell) {
        assertEquals(new Location(file, sheet, cell), f.primaryLocation());
    }

    @Test
    void theZipBombIsTheSubmissionsFindingNamingTheLimit() throws Exception {
        ScreeningResult r = screen(HostileFiles.zipBomb(tmp.resolve("炸弹-2023.xlsx"), 2L << 30), null);
        assertTrue(r.unreadable());
        Finding f = onlyInput(r);
        assertEquals(Severity.ERROR, f.severity());
        assertLocation(f, "炸弹-2023.xlsx", "收入表", null);
        assertTrue(f.message().contains("maxCompressionRatio = 200（rules/settings.yaml 的 limits）"), f.message());
    }

    @Test
    void aMillionRowsIsTheSubmissionsFindingAtTheFirstRowBeyondTheLimit() throws Exception {
        Finding f = onlyInput(screen(HostileFiles.manyRows(tmp.resolve("百万行-2023.xlsx"), 1_000_000), null));
        assertLocation(f, "百万行-2023.xlsx", "收入表", "A20001");
        assertTrue(f.message().contains("有数据的行超过上限 maxRows = 20000"), f.message());
    }

    @Test
    void aCellOfEndlessTextIsTheSubmissionsFindingAtThatCell() throws Exception {
        Finding f = onlyInput(screen(HostileFiles.longCell(tmp.resolve("长文字-2023.xlsx"), 100_000, false), null));
        assertLocation(f, "长文字-2023.xlsx", "表1", "A1");
        assertTrue(f.message().contains("maxCellCharacters = 32767"), f.message());
    }

    /** 1,2,3 was read as 123.00 without a word; now it is an INPUT error at its cell, and 1,007.00 still reads. */
    @Test
    void invalidDigitGroupingInAnAmountIsAnInputErrorAtItsCell() throws Exception {
        Path wb = Examples.withCells(Examples.CLEAN, tmp.resolve("分隔-2023.xlsx"), "Sheet3!C37", "1,2,3", "Sheet3!C33", "1,007.00");
        ScreeningResult r = screen(wb, null);
        Finding f = onlyInput(r);
        assertEquals(Severity.ERROR, f.severity());
        assertLocation(f, "分隔-2023.xlsx", "Sheet3", "C37");
        assertTrue(f.message().endsWith("单元格 C37：金额“1,2,3”不是数字"), f.message());
        assertFalse(r.findings().stream().anyMatch(x -> x.primaryLocation() != null && "C33".equals(x.primaryLocation().cell())),
                "1,007.00 is valid grouping: " + r.findings());
    }

    /** The narrative checks run on a narrative saved as Notepad's "Unicode" (UTF-16), with or without a BOM, as on UTF-8. */
    @Test
    void aUtf16NarrativeGivesTheSameFindingsAsUtf8() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/narrative/seed-000.txt"), StandardCharsets.UTF_8);
        List<String> utf8 = narrativeFindings(text.getBytes(StandardCharsets.UTF_8), "utf8");
        assertTrue(utf8.size() > 5, utf8.toString());
        byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] leBom = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, le);
        byte[] beBom = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(utf8, narrativeFindings(le, "le"));
        assertEquals(utf8, narrativeFindings(leBom, "lebom"));
        assertEquals(utf8, narrativeFindings(beBom, "bebom"));
        assertEquals(utf8, narrativeFindings(text.getBytes(StandardCharsets.UTF_16BE), "be"));
        assertEquals(utf8, narrativeFindings(text.getBytes(Charset.forName("GB18030")), "gb"));
    }

    /** The seed's workbook with the narrative in these bytes: the narrative findings, without the file name. */
    private List<String> narrativeFindings(byte[] bytes, String name) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Path wb = Files.copy(Examples.SEED_000, dir.resolve("单位-2023.xlsx"));
        Path txt = Files.write(dir.resolve("单位-2023.txt"), bytes);
        return screen(wb, txt).findings().stream().filter(f -> f.rule().startsWith("N-") || f.rule().equals(InputFindings.RULE))
                .map(f -> f.rule() + " " + f.severity() + " " + f.primaryLocation().cell() + " " + f.message()).toList();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void aNarrativeInNoKnownEncodingIsAClearInputFinding() throws Exception {
        byte[] bytes = concat("本年收入".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xFF, 0x41});
        Path dir = Files.createDirectories(tmp.resolve("enc"));
        Path wb = Files.copy(Examples.CLEAN, dir.resolve("编码-2023.xlsx"));
        Finding f = onlyInput(screen(wb, Files.write(dir.resolve("编码-2023.txt"), bytes)));
        assertLocation(f, "编码-2023.txt", null, null);
        assertEquals("情况说明文件 编码-2023.txt 的编码无法识别（可读取的编码：UTF-8、UTF-16（“Unicode”）、GB18030/GBK），无法读取。", f.message());
    }

    @Test
    void aNarrativeDocxNestedTooDeepOrABombIsRefusedBeforePoiReadsIt() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("docx"));
        Path wb = Files.copy(Examples.CLEAN, dir.resolve("嵌套-2023.xlsx"));
        Finding deep = onlyInput(screen(wb, HostileFiles.deepDocx(dir.resolve("嵌套-2023.docx"), 5000)));
        assertLocation(deep, "嵌套-2023.docx", null, null);
        assertTrue(deep.message().startsWith("情况说明 嵌套-2023.docx：部件 word/document.xml 的 XML 元素嵌套超过 100 层（上限 maxXmlDepth = 100"),
                deep.message());
        Path dir2 = Files.createDirectories(tmp.resolve("bomb"));
        Path wb2 = Files.copy(Examples.CLEAN, dir2.resolve("说明炸弹-2023.xlsx"));
        Finding bomb = onlyInput(screen(wb2, HostileFiles.docxBomb(dir2.resolve("说明炸弹-2023.docx"), 1L << 30)));
        assertTrue(bomb.message().contains("部件 word/document.xml 解压后是压缩大小的 "), bomb.message());
        assertTrue(bomb.message().contains("maxCompressionRatio = 200"), bomb.message());
    }

    @Test
    void aNarrativeLongerThanTheLimitIsRefusedBeforeItsSentencesAreTakenApart() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("long"));
        Path wb = Files.copy(Examples.CLEAN, dir.resolve("长说明-2023.xlsx"));
        Path txt = Files.writeString(dir.resolve("长说明-2023.txt"), "一、部门基本情况\n" + "本年收入合计 110.26 万元。\n".repeat(40_000));
        Finding f = onlyInput(screen(wb, txt));
        assertTrue(f.message().startsWith("情况说明 长说明-2023.txt 有 "), f.message());
        assertTrue(f.message().contains("个字符，超过上限 maxNarrativeCharacters = 500000"), f.message());
    }

    /** A submission with more findings than the limit lists the most severe up to the limit and says how many it left out. */
    @Test
    void findingsBeyondTheLimitAreCountedNotListed() throws Exception {
        Path rules = tmp.resolve("rules");
        Examples.copyTree(Examples.RULES, rules);
        Files.writeString(rules.resolve("settings.yaml"), "limits:\n  maxFindings: 5\n");
        SubmissionFiles seed = new SubmissionFiles(Examples.SEED_000, Path.of("examples/随州市曾都区医疗保障信息中心-2023.docx"), List.of());
        List<Finding> all = Examples.screener().screen(seed).findings();
        assertTrue(all.size() > 20, all.toString());
        List<Finding> capped = new Screener(Examples.load(rules), null).screen(seed).findings();
        assertEquals(6, capped.size(), capped.toString());
        assertEquals(all.subList(0, 5), capped.subList(0, 5), "the most severe come first and are kept");
        Finding last = capped.get(5);
        assertEquals(Severity.WARNING, last.severity());
        assertEquals("随州市曾都区医疗保障信息中心-2023.xlsx：此文件有 " + all.size() + " 条发现，超过上限 maxFindings = 5（rules/settings.yaml 的 limits），"
                + "只列出按严重程度排在前面的 5 条，其余 " + (all.size() - 5) + " 条未列出", last.message());
    }
}
