package cn.jsaudit.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in headless Chromium: the filters the URL hash names are applied by the page's own
 * script, and a screenshot is kept under target/html-report/ for a person to look at.
 */
class HtmlReportBrowserTest {

    static final Path DIR = Path.of("target/html-report");
    private static final Pattern ROW = Pattern.compile("<tr class=\"[^\"]*\" data-severity[^>]*>.*?</tr>", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("<td class=\"num\">(\\d+)</td>");

    @TempDir
    static Path profileRoot;
    private static Chromium chromium;
    private static String url;

    @BeforeAll
    static void render() throws Exception {
        Optional<Chromium> found = Chromium.find(profileRoot.resolve("profile"));
        assumeTrue(found.isPresent(), "chromium is not installed (.ci/install-chromium installs it)");
        chromium = found.get();
        Files.createDirectories(DIR);
        Path page = DIR.resolve("report.html");
        try (OutputStream o = Files.newOutputStream(page)) {
            new HtmlReport().write(Scenarios.data(), o);
        }
        url = page.toAbsolutePath().toUri().toString();
    }

    @Test
    void withoutAFilterEveryFindingShows() throws Exception {
        String dom = chromium.dumpDom(url);
        assertEquals(List.of(1, 2, 3, 4, 5), visibleRows(dom));
        assertEquals("显示 5 / 5 条", count(dom));
    }

    @Test
    void severityFilter() throws Exception {
        String dom = chromium.dumpDom(url + "#severity=WARNING");
        assertEquals(List.of(2, 3), visibleRows(dom));
        assertEquals("显示 2 / 5 条", count(dom));
        assertEquals("severity=WARNING", filter(dom));
    }

    @Test
    void severityAndStatusTogether() throws Exception {
        String dom = chromium.dumpDom(url + "#severity=WARNING&status=open");
        assertEquals(List.of(3), visibleRows(dom));
        assertEquals("severity=WARNING&status=open", filter(dom));
    }

    @Test
    void unitFilter() throws Exception {
        String dom = chromium.dumpDom(url + "#unit=" + URLEncoder.encode("（单位未识别）", StandardCharsets.UTF_8));
        assertEquals(List.of(5), visibleRows(dom));
        assertEquals(List.of(1, 2, 3, 4),
                visibleRows(chromium.dumpDom(url + "#unit=" + URLEncoder.encode("甲单位（本级）", StandardCharsets.UTF_8))));
    }

    @Test
    void ruleFilter() throws Exception {
        assertEquals(List.of(4), visibleRows(chromium.dumpDom(url + "#rule=T06-01")));
    }

    @Test
    void anUnknownFilterValueShowsEverythingRatherThanNothing() throws Exception {
        String dom = chromium.dumpDom(url + "#rule=NO-SUCH-RULE");
        assertEquals(5, visibleRows(dom).size());
        assertEquals("", filter(dom));
    }

    @Test
    void screenshotIsKept() throws Exception {
        Path png = DIR.resolve("report-warnings.png");
        Files.deleteIfExists(png);
        chromium.screenshot(url + "#severity=WARNING", png);
        byte[] head = Arrays.copyOf(Files.readAllBytes(png), 8);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, head);
    }

    /** 序号 of the finding rows the page shows (rows without the hidden attribute). */
    private static List<Integer> visibleRows(String dom) {
        List<Integer> out = new java.util.ArrayList<>();
        Matcher m = ROW.matcher(dom);
        while (m.find()) {
            String tr = m.group();
            String open = tr.substring(0, tr.indexOf('>'));
            if (!open.contains(" hidden")) {
                Matcher n = NUMBER.matcher(tr);
                n.find();
                out.add(Integer.valueOf(n.group(1)));
            }
        }
        return out;
    }

    private static String count(String dom) {
        Matcher m = Pattern.compile("<span class=\"count\" id=\"count\">([^<]*)</span>").matcher(dom);
        return m.find() ? m.group(1) : null;
    }

    /** The filter the page's script applied, as it wrote it on the findings table. */
    private static String filter(String dom) {
        Matcher m = Pattern.compile("<table id=\"findings\" data-filter=\"([^\"]*)\"").matcher(dom);
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }
}
