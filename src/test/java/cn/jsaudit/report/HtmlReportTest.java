package cn.jsaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Severity;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static String render() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReport().write(Scenarios.data(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void selfContainedWithoutExternalAssets() throws Exception {
        String html = render();
        assertFalse(html.contains("http:") || html.contains("https:") || html.contains(" src=") || html.contains("<link"),
                "no external script, style sheet, font or image");
        assertTrue(html.contains("<style>") && html.contains("<script>"));
    }

    @Test
    void summaryRowPerSubmissionAndRunRecord() throws Exception {
        String html = render();
        assertTrue(html.contains("<tr><td class=\"num\">1</td><td>甲单位（本级）</td><td>2023</td><td>甲单位-2023.xlsx</td>"
                + "<td class=\"num bad\">1</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">1</td>"
                + "<td>N-金额不符×1，P-执行率×1，T01-总计平衡×1</td></tr>"), html);
        assertTrue(html.contains("jsaudit 0.1.0 · 运行时间 2026-07-01T09:30:00+08:00 · 规则 SHA-256 <code>" + "ab".repeat(32)));
        assertTrue(html.contains("<li>in/坏文件.xlsx <code>" + "ef".repeat(32) + "</code></li>"));
    }

    @Test
    void filterOptionsNameEveryUnitAndRuleThatOccurs() throws Exception {
        String html = render();
        assertTrue(html.contains("<select id=\"f-unit\"><option value=\"\">全部</option><option value=\"甲单位（本级）\">甲单位（本级）"
                + "</option><option value=\"（单位未识别）\">（单位未识别）</option></select>"));
        assertTrue(html.contains("<option value=\"T06-01\">T06-01</option>"));
    }

    @Test
    void findingRowCarriesItsFilterKeys() throws Exception {
        assertTrue(render().contains("<tr class=\"WARNING explained\" data-severity=\"WARNING\" data-status=\"explained\" "
                + "data-unit=\"甲单位（本级）\" data-rule=\"P-执行率\">"));
    }

    @Test
    void quotedSentenceIsHighlightedWithTheAmountPickedOut() {
        assertEquals("<mark class=\"quote\">2023 年度基本支出 <strong>96.27</strong> 万元，占本年支出 87.3%。</mark>",
                HtmlReport.quote(Scenarios.NARRATIVE));
        Finding partOfALongerNumber = new Finding("N", "t", Severity.INFO, "m", null, List.of(), null,
                new BigDecimal("6.27"), null, "基本支出 96.27 万元");
        assertEquals("<mark class=\"quote\">基本支出 96.27 万元</mark>", HtmlReport.quote(partOfALongerNumber));
        Finding textIsTheExpectedSide = new Finding("P", "t", Severity.WARNING, "m", null, List.of(),
                new BigDecimal("168.48"), new BigDecimal("85.28"), null, "项目支出 168.48万元，其中 68.48 万元");
        assertEquals("<mark class=\"quote\">项目支出 <strong>168.48</strong>万元，其中 68.48 万元</mark>",
                HtmlReport.quote(textIsTheExpectedSide));
        Finding laterOccurrence = new Finding("N", "t", Severity.INFO, "m", null, List.of(), null,
                new BigDecimal("6.27"), null, "共 96.27 万元，其中 6.27 万元");
        assertEquals("<mark class=\"quote\">共 96.27 万元，其中 <strong>6.27</strong> 万元</mark>",
                HtmlReport.quote(laterOccurrence));
        assertEquals("", HtmlReport.quote(Scenarios.ERROR));
    }

    @Test
    void textIsEscaped() {
        assertEquals("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;", HtmlReport.esc("<b> & \"x\" 'y'"));
    }

    @Test
    void aPlaceInAPdfLinksToItsPage() {
        var run = new cn.jsaudit.model.RunRecord("0.1.0", "2026-07-01T09:30:00+08:00", "ab".repeat(32),
                List.of(new cn.jsaudit.model.RunRecord.InputFile("in/甲单位.pdf", "cd".repeat(32))));
        var pdfs = HtmlReport.pdfLinks(run);
        String uri = java.nio.file.Path.of("in/甲单位.pdf").toAbsolutePath().toUri().toASCIIString();
        assertEquals(java.util.Map.of("甲单位.pdf", uri), pdfs);
        Finding onPage = new Finding("T06-01", "t", Severity.INFO, "m", "公开06表",
                List.of(new cn.jsaudit.model.Location("甲单位.pdf", "基本支出决算明细表", "第 1 行（301） 决算数", 7),
                        new cn.jsaudit.model.Location("乙单位.xlsx", "公开06表", "C7")),
                null, null, null, null, null);
        assertEquals("<a href=\"" + uri + "#page=7\">第 7 页 基本支出决算明细表 第 1 行（301） 决算数</a>，公开06表!C7",
                HtmlReport.locations(onPage, pdfs));
    }
}
