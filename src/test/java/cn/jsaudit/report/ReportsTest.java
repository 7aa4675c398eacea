package cn.jsaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports written as the run goes: on disk submission by submission, and whole even when the run fails. */
class ReportsTest {

    @TempDir
    Path dir;

    private List<Reports.Destination> everyFormat() {
        return Arrays.stream(ReportFormat.values())
                .map(f -> new Reports.Destination(dir.resolve("r." + f.name().toLowerCase()), f)).toList();
    }

    @Test
    void eachSubmissionIsOnDiskBeforeTheNextOneIsScreened() throws Exception {
        Path json = dir.resolve("r.json");
        Path csv = dir.resolve("r.csv");
        try (Reports reports = Reports.open(List.of(new Reports.Destination(json, ReportFormat.JSON),
                new Reports.Destination(csv, ReportFormat.CSV)), System.out, Scenarios.RUN, Scenarios.RULES)) {
            reports.add(Scenarios.submissionA());

            assertTrue(Files.readString(json).contains("\"file\" : \"甲单位-2023.xlsx\""));
            assertEquals(5, Files.readString(csv).split("\r\n").length, "header and the four findings of 甲单位");

            reports.add(Scenarios.submissionB());
            reports.finish();
        }
        assertEquals(Files.readString(json), render(ReportFormat.JSON), "the same bytes as a report written at once");
        assertEquals(Files.readString(csv), render(ReportFormat.CSV));
    }

    @Test
    void aRunThatFailsLeavesWholeReportsOfWhatWasScreenedMarkedIncomplete() throws Exception {
        try (Reports reports = Reports.open(everyFormat(), System.out, Scenarios.RUN, Scenarios.RULES)) {
            reports.add(Scenarios.submissionA());
            reports.abort("运行被中断");
            reports.add(Scenarios.submissionB()); // after the end: dropped
        }

        JsonNode json = new ObjectMapper().readTree(dir.resolve("r.json").toFile());
        assertEquals(1, json.get("submissions").size());
        assertEquals("运行被中断", json.get("incomplete").asText());

        String csv = Files.readString(dir.resolve("r.csv"));
        assertTrue(csv.endsWith("运行记录,审核未完成,运行被中断\r\n"), csv);
        assertFalse(csv.contains("坏文件.xlsx："));

        String text = Files.readString(dir.resolve("r.text"));
        assertTrue(text.contains("审核未完成：运行被中断。以上是此前已审核的 1 份。"), text);
        assertTrue(text.contains("共审核 1 份，错误 1，警告 2，提示 1"));

        String html = Files.readString(dir.resolve("r.html"));
        assertTrue(html.contains("<p class=\"bad\" id=\"incomplete\">审核未完成：运行被中断。本报告只含此前已审核的 1 份。</p>"));
        assertTrue(html.contains("<h2>汇总（1 份）</h2>") && html.endsWith("</html>\n"));

        try (XSSFWorkbook wb = new XSSFWorkbook(dir.resolve("r.xlsx").toFile())) {
            assertEquals(4, wb.getSheet("审核发现").getLastRowNum(), "the four findings of 甲单位");
            Sheet run = wb.getSheet("运行记录");
            assertEquals(List.of("审核未完成", "运行被中断"), XlsxReportTest.texts(run.getRow(run.getLastRowNum())));
        }
    }

    @Test
    void closingWithoutFinishingMarksTheReportsIncomplete() throws Exception {
        Path json = dir.resolve("r.json");
        try (Reports reports = Reports.open(List.of(new Reports.Destination(json, ReportFormat.JSON)), System.out,
                Scenarios.RUN, Scenarios.RULES)) {
            reports.add(Scenarios.submissionA());
        }
        assertEquals("运行出错，未能审核全部提交", new ObjectMapper().readTree(json.toFile()).get("incomplete").asText());
    }

    @Test
    void theTerminalIsFlushedAndLeftOpen() throws Exception {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the terminal must stay open");
            }
        };
        try (Reports reports = Reports.open(List.of(new Reports.Destination(null, ReportFormat.TEXT)), terminal,
                Scenarios.RUN, Scenarios.RULES)) {
            reports.add(Scenarios.submissionA());
            assertTrue(terminal.toString(StandardCharsets.UTF_8).startsWith("━━ 甲单位（本级）（2023 年度）"));
            reports.add(Scenarios.submissionB());
            reports.finish();
        }
        assertEquals(render(ReportFormat.TEXT), terminal.toString(StandardCharsets.UTF_8));
    }

    private static String render(ReportFormat f) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.report().write(Scenarios.data(), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
