package cn.jsaudit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.fixtures.PdfRenderings;
import cn.jsaudit.model.Finding;
import cn.jsaudit.pipeline.Screener;
import cn.jsaudit.pipeline.ScreeningResult;
import cn.jsaudit.pipeline.SubmissionFiles;
import cn.jsaudit.pipeline.SubmissionLocator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The metamorphic test of PDF reading: every example submission printed to a PDF disclosure as a unit prints it
 * (two typesettings) gives the findings of its workbook and narrative — rule, severity, table and values — however
 * their places are named (a PDF has pages and printed rows, not cells).
 */
class PdfExamplesTest {

    private static List<SubmissionFiles> examples;
    private static Map<PdfRenderings.Style, List<Path>> pdfs;

    @BeforeAll
    static void render() throws Exception {
        assumeTrue(PdfRenderings.soffice().isPresent(), PdfRenderings.MISSING);
        examples = SubmissionLocator.locate(List.of(Path.of("examples")));
        List<PdfRenderings.Source> sources = examples.stream()
                .map(s -> new PdfRenderings.Source(s.workbook(), s.narrative())).toList();
        pdfs = new TreeMap<>();
        for (PdfRenderings.Style style : PdfRenderings.Style.values()) {
            pdfs.put(style, PdfRenderings.render(sources, style));
        }
    }

    @Test
    void landscapeRenderingsGiveTheWorkbooksFindings() throws IOException {
        assertSameFindings(PdfRenderings.Style.LANDSCAPE);
    }

    @Test
    void portraitRenderingsInAnotherFontGiveTheWorkbooksFindings() throws IOException {
        assertSameFindings(PdfRenderings.Style.PORTRAIT_OTHER_FONT);
    }

    private static void assertSameFindings(PdfRenderings.Style style) throws IOException {
        Screener screener = Examples.screener();
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            SubmissionFiles s = examples.get(i);
            expected.add("== " + s.name());
            expected.addAll(essence(screener.screen(s)));
            actual.add("== " + s.name());
            actual.addAll(essence(screener.screen(new SubmissionFiles(pdfs.get(style).get(i), null, List.of()))));
        }
        // kept beside the renderings, to compare with a diff tool when they differ
        Path dir = Path.of("target/pdf-renderings");
        Files.write(dir.resolve(style + "-workbooks.txt"), expected);
        Files.write(dir.resolve(style + "-pdfs.txt"), actual);
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    /** What a finding says apart from where: rule, severity, table and the values compared, sorted. */
    static List<String> essence(ScreeningResult r) {
        return r.findings().stream().map(PdfExamplesTest::essence).sorted().toList();
    }

    static String essence(Finding f) {
        return f.rule() + "\t" + f.severity() + "\t" + f.table() + "\t" + f.expected() + "\t" + f.actual();
    }
}
