package cn.jsaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch stopped by the user (SIGTERM, as Ctrl+C or kill sends) leaves a valid report of what it had screened. */
class StoppedRunTest {

    @TempDir
    Path tmp;

    @Test
    void aStoppedBatchLeavesAValidReportMarkedIncomplete() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path example = Examples.SEED_000;
        for (int i = 0; i < 400; i++) {
            Files.copy(example, in.resolve(String.format("%03d-单位-2023.xlsx", i)));
        }
        Path json = tmp.resolve("r.json");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "cn.jsaudit.cli.Main",
                "check", in.toString(), "--out", json.toString(), "--jobs", "1")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("console.txt").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!(Files.exists(json) && Files.readString(json).contains("\"findings\""))) {
                assertTrue(p.isAlive() && System.nanoTime() < deadline, "no submission was written before the run ended");
                Thread.sleep(20);
            }
            p.destroy(); // SIGTERM: the JVM runs its shutdown hooks
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        } finally {
            p.destroyForcibly();
        }

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        int written = root.get("submissions").size();
        assertTrue(written >= 1 && written < 400, "stopped early, after some submissions: " + written);
        assertEquals("运行被中断", root.get("incomplete").asText());
        assertEquals(List.of("000-单位-2023.xlsx"), List.of(root.get("submissions").get(0).get("file").asText()));
    }
}
