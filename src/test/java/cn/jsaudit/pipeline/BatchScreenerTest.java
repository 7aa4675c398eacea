package cn.jsaudit.pipeline;

import cn.jsaudit.model.RunRecord;
import cn.jsaudit.model.ScreeningResult;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.ingest.InputFindings;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Severity;
import cn.jsaudit.report.CsvReport;
import cn.jsaudit.report.JsonReport;
import cn.jsaudit.report.ReportData;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchScreenerTest {

    @TempDir
    Path dir;

    @Test
    void brokenFilesBecomeInputFindingsAndTheRestIsScreened() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.copy(Fixtures.EXAMPLE, dir.resolve("a/甲-2023.xlsx"));
        Fixtures.notAWorkbook(dir.resolve("b/乙-2023.xlsx"));
        Fixtures.truncated(dir.resolve("c/丙-2023.xlsx"));
        Fixtures.empty(dir.resolve("d/丁-2023.xls"));
        Fixtures.withBasicSpending(dir.resolve("e/戊-2023.xlsx"), 99.99);

        List<ScreeningResult> results = new BatchScreener(Fixtures.screener(), 2)
                .screen(SubmissionLocator.locate(List.of(dir)), Parallel.Progress.NONE);

        assertEquals(List.of("甲-2023.xlsx", "乙-2023.xlsx", "丙-2023.xlsx", "丁-2023.xls", "戊-2023.xlsx"),
                results.stream().map(ScreeningResult::file).toList());
        assertEquals(List.of(false, true, true, true, false), results.stream().map(ScreeningResult::unreadable).toList());
        for (ScreeningResult broken : results.subList(1, 4)) {
            assertEquals(1, broken.findings().size());
            Finding f = broken.findings().get(0);
            assertEquals(InputFindings.RULE, f.rule());
            assertEquals(Severity.ERROR, f.severity());
            assertTrue(f.message().startsWith(broken.file() + "："), f.message());
        }
        assertEquals("丁-2023.xls：文件是空的（0 字节），不是有效的 Excel 工作簿", results.get(3).findings().get(0).message());
        assertEquals("随州市曾都区医疗保障信息中心", results.get(0).unit());
        assertEquals(List.of(Severity.INFO), severitiesOf(results.get(0), "X05-06-01"));
        assertEquals(List.of(Severity.ERROR), severitiesOf(results.get(4), "X05-06-01"), "the changed amount breaks 05 = 06");
    }

    @Test
    void sameBytesWhateverTheThreadCount() throws Exception {
        for (int i = 0; i < 6; i++) {
            if (i % 2 == 0) {
                Files.createDirectories(dir.resolve("s" + i));
                Files.copy(Fixtures.EXAMPLE, dir.resolve("s" + i + "/单位" + i + "-2023.xlsx"));
            } else {
                Fixtures.withBasicSpending(dir.resolve("s" + i + "/单位" + i + "-2023.xlsx"), 90 + i);
            }
        }
        Fixtures.notAWorkbook(dir.resolve("s9/坏-2023.xlsx"));
        List<SubmissionFiles> submissions = SubmissionLocator.locate(List.of(dir));
        RunRecord run = RunRecords.of(Fixtures.RULES, submissions, OffsetDateTime.parse("2026-07-01T09:30:00+08:00"));

        ReportData one = new ReportData(run, List.of(),
                new BatchScreener(Fixtures.screener(), 1).screen(submissions, Parallel.Progress.NONE));
        ReportData four = new ReportData(run, List.of(),
                new BatchScreener(Fixtures.screener(), 4).screen(submissions, Parallel.Progress.NONE));

        assertArrayEquals(json(one), json(four));
        assertArrayEquals(csv(one), csv(four));
        assertEquals(7, one.results().size());
    }

    @Test
    void progressIsToldOncePerSubmission() throws Exception {
        for (int i = 0; i < 3; i++) {
            Files.copy(Fixtures.EXAMPLE, dir.resolve("单位" + i + ".xlsx"));
        }
        ConcurrentLinkedQueue<Integer> told = new ConcurrentLinkedQueue<>();
        new BatchScreener(Fixtures.screener(), 2).screen(SubmissionLocator.locate(List.of(dir)), (done, total) -> {
            assertEquals(3, total);
            told.add(done);
        });
        assertEquals(List.of(1, 2, 3), told.stream().sorted().toList());
    }

    static List<Severity> severitiesOf(ScreeningResult r, String rule) {
        return r.findings().stream().filter(f -> f.rule().equals(rule)).map(Finding::severity).toList();
    }

    private static byte[] json(ReportData data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReport().write(data, out);
        return out.toByteArray();
    }

    private static byte[] csv(ReportData data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvReport().write(data, out);
        return out.toByteArray();
    }
}
