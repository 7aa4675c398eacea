package cn.jsaudit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.fixtures.PdfRenderings;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.ScreeningResult;
import cn.jsaudit.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A unit that gives its 情况说明 as a PDF (printed and signed, 单位-2023情况说明.pdf beside 单位-2023.xlsx) gets the
 * narrative checks of the same text given as a file: the same findings, placed by page and paragraph.
 */
class NarrativePdfTest {

    private static final Path FOLDER = Path.of("examples/白河县医疗保障局-2023");
    private static final String BASE = "白河县医疗保障局-2023";

    @TempDir
    Path tmp;

    @Test
    void aNarrativePrintedToPdfGivesTheFindingsOfItsText() throws Exception {
        assumeTrue(PdfRenderings.soffice().isPresent(), PdfRenderings.MISSING);
        Path dir = Files.createDirectories(tmp.resolve("白河"));
        Files.copy(FOLDER.resolve(BASE + ".xlsx"), dir.resolve(BASE + ".xlsx"));
        Files.copy(FOLDER.resolve(BASE + ".txt"), tmp.resolve(BASE + "情况说明.txt"));
        Files.copy(PdfRenderings.printed(tmp.resolve(BASE + "情况说明.txt"), tmp.resolve("printed")),
                dir.resolve(BASE + "情况说明.pdf"));

        List<SubmissionFiles> located = SubmissionLocator.locate(List.of(dir));
        assertEquals(1, located.size(), "the PDF is the workbook's narrative, not a disclosure of its own");
        ScreeningResult fromPdf = Examples.screener().screen(located.get(0));
        ScreeningResult fromText = Examples.screener().screen(SubmissionLocator.locate(List.of(FOLDER)).get(0));

        assertTrue(fromText.findings().stream().filter(f -> f.rule().startsWith("N-")).count() >= 10, "the text has its anomalies");
        // the quotes may differ in spacing only: the PDF reader repairs "75. 1" and spaces around punctuation
        assertEquals(figures(fromText), figures(fromPdf));
        Finding narrative = fromPdf.findings().stream().filter(f -> f.rule().equals("N-占比不符")).findFirst().orElseThrow();
        assertEquals(BASE + "情况说明.pdf", narrative.locations().get(0).file());
        assertTrue(narrative.locations().get(0).page() > 0, narrative.locations().toString());
        assertEquals(Severity.ERROR, narrative.severity());
    }

    private static List<String> figures(ScreeningResult r) {
        return r.findings().stream()
                .map(f -> f.rule() + " " + f.severity() + " " + f.table() + " " + f.expected() + " " + f.actual()).sorted().toList();
    }
}
