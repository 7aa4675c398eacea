package cn.jsaudit.report;

import cn.jsaudit.engine.RuleInfo;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Severity;
import cn.jsaudit.pipeline.RunRecord;
import cn.jsaudit.pipeline.ScreeningResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One self-contained HTML page (inline CSS and script, no external assets): the run record, a summary row per
 * submission and the findings table, filterable by severity, status, unit and rule. The filter lives in the
 * URL hash ({@code #severity=ERROR&unit=…&rule=…&status=open}) so that a filtered view can be bookmarked,
 * sent to a colleague, or opened by a test; the table's data-filter attribute shows the filter applied.
 */
public final class HtmlReport implements Report {

    private static final String UNKNOWN_UNIT = "（单位未识别）";

    private static final String CSS = """
            body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;margin:1.5em;color:#222}
            h1{font-size:1.5em;margin:0 0 .3em}h2{font-size:1.15em;margin:1.4em 0 .5em}
            .run{color:#555;font-size:.85em;word-break:break-all}
            table{border-collapse:collapse;width:100%;font-size:.9em}
            th,td{border:1px solid #ccc;padding:.3em .45em;vertical-align:top;text-align:left}
            th{background:#f0f0f0;position:sticky;top:0}
            #findings td:nth-child(n+4):nth-child(-n+7){white-space:nowrap}
            #findings td:nth-child(2){min-width:8em}#findings td:nth-child(3){min-width:10em}
            #findings td:nth-child(9),#findings td:nth-child(13){min-width:18em}
            td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            tr.ERROR td.sev{background:#f8d0d0;color:#a00000;font-weight:bold}
            tr.WARNING td.sev{background:#fde3c0;color:#8a4b00;font-weight:bold}
            tr.INFO td.sev{background:#d6e6fb;color:#1f4f8f}
            tr.explained{opacity:.75}
            mark.quote{background:#fff3a0;padding:0 .15em}mark.quote strong{background:#ffd24d}
            .filters{margin:.6em 0;display:flex;gap:1em;flex-wrap:wrap;align-items:center}
            .filters label{font-size:.9em}.count{color:#555}
            .bad{color:#a00000;font-weight:bold}
            """;

    /**
     * The findings are written as submissions are screened, so the summary and the filter choices (which need the
     * whole run) follow them in the file; the page shows them above the findings.
     */
    private static final String LAYOUT = """
            main{display:flex;flex-direction:column}
            #incomplete{order:1}#summary-part{order:2}#findings-title{order:3}.filters{order:4}#findings{order:5}
            """;

    private static final String SCRIPT = """
            (function(){
              var keys=['severity','status','unit','rule'];
              var rows=[].slice.call(document.querySelectorAll('#findings tbody tr'));
              function sel(k){return document.getElementById('f-'+k);}
              function apply(){
                var want={};keys.forEach(function(k){want[k]=sel(k).value;});
                var shown=0;
                rows.forEach(function(r){
                  var ok=keys.every(function(k){return want[k]===''||r.dataset[k]===want[k];});
                  r.hidden=!ok;if(ok){shown++;}
                });
                document.getElementById('count').textContent='显示 '+shown+' / '+rows.length+' 条';
                var p=new URLSearchParams();keys.forEach(function(k){if(want[k]!==''){p.set(k,want[k]);}});
                var h=p.toString();
                document.getElementById('findings').setAttribute('data-filter',h);
                if(('#'+h)!==location.hash&&!(h===''&&location.hash==='')){history.replaceState(null,'',h===''?location.pathname:'#'+h);}
              }
              function fromHash(){
                var p=new URLSearchParams(location.hash.replace(/^#/,''));
                keys.forEach(function(k){var v=p.get(k)||'';var s=sel(k);
                  if([].some.call(s.options,function(o){return o.value===v;})){s.value=v;}});
                apply();
              }
              keys.forEach(function(k){sel(k).addEventListener('change',apply);});
              window.addEventListener('hashchange',fromHash);
              fromHash();
            })();
            """;

    @Override
    public ReportWriter start(RunRecord run, List<RuleInfo> rules, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>部门决算审核报告</title>\n<style>\n");
        w.write(CSS);
        w.write(LAYOUT);
        w.write("</style>\n</head>\n<body>\n<main id=\"report\">\n<h1>部门决算审核报告</h1>\n");
        run(w, run);
        findingsHead(w);
        w.flush();
        return new ReportWriter() {
            private final StringWriter summaryRows = new StringWriter();
            private final Set<String> units = new LinkedHashSet<>();
            private final RuleTally tally = new RuleTally();
            private int findingNumber;
            private int submissionNumber;

            @Override
            public void add(ScreeningResult r) throws IOException {
                for (Finding f : r.findings()) {
                    findingRow(w, new FindingRow(++findingNumber, r, f));
                }
                summaryRow(summaryRows, ++submissionNumber, r);
                units.add(unit(r));
                tally.add(r.findings());
                w.flush();
            }

            @Override
            public void finish() throws IOException {
                w.write("</tbody>\n</table>\n");
                summary(w, submissionNumber, summaryRows.toString());
                filters(w, units, tally.sorted().keySet());
                w.write("</main>\n<script>\n");
                w.write(SCRIPT);
                w.write("</script>\n</body>\n</html>\n");
                w.flush();
            }

            @Override
            public void abort(String reason) throws IOException {
                w.write("</tbody>\n</table>\n<p class=\"bad\" id=\"incomplete\">审核未完成：" + esc(reason) + "。本报告只含此前已审核的 "
                        + submissionNumber + " 份。</p>\n");
                finish();
            }
        };
    }

    private static void run(Writer w, RunRecord run) throws IOException {
        w.write("<p class=\"run\" id=\"run\">jsaudit " + esc(run.version()) + " · 运行时间 " + esc(run.time())
                + " · 规则 SHA-256 <code>" + esc(run.rulesSha256()) + "</code> · 输入文件 " + run.inputs().size() + " 个</p>\n");
        w.write("<details class=\"run\"><summary>输入文件 SHA-256</summary><ul>\n");
        for (RunRecord.InputFile f : run.inputs()) {
            w.write("<li>" + esc(f.path()) + " <code>" + esc(f.sha256()) + "</code></li>\n");
        }
        w.write("</ul></details>\n");
    }

    private static void summary(Writer w, int submissions, String rows) throws IOException {
        w.write("<section id=\"summary-part\">\n<h2>汇总（" + submissions + " 份）</h2>\n<table id=\"summary\">\n<thead><tr><th>序号</th><th>单位</th>"
                + "<th>年度</th><th>文件</th><th>错误</th><th>警告（未说明）</th><th>已说明</th><th>提示</th><th>主要规则</th></tr></thead>\n<tbody>\n");
        w.write(rows);
        w.write("</tbody>\n</table>\n</section>\n");
    }

    private static void summaryRow(Writer w, int n, ScreeningResult r) throws IOException {
        long errors = r.count(Severity.ERROR);
        w.write("<tr><td class=\"num\">" + n + "</td><td>" + esc(unit(r)) + "</td><td>" + (r.year() == null ? "" : r.year())
                + "</td><td>" + esc(r.file()) + "</td><td class=\"num" + (errors > 0 ? " bad" : "") + "\">" + errors
                + "</td><td class=\"num\">" + r.countOpen(Severity.WARNING) + "</td><td class=\"num\">" + r.countExplained()
                + "</td><td class=\"num\">" + r.countOpen(Severity.INFO) + "</td><td>"
                + esc(ReportData.topRules(r.findings(), 3)) + "</td></tr>\n");
    }

    private static void filters(Writer w, Set<String> units, Set<String> rules) throws IOException {
        w.write("<div class=\"filters\">\n");
        select(w, "severity", "严重程度", new String[][] {{"ERROR", "错误"}, {"WARNING", "警告"}, {"INFO", "提示"}});
        select(w, "status", "状态", new String[][] {{"open", "未说明"}, {"explained", "已说明"}});
        select(w, "unit", "单位", units.stream().map(u -> new String[] {u, u}).toArray(String[][]::new));
        select(w, "rule", "规则", rules.stream().sorted().map(r -> new String[] {r, r}).toArray(String[][]::new));
        w.write("<span class=\"count\" id=\"count\"></span>\n</div>\n");
    }

    private static void findingsHead(Writer w) throws IOException {
        w.write("<h2 id=\"findings-title\">审核发现</h2>\n");
        w.write("<table id=\"findings\">\n<thead><tr><th>序号</th><th>单位</th><th>文件</th><th>规则</th><th>严重程度</th>"
                + "<th>状态</th><th>表</th><th>位置</th><th>说明</th><th>期望值</th><th>实际值</th><th>差额</th><th>原文</th>"
                + "<th>单位说明</th></tr></thead>\n<tbody>\n");
    }

    private static void findingRow(Writer w, FindingRow row) throws IOException {
        Finding f = row.finding();
        w.write("<tr class=\"" + f.severity().name() + " " + f.status().code() + "\" data-severity=\"" + f.severity().name()
                + "\" data-status=\"" + f.status().code() + "\" data-unit=\"" + esc(unit(row.submission()))
                + "\" data-rule=\"" + esc(f.rule()) + "\">");
        cell(w, "num", String.valueOf(row.number()));
        cell(w, null, unit(row.submission()));
        cell(w, null, row.submission().file());
        w.write("<td title=\"" + esc(FindingRow.orEmpty(f.title())) + "\">" + esc(f.rule()) + "</td>");
        cell(w, "sev", f.severity().label());
        cell(w, null, f.status().label());
        cell(w, null, row.table());
        cell(w, null, row.position());
        cell(w, null, f.message());
        cell(w, "num", FindingRow.plain(f.expected()));
        cell(w, "num", FindingRow.plain(f.actual()));
        cell(w, "num", FindingRow.plain(f.difference()));
        w.write("<td>" + quote(f) + "</td>");
        cell(w, null, FindingRow.orEmpty(f.explanation()));
        w.write("</tr>\n");
    }

    /**
     * The quoted narrative sentence, highlighted, with the amount the rule read from it picked out: the sentence
     * states either the actual or the expected value, depending on which side the rule took the text for.
     */
    static String quote(Finding f) {
        if (f.quote() == null) {
            return "";
        }
        String q = esc(f.quote());
        for (BigDecimal v : java.util.Arrays.asList(f.actual(), f.expected())) {
            int at = v == null ? -1 : standAlone(q, v.toPlainString());
            if (at >= 0) {
                String amount = v.toPlainString();
                q = q.substring(0, at) + "<strong>" + amount + "</strong>" + q.substring(at + amount.length());
                break;
            }
        }
        return "<mark class=\"quote\">" + q + "</mark>";
    }

    /** Where the number stands in the text as a number of its own (not inside 196.27 or 96.275), or -1. */
    private static int standAlone(String text, String number) {
        for (int at = text.indexOf(number); at >= 0; at = text.indexOf(number, at + 1)) {
            int end = at + number.length();
            boolean before = at == 0 || !(Character.isDigit(text.charAt(at - 1)) || text.charAt(at - 1) == '.');
            boolean after = end == text.length() || !Character.isDigit(text.charAt(end));
            if (before && after) {
                return at;
            }
        }
        return -1;
    }

    private static void select(Writer w, String key, String label, String[][] options) throws IOException {
        w.write("<label>" + label + " <select id=\"f-" + key + "\"><option value=\"\">全部</option>");
        for (String[] o : options) {
            w.write("<option value=\"" + esc(o[0]) + "\">" + esc(o[1]) + "</option>");
        }
        w.write("</select></label>\n");
    }

    private static void cell(Writer w, String cls, String text) throws IOException {
        w.write(cls == null ? "<td>" : "<td class=\"" + cls + "\">");
        w.write(esc(text));
        w.write("</td>");
    }

    private static String unit(ScreeningResult r) {
        return r.unit() == null ? UNKNOWN_UNIT : r.unit();
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
