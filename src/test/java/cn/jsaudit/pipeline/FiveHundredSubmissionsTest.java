package cn.jsaudit.pipeline;

import cn.jsaudit.model.ScreeningResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.ingest.InputFindings;
import cn.jsaudit.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A province's folder: 500 submissions in 10 district folders, 3 of them broken. Every good one is reported,
 * the 3 broken are named, and the order is the folder order. Prints the wall time.
 */
class FiveHundredSubmissionsTest {

    private static final int TOTAL = 500;

    @TempDir
    Path dir;

    @Test
    void everyGoodSubmissionIsReportedAndTheBrokenAreNamed() throws Exception {
        Path variants = Files.createDirectories(dir.resolve("variants"));
        List<Path> good = List.of(Files.copy(Fixtures.EXAMPLE, variants.resolve("v0.xlsx")),
                Fixtures.withBasicSpending(variants.resolve("v1.xlsx"), 97.5),
                Fixtures.withBasicSpending(variants.resolve("v2.xlsx"), 96.27),
                Fixtures.withBasicSpending(variants.resolve("v3.xlsx"), 12.0));
        Path root = dir.resolve("全省");
        List<String> brokenNames = List.of("区县2/单位0123-2023.xlsx", "区县5/单位0256-2023.xlsx", "区县9/单位0499-2023.xlsx");
        List<String> expectedOrder = new ArrayList<>();
        for (int i = 0; i < TOTAL; i++) {
            String name = "区县" + (i / 50) + "/单位" + String.format("%04d", i) + "-2023.xlsx";
            Path target = root.resolve(name);
            Files.createDirectories(target.getParent());
            switch (brokenNames.indexOf(name)) {
                case 0 -> Fixtures.notAWorkbook(target);
                case 1 -> Fixtures.truncated(target);
                case 2 -> Fixtures.empty(target);
                default -> Files.copy(good.get(i % good.size()), target);
            }
            expectedOrder.add(target.getFileName().toString());
        }
        List<SubmissionFiles> submissions = SubmissionLocator.locate(List.of(root));
        assertEquals(TOTAL, submissions.size());

        Screener screener = Fixtures.screener();
        long start = System.nanoTime();
        List<ScreeningResult> results = new BatchScreener(screener, Runtime.getRuntime().availableProcessors())
                .screen(submissions, Parallel.Progress.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("500 submissions screened in %.1f s on %d threads (%.1f per second)%n", seconds,
                Runtime.getRuntime().availableProcessors(), TOTAL / seconds);

        assertEquals(expectedOrder, results.stream().map(ScreeningResult::file).toList());
        List<String> unreadable = results.stream().filter(ScreeningResult::unreadable).map(ScreeningResult::file).toList();
        assertEquals(List.of("单位0123-2023.xlsx", "单位0256-2023.xlsx", "单位0499-2023.xlsx"), unreadable);
        for (ScreeningResult r : results) {
            if (r.unreadable()) {
                assertEquals(InputFindings.RULE, r.findings().get(0).rule());
                assertTrue(r.findings().get(0).message().startsWith(r.file() + "："));
            } else {
                assertEquals("随州市曾都区医疗保障信息中心", r.unit(), r.file());
                assertEquals(2023, r.year());
            }
        }
        long withErrors = results.stream()
                .filter(r -> BatchScreenerTest.severitiesOf(r, "X05-06-01").equals(List.of(Severity.ERROR))).count();
        // v1 and v3 break 05 = 06 (2 of every 4), less the two broken files that took a v3 place: 0123 and 0499
        assertEquals(TOTAL / 2 - 2, withErrors);
    }
}
