package cn.jsaudit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.fixtures.PdfRenderings;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import cn.jsaudit.model.Positions;
import cn.jsaudit.pipeline.Screener;
import cn.jsaudit.model.ScreeningResult;
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
 * (every typesetting of {@link PdfRenderings.Style}) gives the findings of its workbook and narrative — rule, severity, table and values — however
 * their places are named (a PDF has pages and printed rows, not cells).
 */
class PdfExamplesTest {

    private static final Path KNOWN_FILE = Path.of("src/test/resources/pdf/known-differences.tsv");
    private static List<String[]> knownDifferences;
    private static List<SubmissionFiles> examples;
    private static Map<PdfRenderings.Style, List<Path>> pdfs;

    @BeforeAll
    static void render() throws Exception {
        assumeTrue(PdfRenderings.soffice().isPresent(), PdfRenderings.MISSING);
        examples = SubmissionLocator.locate(List.of(Path.of("examples")));
        knownDifferences = Files.readAllLines(KNOWN_FILE).stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t")).toList();
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

    @Test
    void tablesBrokenOverPagesGiveTheWorkbooksFindings() throws IOException {
        assertSameFindings(PdfRenderings.Style.PAGE_BREAKS);
    }

    /**
     * Tables printed without ruling lines are not rebuilt (docs/pdf.md): each such PDF says so in one reading doubt
     * naming the pages, and gives no ERROR or WARNING that its workbook and narrative do not give (the narrative's own).
     */
    @Test
    void tablesWithoutRulingsAreOneReadingDoubtAndNoFalseError() {
        Screener screener = Examples.screener();
        for (int i = 0; i < examples.size(); i++) {
            String name = examples.get(i).name();
            List<String> fromWorkbook = essence(screener.screen(examples.get(i)));
            ScreeningResult r = screener.screen(new SubmissionFiles(pdfs.get(PdfRenderings.Style.UNRULED).get(i), null, List.of()));
            List<Finding> doubts = r.findings().stream().filter(f -> f.message().contains("没有表格线")).toList();
            assertEquals(1, doubts.size(), name);
            assertEquals(Severity.WARNING, doubts.get(0).severity(), name);
            List<String> known = knownDifferences.stream().filter(k -> k[0].equals("UNRULED") && k[1].equals(name))
                    .map(k -> String.join("\t", java.util.Arrays.copyOfRange(k, 2, 7))).toList();
            assertEquals(List.of(), r.findings().stream().filter(f -> f.severity() != Severity.INFO && f != doubts.get(0))
                    .map(PdfExamplesTest::essence).filter(e -> !fromWorkbook.contains(e) && !known.contains(e)).toList(), name);
        }
    }

    @Test
    void theCleanExampleGivesNoErrorOrWarningFromItsPdf() {
        int clean = indexOf(Examples.CLEAN);
        for (PdfRenderings.Style style : List.of(PdfRenderings.Style.LANDSCAPE, PdfRenderings.Style.PORTRAIT_OTHER_FONT,
                PdfRenderings.Style.PAGE_BREAKS)) {
            ScreeningResult r = Examples.screener().screen(new SubmissionFiles(pdfs.get(style).get(clean), null, List.of()));
            assertEquals(List.of(), r.findings().stream().filter(f -> f.severity() != Severity.INFO).toList(), style.name());
            assertEquals("示范县农业技术推广中心", r.unit(), style.name());
        }
    }

    @Test
    void placesArePagesAndPrintedRowsAndColumns() {
        Path pdf = pdfs.get(PdfRenderings.Style.LANDSCAPE).get(indexOf(Examples.MEETINGS));
        ScreeningResult r = Examples.screener().screen(new SubmissionFiles(pdf, null, List.of()));
        Finding t06 = r.findings().stream().filter(f -> f.rule().equals("T06-01")).findFirst().orElseThrow();
        Location first = t06.primaryLocation();
        assertEquals(new Location(pdf.getFileName().toString(), "一般公共预算财政拨款基本支出决算明细表", "第 1 行（301） 决算数", 8),
                first);
        assertEquals("第 8 页 一般公共预算财政拨款基本支出决算明细表 第 1 行（301） 决算数", Positions.of(first));
    }

    private static int indexOf(Path workbook) {
        for (int i = 0; i < examples.size(); i++) {
            if (examples.get(i).workbook().equals(workbook)) {
                return i;
            }
        }
        throw new AssertionError("not an example: " + workbook);
    }

    private static void assertSameFindings(PdfRenderings.Style style) throws IOException {
        Screener screener = Examples.screener();
        List<String[]> known = knownDifferences.stream().filter(k -> k[0].equals("*") || k[0].equals(style.name())).toList();
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            SubmissionFiles s = examples.get(i);
            ScreeningResult workbook = screener.screen(s);
            ScreeningResult pdf = screener.screen(new SubmissionFiles(pdfs.get(style).get(i), null, List.of()));
            List<String> fromWorkbook = new ArrayList<>(essence(workbook));
            List<String> fromPdf = new ArrayList<>(essence(pdf));
            for (String[] k : known) {
                if (!k[1].equals(s.name())) {
                    continue;
                }
                String finding = String.join("\t", java.util.Arrays.copyOfRange(k, 2, 7));
                if (k[2].equals("*")) {
                    fromWorkbook.clear();
                    fromPdf.clear();
                } else if (!(k[7].equals("-") ? fromWorkbook : fromPdf).remove(finding)) {
                    stale.add(String.join("\t", k));
                }
            }
            // the parts read: a PDF's cover and table titles are no 情况说明 where the workbook has none
            expected.add("== " + s.name() + " " + workbook.notProvided());
            expected.addAll(fromWorkbook);
            actual.add("== " + s.name() + " " + pdf.notProvided());
            actual.addAll(fromPdf);
        }
        // kept beside the renderings, to compare with a diff tool when they differ
        Path dir = Path.of("target/pdf-renderings");
        Files.write(dir.resolve(style + "-workbooks.txt"), expected);
        Files.write(dir.resolve(style + "-pdfs.txt"), actual);
        assertEquals(String.join("\n", expected), String.join("\n", actual));
        assertEquals(List.of(), stale, "known differences that no longer occur: remove them from " + KNOWN_FILE);
    }

    /** What a finding says apart from where: rule, severity, table and the values compared, sorted. */
    static List<String> essence(ScreeningResult r) {
        return r.findings().stream().map(PdfExamplesTest::essence).sorted().toList();
    }

    /** Values as numbers: 15 printed in the PDF is the workbook's 15.00. */
    static String essence(Finding f) {
        return f.rule() + "\t" + f.severity() + "\t" + f.table() + "\t" + number(f.expected()) + "\t" + number(f.actual());
    }

    private static String number(java.math.BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }
}
