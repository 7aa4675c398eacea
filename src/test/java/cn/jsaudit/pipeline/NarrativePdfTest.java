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

    /** The signed PDF of a narrative also given as text is named once, not read a second time. */
    @Test
    void aPdfCopyOfTheTextNarrativeIsNamedNotRead() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("白河"));
        Files.copy(FOLDER.resolve(BASE + ".xlsx"), dir.resolve(BASE + ".xlsx"));
        Files.copy(FOLDER.resolve(BASE + ".txt"), dir.resolve(BASE + ".txt"));
        Files.writeString(dir.resolve(BASE + "情况说明.pdf"), "not read: a damaged PDF would otherwise be an ERROR");

        List<SubmissionFiles> located = SubmissionLocator.locate(List.of(dir));
        assertEquals(1, located.size(), "the PDF is a copy of the narrative, not a disclosure of its own");
        List<Finding> findings = Examples.screener().screen(located.get(0)).findings();
        List<Finding> fromText = Examples.screener().screen(SubmissionLocator.locate(List.of(FOLDER)).get(0)).findings();

        List<Finding> copies = findings.stream().filter(f -> !fromText.contains(f)).toList();
        assertEquals(1, copies.size(), copies.toString());
        assertEquals("INPUT", copies.get(0).rule());
        assertEquals(Severity.INFO, copies.get(0).severity());
        assertEquals(BASE + "情况说明.pdf", copies.get(0).locations().get(0).file());
        assertEquals(BASE + "情况说明.pdf：是情况说明的另一份（PDF），已按「" + BASE + ".txt」审核，此 PDF 未另行读取，两份内容是否一致未核对",
                copies.get(0).message());
        assertEquals(fromText.size() + 1, findings.size());
    }

    /** A disclosure published as two PDFs, the tables and the 情况说明 apart, gives the findings of the workbook and its text. */
    @Test
    void tablesAndNarrativePublishedAsTwoPdfsGiveTheFindingsOfTheWorkbookAndText() throws Exception {
        assumeTrue(PdfRenderings.soffice().isPresent(), PdfRenderings.MISSING);
        Path tables = PdfRenderings.render(List.of(new PdfRenderings.Source(FOLDER.resolve(BASE + ".xlsx"), null)),
                PdfRenderings.Style.LANDSCAPE).get(0);
        Path dir = Files.createDirectories(tmp.resolve("白河"));
        Files.copy(tables, dir.resolve("附件1 " + BASE + "部门决算公开表.pdf"));
        Files.copy(FOLDER.resolve(BASE + ".txt"), tmp.resolve("附件2 情况说明.txt"));
        Files.copy(PdfRenderings.printed(tmp.resolve("附件2 情况说明.txt"), tmp.resolve("printed")), dir.resolve("附件2 情况说明.pdf"));

        List<SubmissionFiles> located = SubmissionLocator.locate(List.of(dir));
        assertEquals(1, located.size(), "the narrative PDF belongs to the tables' PDF");
        ScreeningResult fromPdfs = Examples.screener().screen(located.get(0));
        ScreeningResult fromFiles = Examples.screener().screen(SubmissionLocator.locate(List.of(FOLDER)).get(0));

        assertEquals(figures(fromFiles), figures(fromPdfs));
        assertEquals("附件2 情况说明.pdf", fromPdfs.findings().stream().filter(f -> f.rule().equals("N-占比不符")).findFirst()
                .orElseThrow().locations().get(0).file());
    }

    private static List<String> figures(ScreeningResult r) {
        return r.findings().stream()
                .map(f -> f.rule() + " " + f.severity() + " " + f.table() + " " + number(f.expected()) + " " + number(f.actual()))
                .sorted().toList();
    }

    /** A value as printed may lose its trailing zeros (2.00 → 2): compared as numbers. */
    private static String number(java.math.BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }
}
