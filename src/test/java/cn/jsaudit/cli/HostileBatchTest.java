package cn.jsaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.fixtures.Golden;
import cn.jsaudit.fixtures.HostileFiles;
import cn.jsaudit.fixtures.Packages;
import cn.jsaudit.pipeline.SubmissionFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's "done when": one batch of every hostile and broken input plus the examples finishes with every
 * report written (text, JSON, CSV, xlsx, HTML, annotated copies), each hostile submission carrying its INPUT
 * finding, and the good submissions' findings exactly as when screened alone.
 */
class HostileBatchTest {

    @TempDir
    Path tmp;

    /** Each hostile workbook and what its INPUT finding must say. */
    private final Map<String, String> expected = new LinkedHashMap<>();

    @Test
    void aBatchOfEveryHostileInputAndTheExamplesWritesEveryReportAndLeavesTheGoodFindingsAlone() throws Exception {
        Path examples = tmp.resolve("examples");
        Examples.copyTree(Path.of("examples"), examples);
        Path hostile = Files.createDirectories(tmp.resolve("hostile"));
        buildHostileInputs(hostile);
        Path missing = tmp.resolve("不存在-2023.xlsx");
        expected.put("不存在-2023.xlsx", "不存在-2023.xlsx：找不到此文件（");
        Path out = Files.createDirectories(tmp.resolve("out"));
        List<String> reports = List.of("r.txt", "r.json", "r.csv", "r.xlsx", "r.html");
        List<String> args = new ArrayList<>(List.of("check", examples.toString(), hostile.toString(), missing.toString(),
                "--annotate", out.resolve("批注").toString(), "--jobs", "2"));
        reports.forEach(r -> args.addAll(List.of("--out", out.resolve(r).toString())));

        long started = System.nanoTime();
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        int exit = run.exit();
        String stderr = run.err();
        System.out.println("hostile batch: " + seconds + " s");

        assertEquals(ExitCodes.USAGE, exit, "some input could not be screened: " + stderr);
        for (String r : reports) {
            assertTrue(Files.size(out.resolve(r)) > 0, r + " written");
            assertTrue(stderr.contains("审核结果已写入：" + out.resolve(r)), stderr);
        }
        Packages.assertValid(out.resolve("r.xlsx"));

        Map<String, JsonNode> byFile = new LinkedHashMap<>();
        new ObjectMapper().readTree(out.resolve("r.json").toFile()).get("submissions").forEach(s -> byFile.put(s.get("file").asText(), s));
        Map<String, List<String>> golden = Golden.byFile();
        assertEquals(golden.size() + expected.size() + goodHostile.size(), byFile.size(), byFile.keySet().toString());
        for (Map.Entry<String, List<String>> g : golden.entrySet()) {
            assertEquals(g.getValue(), Golden.findings(byFile.get(g.getKey())), "example " + g.getKey() + " unchanged");
        }
        for (Map.Entry<String, String> e : expected.entrySet()) {
            JsonNode s = byFile.get(e.getKey());
            List<String> messages = new ArrayList<>();
            s.get("findings").forEach(f -> {
                if (f.get("rule").asText().equals("INPUT")) {
                    messages.add(f.get("message").asText());
                }
            });
            assertTrue(messages.stream().anyMatch(m -> m.contains(e.getValue())), e.getKey() + ": " + messages);
            assertFalse(messages.stream().anyMatch(m -> m.contains("Exception") || m.contains(tmp.toString()) && !e.getKey()
                    .equals("不存在-2023.xlsx")), messages.toString());
        }
        for (Map.Entry<String, List<String>> g : goodHostile.entrySet()) {
            assertEquals(g.getValue(), Golden.findings(byFile.get(g.getKey())), g.getKey() + " as screened alone");
        }

        String csv = Files.readString(out.resolve("r.csv"));
        assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\","), "the unit name is text in the CSV");
        assertTrue(csv.contains(",'+cmd|' calc'!A0!C"), "so is the sheet name");
        String html = Files.readString(out.resolve("r.html"));
        assertTrue(html.contains("=HYPERLINK(&quot;http://x&quot;,&quot;点我&quot;)") && !html.contains("<script>alert"), "HTML escapes");

        long readable = byFile.values().stream().filter(s -> !s.get("unit").isNull() || !s.get("template").isNull()).count();
        List<Path> copies;
        try (Stream<Path> walk = Files.walk(out.resolve("批注"))) {
            copies = walk.filter(Files::isRegularFile).toList();
        }
        assertEquals(readable, copies.size(), copies.toString());
        for (Path c : copies) {
            try (InputStream in = Files.newInputStream(c); Workbook wb = WorkbookFactory.create(in)) {
                assertEquals("审核结果", wb.getSheetName(0));
            }
        }
        assertTrue(stderr.contains("批注工作簿已写入：" + out.resolve("批注") + "（" + readable + " / " + byFile.size() + " 份）"), stderr);
        assertEquals(byFile.size() - readable, stderr.lines().filter(l -> l.startsWith("未生成批注副本：")).count(), stderr);
    }

    /** Submissions among the hostile ones that are readable: their findings as when screened alone, in process. */
    private final Map<String, List<String>> goodHostile = new LinkedHashMap<>();

    private void buildHostileInputs(Path dir) throws Exception {
        hostile(HostileFiles.zipBomb(dir.resolve("炸弹-2023.xlsx"), 2L << 30), "maxCompressionRatio = 200");
        hostile(HostileFiles.truncated(Examples.CLEAN, dir.resolve("截断-2023.xlsx")), "压缩结构不完整");
        hostile(HostileFiles.randomBytes(dir.resolve("乱码-2023.xlsx"), 4000, 9), "文件内容不是 Excel 格式");
        hostile(Files.createFile(dir.resolve("空-2023.xlsx")), "文件是空的（0 字节）");
        hostile(HostileFiles.encrypted(dir.resolve("加密-2023.xlsx")), "文件已加密");
        hostile(HostileFiles.xxe(dir.resolve("实体-2023.xlsx")), "文件已损坏，或不是 Excel 文件");
        hostile(HostileFiles.billionLaughs(dir.resolve("十亿笑-2023.xlsx")), "文件已损坏，或不是 Excel 文件");
        hostile(HostileFiles.manyRows(dir.resolve("百万行-2023.xlsx"), 1_000_000), "有数据的行超过上限 maxRows = 20000");
        hostile(HostileFiles.longCell(dir.resolve("长文字-2023.xlsx"), 1_000_000, false), "maxCellCharacters = 32767");
        hostile(HostileFiles.wideRow(dir.resolve("宽-2023.xlsx"), 5000), "数据列数超过上限 maxColumns = 1000");
        hostile(HostileFiles.manyEntries(dir.resolve("部件-2023.xlsx"), 20_000), "超过上限 maxEntries = 10000");
        hostile(Examples.withCells(Examples.CLEAN, dir.resolve("分隔/分隔-2023.xlsx"), "Sheet3!C37", "1,2,3"), "金额“1,2,3”不是数字");

        Path narratives = Files.createDirectories(dir.resolve("说明"));
        hostile(Files.copy(Examples.CLEAN, narratives.resolve("嵌套-2023.xlsx")), "maxXmlDepth = 100");
        HostileFiles.deepDocx(narratives.resolve("嵌套-2023.docx"), 5000);
        hostile(Files.copy(Examples.CLEAN, narratives.resolve("说明炸弹-2023.xlsx")), "maxCompressionRatio = 200");
        HostileFiles.docxBomb(narratives.resolve("说明炸弹-2023.docx"), 1L << 30);
        hostile(Files.copy(Examples.CLEAN, narratives.resolve("编码-2023.xlsx")), "的编码无法识别");
        Files.write(narratives.resolve("编码-2023.txt"), new byte[] {(byte) 0xE6, (byte) 0x94, (byte) 0xB6, (byte) 0xFF, (byte) 0x80, 0x41});

        // readable and hostile in what they say: a UTF-16 narrative, a formula for a unit name and a sheet name, odd file names
        Path utf16 = Files.createDirectories(dir.resolve("unicode"));
        Path seed = Files.copy(Examples.SEED_000, utf16.resolve("统一码-2023.xlsx"));
        String text = Files.readString(Path.of("src/test/resources/narrative/seed-000.txt"));
        Files.write(utf16.resolve("统一码-2023.txt"), text.getBytes(StandardCharsets.UTF_16LE));
        Path utf8 = Files.createDirectories(tmp.resolve("alone"));
        Files.copy(Examples.SEED_000, utf8.resolve("统一码-2023.xlsx"));
        Files.writeString(utf8.resolve("统一码-2023.txt"), text);
        good(seed, new SubmissionFiles(utf8.resolve("统一码-2023.xlsx"), utf8.resolve("统一码-2023.txt"), List.of()));

        Path injected = dir.resolve("注入/=HYPERLINK(1)-2023.xlsx");
        Object[] cells = new Object[20];
        for (int i = 1; i <= 9; i++) {
            cells[2 * i - 2] = "Sheet" + i + "!A3";
            cells[2 * i - 1] = "单位名称：=HYPERLINK(\"http://x\",\"点我\")";
        }
        cells[18] = "Sheet3!C37";
        cells[19] = 1007.04;
        Examples.withCells(Examples.CLEAN, injected, cells);
        renameSheet(injected, "Sheet3", "+cmd|' calc'!A0");
        good(injected, new SubmissionFiles(injected, null, List.of()));

        Path odd = Files.copy(Examples.CLEAN, Files.createDirectories(dir.resolve("怪名")).resolve("单位 \"名\";'$(x)' #%-2023.xlsx"));
        good(odd, new SubmissionFiles(odd, null, List.of()));
    }

    private void hostile(Path file, String message) {
        expected.put(file.getFileName().toString(), message);
    }

    private void good(Path inBatch, SubmissionFiles alone) {
        goodHostile.put(inBatch.getFileName().toString(), Examples.screener().screen(alone).findings().stream()
                .map(f -> f.rule() + "\t" + f.severity() + "\t" + (f.primaryLocation().sheet() == null ? f.primaryLocation().cell()
                        : f.primaryLocation().sheet() + "!" + f.primaryLocation().cell())).toList());
    }


    private static void renameSheet(Path file, String from, String to) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        try (Workbook wb = WorkbookFactory.create(new java.io.ByteArrayInputStream(bytes)); OutputStream o = Files.newOutputStream(file)) {
            wb.setSheetName(wb.getSheetIndex(from), to);
            wb.write(o);
        }
    }
}
