package cn.jsaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import cn.jsaudit.model.ScreeningResult;
import cn.jsaudit.model.ScreenedFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The contract every report format keeps (as PMD's AbstractRendererTest does for its renderers): an empty batch,
 * one finding, many findings and a submission that could not be read are all written, and everything the reviewer
 * needs — each submission's file, each finding's rule, severity, message and cell — is in the output.
 */
class RendererContractTest {

    private static final String FILE = "乙单位-2023.xlsx";

    private static Finding finding(int n) {
        return new Finding(String.format("R-%03d", n), "规则" + n, n % 3 == 0 ? Severity.ERROR : Severity.WARNING,
                "第" + n + "条说明：差额 " + n + ".00", "公开01表", List.of(new Location(FILE, "收支总表", "C" + (n + 5))),
                BigDecimal.valueOf(n), BigDecimal.ZERO, new BigDecimal("0.01"), null);
    }

    private static ReportData batch(List<ScreeningResult> results) {
        return new ReportData(Scenarios.RUN, Scenarios.RULES, results);
    }

    private static String render(ReportFormat format, ReportData data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.report().write(data, out);
        byte[] bytes = out.toByteArray();
        assertTrue(bytes.length > 0, format + " wrote nothing");
        return format == ReportFormat.XLSX ? cells(bytes) : new String(bytes, StandardCharsets.UTF_8);
    }

    /** Every cell of every sheet, as displayed. */
    private static String cells(byte[] xlsx) throws IOException {
        StringBuilder b = new StringBuilder();
        DataFormatter f = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        b.append(f.formatCellValue(c)).append('\t');
                    }
                    b.append('\n');
                }
            }
        }
        return b.toString();
    }

    private static void assertShows(ReportFormat format, String output, Finding f) {
        assertTrue(output.contains(f.rule()), format + " lacks rule " + f.rule());
        assertTrue(output.contains(f.message()), format + " lacks the message of " + f.rule());
        assertTrue(output.contains(f.severity().label()) || output.contains(f.severity().name()),
                format + " lacks the severity of " + f.rule());
        assertTrue(output.contains(f.primaryLocation().cell()), format + " lacks the cell of " + f.rule());
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void anEmptyBatchIsWritten(ReportFormat format) throws IOException {
        String out = render(format, batch(List.of()));
        assertFalse(out.contains("R-0"), format.toString());
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void oneFindingIsShownWithRuleSeverityMessageAndCell(ReportFormat format) throws IOException {
        Finding f = finding(1);
        String out = render(format, batch(List.of(new ScreeningResult(FILE, "乙单位", 2023, "national", List.of(f)))));
        assertTrue(out.contains(FILE), format + " lacks the submission's file");
        assertShows(format, out, f);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void manyFindingsOfManySubmissionsAreAllShown(ReportFormat format) throws IOException {
        List<ScreeningResult> results = new ArrayList<>();
        List<Finding> all = IntStream.rangeClosed(1, 60).mapToObj(RendererContractTest::finding).toList();
        for (int s = 0; s < 3; s++) {
            results.add(new ScreeningResult("单位" + s + "-2023.xlsx", "单位" + s, 2023, "national",
                    all.subList(s * 20, s * 20 + 20)));
        }
        String out = render(format, batch(results));
        results.forEach(r -> assertTrue(out.contains(r.file()), format + " lacks " + r.file()));
        all.forEach(f -> assertShows(format, out, f));
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void anUnreadableSubmissionIsShownWithItsInputFindingBesideTheOthers(ReportFormat format) throws IOException {
        Finding ok = finding(2);
        String out = render(format, batch(List.of(Scenarios.submissionB(),
                new ScreeningResult(FILE, "乙单位", 2023, "national", List.of(ok)))));
        assertTrue(out.contains(Scenarios.FILE_B), format + " lacks the unreadable file");
        assertTrue(out.contains(Scenarios.BROKEN.message()), format + " lacks why it could not be read");
        assertShows(format, out, ok);
        assertTrue(out.contains(FILE), format + " lacks the readable submission");
    }

    /**
     * A submission without narrative or performance forms is no finding, but the checks reading them did not run:
     * every format says so for that unit (JSON as the parts read), and says nothing for a unit that provided all.
     */
    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void thePartsNotProvidedAreSaidForTheirUnit(ReportFormat format) throws IOException {
        ScreeningResult bare = new ScreeningResult(FILE, "乙单位", 2023, "national", List.of(finding(1)),
                new ScreenedFiles(true, false, false));
        ScreeningResult whole = new ScreeningResult("丙单位-2023.xlsx", "丙单位", 2023, "national", List.of(finding(2)),
                new ScreenedFiles(true, true, true));
        String out = render(format, batch(List.of(bare, whole)));
        if (format == ReportFormat.JSON) {
            assertTrue(out.matches("(?s).*\"narrative\"\\s*:\\s*false.*\"narrative\"\\s*:\\s*true.*"), out);
        } else {
            assertTrue(out.contains(bare.notProvided()), format + " lacks " + bare.notProvided());
            assertEquals(1, out.split("未提供：", -1).length - 1, format + " names the missing parts of one unit only");
        }
    }
}
