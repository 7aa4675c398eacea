package cn.jsaudit.pipeline;

import cn.jsaudit.model.ReviewSheet;
import cn.jsaudit.model.RunRecord;
import cn.jsaudit.model.Positions;
import cn.jsaudit.model.ScreeningResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.FindingStatus;
import cn.jsaudit.model.Severity;
import cn.jsaudit.report.WorkbookAnnotator;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round trip of issue 6: annotate, the unit types its reply into 审核结果's 单位说明 column and sends the workbook
 * back, and screening it reports those findings as explained (an ERROR stays an error, with the reply shown).
 */
class ReturnedWorkbookTest {

    private static final int REPLY = ReviewSheet.COLUMNS.indexOf(ReviewSheet.REPLY);
    private static final int RULE = ReviewSheet.COLUMNS.indexOf(ReviewSheet.RULE);

    private static final RunRecord RUN = new RunRecord("0.1.0", "2026-07-01T09:30:00+08:00", "ab".repeat(32), List.of());

    @TempDir
    Path tmp;

    @Test
    void explanationsTypedIntoTheReviewSheetComeBack() throws Exception {
        Path submitted = Fixtures.withBasicSpending(tmp.resolve("in/甲单位-2023.xlsx"), 99.99);
        ScreeningResult first = Fixtures.screener().screen(new SubmissionFiles(submitted, null, List.of()));
        Path annotated = new WorkbookAnnotator(RUN).annotate(submitted, first, tmp.resolve("out"));

        ScreeningResult unchanged = Fixtures.screener().screen(new SubmissionFiles(annotated, null, List.of()));
        assertEquals(keys(first), keys(unchanged), "the 审核结果 sheet is not read as a table of the submission");

        Path returned = tmp.resolve("back/甲单位-2023-审核.xlsx");
        fill(annotated, returned, "X05-06-01", "系统导出时基本支出取数有误", "T06-01", "尾数误差，不影响合计");

        ScreeningResult second = Fixtures.screener().screen(new SubmissionFiles(returned, null, List.of()));
        assertEquals(keys(first), keys(second), "explained findings are kept, not dropped");
        for (Finding f : second.findings()) {
            switch (f.rule()) {
                case "X05-06-01" -> {
                    assertEquals(Severity.ERROR, f.severity());
                    assertEquals(FindingStatus.OPEN, f.status());
                    assertEquals("系统导出时基本支出取数有误", f.explanation());
                }
                case "T06-01" -> {
                    assertEquals(FindingStatus.EXPLAINED, f.status());
                    assertEquals("尾数误差，不影响合计", f.explanation());
                }
                default -> assertNull(f.explanation(), f.rule());
            }
        }
        assertEquals(1, second.countExplained());
    }

    @Test
    void anAnnotatedCopyOfEveryExampleScreensAsTheOriginal() throws Exception {
        // forms, narrative sheet and tables alike must not read the 审核结果 sheet, whose texts name tables and forms
        for (SubmissionFiles original : SubmissionLocator.locate(List.of(Path.of("examples")))) {
            ScreeningResult first = Fixtures.screener().screen(original);
            Path annotated = new WorkbookAnnotator(RUN).annotate(original.workbook(), first, tmp.resolve("all"));
            ScreeningResult again = Fixtures.screener().screen(
                    new SubmissionFiles(annotated, original.narrative(), original.performanceWorkbooks()));
            assertEquals(keys(first), keys(again), original.name());
        }
    }

    private static List<String> keys(ScreeningResult r) {
        return r.findings().stream().map(f -> f.rule() + " " + f.severity() + " " + Positions.of(f)).toList();
    }

    /** What the unit does in Excel: types a reply beside findings of the given rules, then saves under a new name. */
    private static void fill(Path annotated, Path returned, String... ruleAndText) throws Exception {
        try (InputStream in = Files.newInputStream(annotated); Workbook wb = WorkbookFactory.create(in)) {
            Sheet review = wb.getSheet("审核结果");
            for (Row row : review) {
                for (int i = 0; i < ruleAndText.length; i += 2) {
                    Cell rule = row.getCell(RULE);
                    if (row.getRowNum() > 0 && rule != null && rule.getStringCellValue().equals(ruleAndText[i])) {
                        row.createCell(REPLY).setCellValue(ruleAndText[i + 1]);
                    }
                }
            }
            Files.createDirectories(returned.getParent());
            try (OutputStream out = Files.newOutputStream(returned)) {
                wb.write(out);
            }
        }
    }
}
