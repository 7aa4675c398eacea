package cn.jsaudit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.fixtures.PdfRenderings;
import cn.jsaudit.generate.Generator;
import cn.jsaudit.model.Severity;
import cn.jsaudit.pipeline.Screener;
import cn.jsaudit.pipeline.SubmissionFiles;
import cn.jsaudit.pipeline.SubmissionLocator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generated submissions, half of them with injected anomalies, printed to PDF disclosures (cover and 目录, tables,
 * narrative) give from their PDFs the findings of their workbooks and narratives, in each typesetting whose tables are
 * read (landscape, portrait in another font, tables broken over pages). The set is small enough for every build;
 * {@code -Djsaudit.pdfGenerated=100} screens a hundred, {@code -Djsaudit.pdfStyles=LANDSCAPE} one typesetting only
 * (docs/pdf.md gives the figures measured).
 */
class PdfGeneratedTest {

    private static final int COUNT = Integer.getInteger("jsaudit.pdfGenerated", 12);
    /** The typesettings printed (PdfRenderings.Style names, comma-separated); UNRULED is not one a table is read from. */
    private static final List<PdfRenderings.Style> STYLES = java.util.Arrays.stream(
            System.getProperty("jsaudit.pdfStyles", "LANDSCAPE,PORTRAIT_OTHER_FONT,PAGE_BREAKS").split(","))
            .map(String::strip).map(PdfRenderings.Style::valueOf).toList();

    @Test
    void generatedSubmissionsGiveTheirWorkbooksFindingsFromTheirPdfs() throws Exception {
        assumeTrue(PdfRenderings.soffice().isPresent(), PdfRenderings.MISSING);
        // generated into target/ (not a temporary folder): the same seed gives the same files, whose renderings stay cached
        Path dir = Path.of("target/pdf-generated/" + COUNT);
        if (!Files.isDirectory(dir)) {
            Generator.generate(COUNT, 20261205, 0.5, dir, 2);
        }
        List<SubmissionFiles> submissions = SubmissionLocator.locate(List.of(dir));
        assertEquals(COUNT, submissions.size());
        Screener screener = Examples.screener();
        List<List<String>> fromWorkbooks = new ArrayList<>();
        int withErrors = 0;
        for (SubmissionFiles s : submissions) {
            var fromWorkbook = screener.screen(s);
            fromWorkbooks.add(PdfExamplesTest.essence(fromWorkbook));
            withErrors += fromWorkbook.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR) ? 1 : 0;
        }
        assertEquals(true, withErrors > 0, "the set has submissions with anomalies");
        for (PdfRenderings.Style style : STYLES) {
            List<Path> pdfs = PdfRenderings.render(submissions.stream()
                    .map(s -> new PdfRenderings.Source(s.workbook(), s.narrative(), s.performanceWorkbooks())).toList(), style);
            List<String> expected = new ArrayList<>();
            List<String> actual = new ArrayList<>();
            int matching = 0;
            for (int i = 0; i < submissions.size(); i++) {
                SubmissionFiles s = submissions.get(i);
                List<String> pdf = PdfExamplesTest.essence(screener.screen(new SubmissionFiles(pdfs.get(i), null, List.of())));
                expected.add("== " + s.name());
                expected.addAll(fromWorkbooks.get(i));
                actual.add("== " + s.name());
                actual.addAll(pdf);
                matching += fromWorkbooks.get(i).equals(pdf) ? 1 : 0;
            }
            if (style == STYLES.get(0)) {
                pairedForTheBenchmark(submissions, pdfs, Path.of(dir + "-pdf"));
            }
            Files.write(dir.resolve(style + "-workbooks.txt"), expected);
            Files.write(dir.resolve(style + "-pdfs.txt"), actual);
            System.out.printf("PDF generated set, %s: %d of %d submissions give their workbooks' findings (%d with errors)%n",
                    style, matching, COUNT, withErrors);
            assertEquals(String.join("\n", expected), String.join("\n", actual), style.name());
        }
    }

    /** Each submission's files beside its PDF (名称.pdf), the folder {@code bench --pdf} compares. */
    private static void pairedForTheBenchmark(List<SubmissionFiles> submissions, List<Path> pdfs, Path folder) throws Exception {
        Files.createDirectories(folder);
        for (int i = 0; i < submissions.size(); i++) {
            SubmissionFiles s = submissions.get(i);
            List<Path> files = new ArrayList<>(s.performanceWorkbooks());
            files.add(s.workbook());
            if (s.narrative() != null) {
                files.add(s.narrative());
            }
            for (Path f : files) {
                Files.copy(f, folder.resolve(f.getFileName().toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Files.copy(pdfs.get(i), folder.resolve(s.name().replaceFirst("\\.xlsx$", ".pdf")),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
