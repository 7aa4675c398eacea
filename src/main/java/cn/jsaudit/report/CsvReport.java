package cn.jsaudit.report;

import cn.jsaudit.engine.RuleInfo;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.ReviewSheet;
import cn.jsaudit.model.RunRecord;
import cn.jsaudit.model.ScreeningResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The finding list as CSV, UTF-8 with a BOM so that Excel opens it in Chinese, one row per finding with every
 * field. The run record follows the findings after an empty line, as 运行记录 rows (name, value[, value]); a run
 * that could not complete ends with a 运行记录,审核未完成 row giving the reason. Every cell is neutralised against
 * formula injection ({@link SafeText#csvCell}).
 */
public final class CsvReport implements Report {

    /** A filled-in list can be passed back as an explanations file: its unit, rule, place and reply columns are the review sheet's. */
    static final List<String> HEADER = List.of("序号", ReviewSheet.UNIT, "年度", "文件", "模板", ReviewSheet.RULE, "标题", "严重程度",
            "状态", "表", ReviewSheet.POSITION, ReviewSheet.MESSAGE, "期望值", "实际值", "差额", "容差", "原文", ReviewSheet.REPLY);

    @Override
    public ReportWriter start(RunRecord run, List<RuleInfo> rules, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(w, HEADER);
        return new ReportWriter() {
            private int number;
            /** Per submission missing a part, the 运行记录 line saying so (rows are findings; a missing part is none). */
            private final List<List<String>> notProvided = new java.util.ArrayList<>();

            @Override
            public void add(ScreeningResult r) throws IOException {
                for (Finding f : r.findings()) {
                    row(w, new FindingRow(++number, r, f));
                }
                if (!r.notProvided().isEmpty()) {
                    notProvided.add(List.of("运行记录", "未提供", r.file(), r.notProvided()));
                }
                w.flush();
            }

            @Override
            public void finish() throws IOException {
                runRecord(w, run);
                for (List<String> l : notProvided) {
                    line(w, l);
                }
                w.flush();
            }

            @Override
            public void abort(String reason) throws IOException {
                runRecord(w, run);
                for (List<String> l : notProvided) {
                    line(w, l);
                }
                line(w, List.of("运行记录", "审核未完成", reason));
                w.flush();
            }
        };
    }

    private static void row(Writer w, FindingRow row) throws IOException {
        Finding f = row.finding();
        line(w, List.of(String.valueOf(row.number()), row.unit(), row.year(), row.submission().file(),
                FindingRow.orEmpty(row.submission().template()), f.rule(), FindingRow.orEmpty(f.title()),
                f.severity().label(), f.status().label(), row.table(), row.position(), f.message(),
                FindingRow.plain(f.expected()), FindingRow.plain(f.actual()), FindingRow.plain(f.difference()),
                FindingRow.plain(f.tolerance()), FindingRow.orEmpty(f.quote()), FindingRow.orEmpty(f.explanation())));
    }

    private static void runRecord(Writer w, RunRecord run) throws IOException {
        w.write("\r\n");
        line(w, List.of("运行记录", "工具版本", run.version()));
        line(w, List.of("运行记录", "运行时间", run.time()));
        line(w, List.of("运行记录", "规则目录SHA-256", run.rulesSha256()));
        for (RunRecord.InputFile f : run.inputs()) {
            line(w, List.of("运行记录", "输入文件SHA-256", f.path(), f.sha256()));
        }
    }

    private static void line(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(SafeText.csvCell(fields.get(i))));
        }
        w.write("\r\n");
    }

    /** RFC 4180: quote a field holding a comma, quote or line break; double its quotes. */
    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
