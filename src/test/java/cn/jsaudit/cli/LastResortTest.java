package cn.jsaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.fixtures.Golden;
import cn.jsaudit.fixtures.HostileFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The last resort, for real and each in a jsaudit process of its own (a StackOverflowError inside a library can
 * leave that library's locks held for the rest of the process, which must not hang the other tests):
 * <ul>
 * <li>with every limit lifted, the zip bomb exhausts the heap of a run given 256 MB, on two threads beside the
 * examples: the run finishes with its report, the bomb's OutOfMemoryError is its INPUT finding, and the examples'
 * findings are the golden ones;</li>
 * <li>with the depth limit lifted, POI overflows the stack on a .docx of 20,000 nested tables: that submission's
 * INPUT finding, and the other submission of the run screened as usual.</li>
 * </ul>
 */
class LastResortTest {

    private static final String LIFTED = """
            limits:
              maxCompressionRatio: 1000000
              maxPartMegabytes: 4000
              maxInflatedMegabytes: 8000
              maxRows: 100000000
              maxCells: 2000000000
              maxCellCharacters: 1000000
              maxTextCharacters: 2000000000
            """;

    @TempDir
    Path tmp;

    @Test
    void aBombWithTheLimitsLiftedRunsOutOfMemoryAloneAndTheBatchFinishes() throws Exception {
        Path in = tmp.resolve("in");
        Examples.copyTree(Path.of("examples"), in);
        HostileFiles.zipBomb(in.resolve("炸弹-2023.xlsx"), 2L << 30);
        Path json = tmp.resolve("r.json");
        String stderr = check("-Xmx256m", LIFTED, in, json);

        Map<String, JsonNode> byFile = submissions(json);
        JsonNode bomb = byFile.get("炸弹-2023.xlsx").get("findings");
        assertEquals(1, bomb.size(), bomb.toString());
        assertTrue(bomb.get(0).get("message").asText().startsWith("炸弹-2023.xlsx：读取此提交时内存不足（单独重试后仍然不足），此文件未审核。"),
                bomb.toString());
        for (Map.Entry<String, List<String>> g : Golden.byFile().entrySet()) {
            assertEquals(g.getValue(), Golden.findings(byFile.get(g.getKey())), g.getKey());
        }
        assertTrue(stderr.contains("无法审核：炸弹-2023.xlsx：读取此提交时内存不足"), stderr);
    }

    @Test
    void aStackOverflowWhileReadingIsThatSubmissionsFinding() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in/深"));
        Files.copy(Examples.CLEAN, in.resolve("深-2023.xlsx"));
        HostileFiles.deepDocx(in.resolve("深-2023.docx"), 20_000);
        Files.copy(Examples.SICHUAN, Files.createDirectories(tmp.resolve("in/好")).resolve("好-2023.xlsx"));
        Path json = tmp.resolve("r.json");
        check("-Xmx512m", "limits:\n  maxXmlDepth: 1000000\n", tmp.resolve("in"), json);

        Map<String, JsonNode> byFile = submissions(json);
        assertEquals("深-2023.xlsx：读取此提交时程序栈溢出（文件中的结构嵌套过深，或规则递归过深），此文件未审核；其他文件不受影响",
                byFile.get("深-2023.xlsx").get("findings").get(0).get("message").asText());
        assertEquals(List.of(), Golden.findings(byFile.get("好-2023.xlsx")), "the clean Sichuan example, screened as usual");
    }

    /** Runs jsaudit check in a JVM of its own with these settings; returns its stderr (exit 2: something was unreadable). */
    private String check(String heap, String settings, Path in, Path json) throws Exception {
        Path rules = tmp.resolve("rules");
        Examples.copyTree(Examples.RULES, rules);
        Files.writeString(rules.resolve("settings.yaml"), settings);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path")));
        if (System.getProperty("jsaudit.cache") != null) {
            cmd.add("-Djsaudit.cache=" + System.getProperty("jsaudit.cache"));
        }
        cmd.addAll(List.of("cn.jsaudit.cli.Main", "check", in.toString(), "--rules", rules.toString(), "--out", json.toString(),
                "--jobs", "2"));
        Path log = tmp.resolve("stderr.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(log.toFile()).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "finished");
        String stderr = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(ExitCodes.USAGE, p.exitValue(), stderr);
        return stderr;
    }

    private static Map<String, JsonNode> submissions(Path json) throws Exception {
        Map<String, JsonNode> byFile = new LinkedHashMap<>();
        new ObjectMapper().readTree(json.toFile()).get("submissions").forEach(s -> byFile.put(s.get("file").asText(), s));
        return byFile;
    }

}
