package cn.jsaudit.report;

import cn.jsaudit.engine.RuleInfo;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import cn.jsaudit.model.Positions;
import cn.jsaudit.model.RunRecord;
import cn.jsaudit.model.ScreeningResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One self-contained HTML page (inline CSS and script, no external assets, so it opens offline): the run record,
 * a summary row per submission and the findings table, filterable by severity, status, unit and rule, searchable
 * by any text of a row, and sortable by any column (a click on its heading; again for the reverse order). The
 * view lives in the URL hash ({@code #severity=ERROR&unit=…&rule=…&status=open&q=…&sort=rule:desc}) so that it
 * can be bookmarked, sent to a colleague, or opened by a test; the table's data-filter attribute shows the
 * filter applied. The page fits a 1,400 px screen: columns have fixed shares of the width and wrap their text,
 * and a finding on many cells shows "表 + N 格" with the full list a click away.
 */
public final class HtmlReport implements Report {

    private static final String UNKNOWN_UNIT = "（单位未识别）";

    /** A finding on more cells than this shows them collapsed per sheet. */
    static final int LISTED_LOCATIONS = 3;
    /** The findings table's columns: key (for sorting and the hash), heading, share of the width in %, numeric. */
    private static final String[][] COLUMNS = {
        {"n", "序号", "3", "num"}, {"unit", "单位", "8", ""}, {"file", "文件", "8", ""}, {"rule", "规则", "7", ""},
        {"severity", "严重程度", "5", ""}, {"status", "状态", "4.5", ""}, {"table", "表", "5", ""},
        {"position", "位置", "9", ""}, {"message", "审核意见", "19.5", ""}, {"expected", "期望值", "5", "num"},
        {"actual", "实际值", "5", "num"}, {"difference", "差额", "4.5", "num"}, {"quote", "原文", "10.5", ""},
        {"explanation", "单位说明", "6", ""},
    };

    private static final String CSS = """
            body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;margin:1em;color:#222}
            h1{font-size:1.5em;margin:0 0 .3em}h2{font-size:1.15em;margin:1.4em 0 .5em}
            .run{color:#555;font-size:.85em;word-break:break-all}
            table{border-collapse:collapse;width:100%;font-size:.9em;table-layout:fixed}
            th,td{border:1px solid #ccc;padding:.3em .4em;vertical-align:top;text-align:left;overflow-wrap:anywhere}
            th{background:#f0f0f0;position:sticky;top:0}
            #findings th{cursor:pointer;user-select:none}#findings th:hover{background:#e2e2e2}
            #findings th[aria-sort=ascending]::after{content:" ▲"}#findings th[aria-sort=descending]::after{content:" ▼"}
            td.num{text-align:right;font-variant-numeric:tabular-nums}
            details.cells summary{cursor:pointer;color:#1f4f8f}details.cells[open] summary{margin-bottom:.2em}
            tr.ERROR td.sev{background:#f8d0d0;color:#a00000;font-weight:bold}
            tr.WARNING td.sev{background:#fde3c0;color:#8a4b00;font-weight:bold}
            tr.INFO td.sev{background:#d6e6fb;color:#1f4f8f}
            tr.explained{opacity:.75}
            mark.quote{background:#fff3a0;padding:0 .15em}mark.quote strong{background:#ffd24d}
            .filters{margin:.6em 0;display:flex;gap:1em;flex-wrap:wrap;align-items:center}
            .filters label{font-size:.9em}.filters select{max-width:24em}.count{color:#555}#q{width:16em}
            .bad{color:#a00000;font-weight:bold}
            .missing{color:#555;font-size:90%}
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
              var table=document.getElementById('findings');
              var body=table.tBodies[0];
              var heads=[].slice.call(table.tHead.rows[0].cells);
              var rows=[].slice.call(body.rows);
              var search=document.getElementById('q');
              var sort={key:'',desc:false};
              rows.forEach(function(r,i){r._i=i;r._text=r.textContent.toLowerCase();});
              function sel(k){return document.getElementById('f-'+k);}
              function apply(){
                var want={};keys.forEach(function(k){want[k]=sel(k).value;});
                var terms=search.value.toLowerCase().split(/\s+/).filter(function(t){return t!=='';});
                var shown=0;
                rows.forEach(function(r){
                  var ok=keys.every(function(k){return want[k]===''||r.dataset[k]===want[k];})
                    &&terms.every(function(t){return r._text.indexOf(t)>=0;});
                  r.hidden=!ok;if(ok){shown++;}
                });
                document.getElementById('count').textContent='显示 '+shown+' / '+rows.length+' 条';
                var p=new URLSearchParams();keys.forEach(function(k){if(want[k]!==''){p.set(k,want[k]);}});
                table.setAttribute('data-filter',p.toString());
                if(search.value!==''){p.set('q',search.value);}
                if(sort.key!==''){p.set('sort',sort.key+(sort.desc?':desc':''));}
                var h=p.toString();
                if(('#'+h)!==location.hash&&!(h===''&&location.hash==='')){history.replaceState(null,'',h===''?location.pathname:'#'+h);}
              }
              function value(r,c,numeric){
                var td=r.cells[c];var v=td.hasAttribute('data-sort')?td.getAttribute('data-sort'):td.textContent;
                if(!numeric){return v;}
                var n=parseFloat(v);return isNaN(n)?null:n;
              }
              function order(key,desc){
                var c=heads.findIndex(function(th){return th.dataset.key===key;});
                if(c<0){key='';desc=false;}
                sort={key:key,desc:desc};
                heads.forEach(function(th,i){if(i===c){th.setAttribute('aria-sort',desc?'descending':'ascending');}else{th.removeAttribute('aria-sort');}});
                var numeric=c>=0&&heads[c].classList.contains('num');
                var sorted=rows.slice().sort(function(a,b){
                  if(c<0){return a._i-b._i;}
                  var x=value(a,c,numeric),y=value(b,c,numeric),d;
                  if(x===null||y===null){d=x===null?(y===null?0:1):-1;return d!==0?d:a._i-b._i;}
                  d=numeric?x-y:x.localeCompare(y,'zh-CN');
                  return (desc?-d:d)||a._i-b._i;
                });
                sorted.forEach(function(r){body.appendChild(r);});
              }
              function fromHash(){
                var p=new URLSearchParams(location.hash.replace(/^#/,''));
                keys.forEach(function(k){var v=p.get(k)||'';var s=sel(k);
                  if([].some.call(s.options,function(o){return o.value===v;})){s.value=v;}});
                search.value=p.get('q')||'';
                var s=(p.get('sort')||'').split(':');
                order(s[0],s[1]==='desc');
                apply();
              }
              keys.forEach(function(k){sel(k).addEventListener('change',apply);});
              search.addEventListener('input',apply);search.addEventListener('change',apply);
              heads.forEach(function(th){th.addEventListener('click',function(){
                order(th.dataset.key,sort.key===th.dataset.key&&!sort.desc);apply();});});
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
        Map<String, String> pdfs = pdfLinks(run);
        return new ReportWriter() {
            private final StringWriter summaryRows = new StringWriter();
            private final Set<String> units = new LinkedHashSet<>();
            private final RuleTally tally = new RuleTally();
            private int findingNumber;
            private int submissionNumber;

            @Override
            public void add(ScreeningResult r) throws IOException {
                for (Finding f : r.findings()) {
                    findingRow(w, new FindingRow(++findingNumber, r, f), pdfs);
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
        w.write("<section id=\"summary-part\">\n<h2>汇总（" + submissions + " 份）</h2>\n<table id=\"summary\">\n"
                + colgroup(4, 16, 5, 18, 6, 8, 6, 6, 31) + "<thead><tr><th>序号</th><th>单位</th>"
                + "<th>年度</th><th>文件</th><th>错误</th><th>警告（未说明）</th><th>已说明</th><th>提示</th><th>主要规则</th></tr></thead>\n<tbody>\n");
        w.write(rows);
        w.write("</tbody>\n</table>\n</section>\n");
    }

    private static void summaryRow(Writer w, int n, ScreeningResult r) throws IOException {
        long errors = r.count(Severity.ERROR);
        w.write("<tr><td class=\"num\">" + n + "</td><td>" + esc(unit(r)) + "</td><td>" + (r.year() == null ? "" : r.year())
                + "</td><td>" + esc(r.file()) + (r.notProvided().isEmpty() ? ""
                        : "<br><span class=\"missing\">" + esc(r.notProvided()) + "</span>")
                + "</td><td class=\"num" + (errors > 0 ? " bad" : "") + "\">" + errors
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
        w.write("<label>搜索 <input type=\"search\" id=\"q\" placeholder=\"单位、规则、单元格、审核意见、单位说明、原文中的文字\"></label>\n");
        w.write("<span class=\"count\" id=\"count\"></span>\n</div>\n");
    }

    private static void findingsHead(Writer w) throws IOException {
        w.write("<h2 id=\"findings-title\">审核发现</h2>\n");
        w.write("<table id=\"findings\">\n<colgroup>");
        for (String[] c : COLUMNS) {
            w.write("<col style=\"width:" + c[2] + "%\">");
        }
        w.write("</colgroup>\n<thead><tr>");
        for (String[] c : COLUMNS) {
            w.write("<th data-key=\"" + c[0] + "\"" + (c[3].isEmpty() ? "" : " class=\"" + c[3] + "\"") + " title=\"点击按此列排序\">"
                    + c[1] + "</th>");
        }
        w.write("</tr></thead>\n<tbody>\n");
    }

    /**
     * The address of each PDF screened, by file name (as findings name their file), for links to a finding's page;
     * a name given twice (two folders) gets no link rather than the wrong file.
     */
    static Map<String, String> pdfLinks(RunRecord run) {
        Map<String, String> links = new java.util.HashMap<>();
        Set<String> twice = new java.util.HashSet<>();
        for (RunRecord.InputFile in : run.inputs()) {
            java.nio.file.Path p = java.nio.file.Path.of(in.path());
            String name = p.getFileName().toString();
            if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")
                    && links.put(name, p.toAbsolutePath().normalize().toUri().toASCIIString()) != null) {
                twice.add(name);
            }
        }
        twice.forEach(links::remove);
        return links;
    }

    private static void findingRow(Writer w, FindingRow row, Map<String, String> pdfs) throws IOException {
        Finding f = row.finding();
        w.write("<tr class=\"" + f.severity().name() + " " + f.status().code() + "\" data-severity=\"" + f.severity().name()
                + "\" data-status=\"" + f.status().code() + "\" data-unit=\"" + esc(unit(row.submission()))
                + "\" data-rule=\"" + esc(f.rule()) + "\">");
        cell(w, "num", String.valueOf(row.number()));
        cell(w, null, unit(row.submission()));
        cell(w, null, row.submission().file());
        w.write("<td title=\"" + esc(FindingRow.orEmpty(f.title())) + "\">" + esc(f.rule()) + "</td>");
        w.write("<td class=\"sev\" data-sort=\"" + f.severity().ordinal() + "\">" + esc(f.severity().label()) + "</td>");
        cell(w, null, f.status().label());
        cell(w, null, row.table());
        w.write("<td>" + locations(f, pdfs) + "</td>");
        cell(w, null, f.message());
        cell(w, "num", FindingRow.plain(f.expected()));
        cell(w, "num", FindingRow.plain(f.actual()));
        cell(w, "num", FindingRow.plain(f.difference()));
        w.write("<td>" + quote(f) + "</td>");
        cell(w, null, FindingRow.orEmpty(f.explanation()));
        w.write("</tr>\n");
    }

    /**
     * The finding's cells: listed when few, a place in a PDF linked to its page (#page=N, which PDF viewers open
     * at); otherwise "收支总表 + 36 格" per sheet (or "文件 + N 处" for text positions) with the full list, as every
     * other report prints it, one click away.
     */
    static String locations(Finding f, Map<String, String> pdfs) {
        if (f.locations().size() <= LISTED_LOCATIONS) {
            return f.locations().stream().map(l -> {
                String link = l.onPage() && l.file() != null ? pdfs.get(l.file()) : null;
                String text = esc(Positions.of(l));
                return link == null ? text : "<a href=\"" + esc(link) + "#page=" + l.page() + "\">" + text + "</a>";
            }).collect(Collectors.joining("，"));
        }
        Map<String, Integer> perPlace = new LinkedHashMap<>();
        for (Location l : f.locations()) {
            perPlace.merge(l.sheet() != null ? l.sheet() + " + # 格" : (l.file() == null ? "" : l.file()) + " + # 处", 1, Integer::sum);
        }
        String summary = perPlace.entrySet().stream().map(e -> e.getKey().replace("#", String.valueOf(e.getValue())))
                .collect(Collectors.joining("，"));
        return "<details class=\"cells\"><summary>" + esc(summary) + "</summary>" + esc(Positions.of(f)) + "</details>";
    }

    /** Column widths in % of the table, so that the page wraps text instead of growing sideways. */
    private static String colgroup(int... shares) {
        StringBuilder b = new StringBuilder("<colgroup>");
        for (int s : shares) {
            b.append("<col style=\"width:").append(s).append("%\">");
        }
        return b.append("</colgroup>\n").toString();
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
