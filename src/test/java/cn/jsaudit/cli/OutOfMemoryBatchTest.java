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
 * The last resort, for real: with every limit lifted, the zip bomb exhausts the heap of a jsaudit run given
 * 256 MB, on two threads beside the examples. The run still finishes with its report written: the bomb's
 * OutOfMemoryError becomes its INPUT finding, and the examples' findings are the golden ones.
 */
class OutOfMemoryBatchTest {

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
        Path rules = tmp.resolve("rules");
        Examples.copyTree(Examples.RULES, rules);
        Files.writeString(rules.resolve("settings.yaml"), LIFTED);
        Path in = tmp.resolve("in");
        Examples.copyTree(Path.of("examples"), in);
        HostileFiles.zipBomb(in.resolve("炸弹-2023.xlsx"), 2L << 30);
        Path json = tmp.resolve("r.json");

        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
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

        Map<String, JsonNode> byFile = new LinkedHashMap<>();
        new ObjectMapper().readTree(json.toFile()).get("submissions").forEach(s -> byFile.put(s.get("file").asText(), s));
        JsonNode bomb = byFile.get("炸弹-2023.xlsx").get("findings");
        assertEquals(1, bomb.size(), bomb.toString());
        assertTrue(bomb.get(0).get("message").asText().startsWith("炸弹-2023.xlsx：读取此提交时内存不足（单独重试后仍然不足），此文件未审核。"),
                bomb.toString());
        for (Map.Entry<String, List<String>> g : Golden.byFile().entrySet()) {
            List<String> actual = new ArrayList<>();
            byFile.get(g.getKey()).get("findings").forEach(f -> {
                JsonNode l = f.get("locations").get(0);
                actual.add(f.get("rule").asText() + "\t" + f.get("severity").asText() + "\t"
                        + (l.get("sheet").isNull() ? l.get("cell").asText() : l.get("sheet").asText() + "!" + l.get("cell").asText()));
            });
            assertEquals(g.getValue(), actual, g.getKey());
        }
        assertTrue(stderr.contains("无法审核：炸弹-2023.xlsx：读取此提交时内存不足"), stderr);
    }
}
