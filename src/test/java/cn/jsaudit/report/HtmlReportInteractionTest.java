package cn.jsaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import cn.jsaudit.pipeline.ScreeningResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report used as a reviewer uses it, in headless Chromium at 1,400 × 1,000 px: it fits the width, a
 * finding on 500 cells takes one line until asked for its cells, headings sort, the search box and the filters
 * narrow the list together, and the page loads nothing from anywhere.
 */
class HtmlReportInteractionTest {

    @TempDir
    static Path tmp;
    private static WebDriver browser;
    private static String url;

    /** The canonical scenario plus a finding on 500 cells with long texts, and a unit whose name has no break. */
    static ReportData data() {
        List<Location> cells = new ArrayList<>();
        for (int r = 1; r <= 500; r++) {
            cells.add(new Location("丁单位-2023.xlsx", "收支总表", "C" + (r + 6)));
        }
        Finding wide = new Finding("S-03", "不应为负的金额", Severity.WARNING, "金额为负：" + "本年支出中出现负数，".repeat(8), "01", cells,
                null, new BigDecimal("-12.50"), null, null);
        Finding longQuote = new Finding("N-金额不符", "情况说明金额与表不符", Severity.ERROR, "情况说明金额与报表不符", null,
                List.of(new Location("丁单位-2023.docx", null, "第3段")), new BigDecimal("110.26"), new BigDecimal("110.62"),
                new BigDecimal("0.36"), "本年收入合计 110.62 万元，" + "其中财政拨款收入占比较上年有所提高，".repeat(6));
        ScreeningResult d = new ScreeningResult("丁单位（" + "很长的单位名称没有任何可以换行的空格".repeat(4) + "）-2023.xlsx",
                "丁单位" + "医疗保障信息中心".repeat(6), 2023, "national", List.of(longQuote, wide));
        List<ScreeningResult> results = new ArrayList<>(Scenarios.data().results());
        results.add(d);
        return new ReportData(Scenarios.RUN, Scenarios.RULES, results);
    }

    @BeforeAll
    static void open() throws Exception {
        Optional<WebDriver> found = WebDriver.start(tmp.resolve("profile"), 1400, 1000);
        assumeTrue(found.isPresent(), "chromium or chromedriver is not installed (.ci/install-chromium installs them)");
        browser = found.get();
        Path page = tmp.resolve("report.html");
        try (OutputStream o = Files.newOutputStream(page)) {
            new HtmlReport().write(data(), o);
        }
        Files.createDirectories(HtmlReportBrowserTest.DIR);
        Files.copy(page, HtmlReportBrowserTest.DIR.resolve("report-long.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        url = page.toUri().toString();
    }

    @AfterAll
    static void close() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void fresh() throws Exception {
        browser.open(url);
    }

    /** 序号 of the rows shown, top to bottom. */
    private static List<Integer> shown() throws Exception {
        JsonNode v = browser.script("return [].slice.call(document.querySelectorAll('#findings tbody tr'))"
                + ".filter(function(r){return !r.hidden;}).map(function(r){return +r.cells[0].textContent;});");
        List<Integer> out = new ArrayList<>();
        v.forEach(n -> out.add(n.asInt()));
        return out;
    }

    private static String text(String js) throws Exception {
        return browser.script("return " + js + ";").asText();
    }

    @Test
    void theWholePageFitsA1400PixelScreen() throws Exception {
        assertEquals(1400, browser.script("return window.innerWidth;").asInt());
        int scroll = browser.script("return document.documentElement.scrollWidth;").asInt();
        assertTrue(scroll <= 1400, "the page is " + scroll + " px wide");
        JsonNode overflowing = browser.script("return [].slice.call(document.querySelectorAll('td,th'))"
                + ".filter(function(c){return c.scrollWidth>c.clientWidth+1;}).map(function(c){return c.textContent.slice(0,30);});");
        assertEquals(0, overflowing.size(), "cells whose text runs out of them: " + overflowing);
    }

    @Test
    void aFindingOnManyCellsShowsThemCollapsedUntilAskedFor() throws Exception {
        String cell = "document.querySelector('#findings tr[data-rule=\"S-03\"] details')";
        assertEquals("收支总表 + 500 格", text(cell + ".querySelector('summary').textContent"));
        double collapsed = browser.script("return " + cell + ".getBoundingClientRect().height;").asDouble();
        assertTrue(collapsed < 60, "the cell list is " + collapsed + " px tall");
        browser.click("#findings tr[data-rule='S-03'] summary");
        double open = browser.script("return " + cell + ".getBoundingClientRect().height;").asDouble();
        assertTrue(open > 500, collapsed + " → " + open);
        assertTrue(text(cell + ".textContent").contains("收支总表!C7，收支总表!C8，"));
        assertTrue(text(cell + ".textContent").endsWith("收支总表!C506"));
    }

    @Test
    void aClickOnAHeadingSortsAndASecondReversesIt() throws Exception {
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), shown());
        browser.click("#findings th[data-key='rule']");
        assertEquals(List.of(5, 3, 6, 2, 7, 1, 4), shown(), "INPUT, N-金额不符 ×2 (ties keep their order), P-执行率, S-03, T01-总计平衡, T06-01");
        assertEquals("ascending", text("document.querySelector(\"th[data-key='rule']\").getAttribute('aria-sort')"));
        browser.click("#findings th[data-key='rule']");
        assertEquals(List.of(4, 1, 7, 2, 3, 6, 5), shown());
        assertEquals("#sort=rule%3Adesc", text("location.hash"));
        browser.click("#findings th[data-key='difference']");
        assertEquals(List.of(1, 3, 4, 6, 2, 5, 7), shown(), "-1.00, 0.01, 0.02, 0.36 as numbers, then the findings without a difference");
        browser.click("#findings th[data-key='severity']");
        assertEquals(List.of(1, 5, 6, 2, 3, 7, 4), shown(), "错误, then 警告, then 提示");
    }

    @Test
    void theSearchBoxNarrowsTheListAndCombinesWithTheFilters() throws Exception {
        browser.type("#q", "疫情");
        assertEquals(List.of(2), shown());
        assertEquals("显示 1 / 7 条", text("document.getElementById('count').textContent"));
        assertEquals("#q=%E7%96%AB%E6%83%85", text("location.hash"));
        browser.clear("#q");
        browser.type("#q", "c300");
        assertEquals(List.of(7), shown(), "the search looks into a collapsed cell list too, in any case");
        browser.clear("#q");
        browser.type("#q", "96.27");
        assertEquals(List.of(3), shown());
        browser.select("#f-severity", "ERROR");
        assertEquals(List.of(), shown(), "96.27 is in a warning");
        browser.clear("#q");
        assertEquals(List.of(1, 5, 6), shown());
        browser.select("#f-unit", "（单位未识别）");
        assertEquals(List.of(5), shown());
    }

    @Test
    void aViewInTheAddressOpensAsItWasLeft() throws Exception {
        browser.open(url + "#severity=WARNING&q=" + java.net.URLEncoder.encode("单位", java.nio.charset.StandardCharsets.UTF_8)
                + "&sort=n:desc");
        assertEquals(List.of(7, 3, 2), shown());
        assertEquals("单位", text("document.getElementById('q').value"));
    }

    @Test
    void nothingIsLoadedFromAnywhere() throws Exception {
        assertEquals(0, browser.script("return performance.getEntriesByType('resource').length;").asInt());
        assertEquals(0, browser.script("return document.querySelectorAll('[src],link[href],img').length;").asInt());
    }
}
