package cn.jsaudit.report;

import cn.jsaudit.engine.RuleInfo;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.FindingStatus;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import cn.jsaudit.model.Positions;
import cn.jsaudit.model.RunRecord;
import cn.jsaudit.model.ScreeningResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** The finding list for the terminal, grouped by submission; text from the submissions has its control characters blanked. */
public final class TextReport implements Report {

    @Override
    public ReportWriter start(RunRecord run, List<RuleInfo> rules, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return new ReportWriter() {
            private long submissions;
            private long errors;
            private long warnings;
            private long infos;

            @Override
            public void add(ScreeningResult r) throws IOException {
                submission(w, r);
                submissions++;
                errors += r.count(Severity.ERROR);
                warnings += r.count(Severity.WARNING);
                infos += r.count(Severity.INFO);
                flush(w);
            }

            @Override
            public void finish() throws IOException {
                w.printf("共审核 %d 份，错误 %d，警告 %d，提示 %d%n", submissions, errors, warnings, infos);
                w.printf("运行记录：jsaudit %s，%s，规则 SHA-256 %s，输入文件 %d 个%n", run.version(), run.time(),
                        run.rulesSha256(), run.inputs().size());
                flush(w);
            }

            @Override
            public void abort(String reason) throws IOException {
                w.printf("审核未完成：%s。以上是此前已审核的 %d 份。%n", reason, submissions);
                finish();
            }
        };
    }

    /** A PrintWriter keeps write errors to itself; a full disk must not pass for a written report. */
    private static void flush(PrintWriter w) throws IOException {
        if (w.checkError()) {
            throw new IOException("写入失败（磁盘已满或输出已关闭？）");
        }
    }

    private static void submission(PrintWriter w, ScreeningResult r) {
        w.println(SafeText.terminal("━━ " + heading(r)));
        if (!r.notProvided().isEmpty()) {
            w.println(SafeText.terminal("   " + r.notProvided()));
        }
        if (r.findings().isEmpty()) {
            w.println("   未发现问题。");
        }
        int n = 1;
        for (Finding f : r.findings()) {
            String status = f.status() == FindingStatus.EXPLAINED ? "·" + f.status().label() : "";
            w.println(SafeText.terminal(String.format("%3d. [%s%s] %s %s", n++, f.severity().label(), status, f.rule(),
                    where(f)).stripTrailing()));
            w.println(SafeText.terminal("     " + f.message()));
            if (f.quote() != null) {
                w.println(SafeText.terminal("     原文：“" + f.quote() + "”"));
            }
            if (f.explanation() != null) {
                w.println(SafeText.terminal("     单位说明：" + f.explanation()));
            }
        }
        w.printf("   小计：错误 %d，警告 %d（已说明 %d），提示 %d%n%n", r.count(Severity.ERROR), r.count(Severity.WARNING),
                r.count(Severity.WARNING) - r.countOpen(Severity.WARNING), r.count(Severity.INFO));
    }

    static String heading(ScreeningResult r) {
        StringBuilder b = new StringBuilder(r.unit() == null ? "（单位未识别）" : r.unit());
        if (r.year() != null) {
            b.append("（").append(r.year()).append(" 年度）");
        }
        return b.append("  ").append(r.file()).toString();
    }

    static String where(Finding f) {
        return f.locations().stream().limit(3).map(TextReport::cell).collect(Collectors.joining("，"))
                + (f.locations().size() > 3 ? " 等 " + f.locations().size() + " 处" : "");
    }

    private static String cell(Location l) {
        return Positions.of(l);
    }
}
