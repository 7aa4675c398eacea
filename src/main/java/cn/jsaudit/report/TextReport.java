package cn.jsaudit.report;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.FindingStatus;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import cn.jsaudit.pipeline.Positions;
import cn.jsaudit.pipeline.RunRecord;
import cn.jsaudit.pipeline.ScreeningResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** The finding list for the terminal, grouped by submission; text from the submissions has its control characters blanked. */
public final class TextReport implements Report {

    @Override
    public void write(ReportData data, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (ScreeningResult r : data.results()) {
            w.println(SafeText.terminal("━━ " + heading(r)));
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
        long errors = data.results().stream().mapToLong(r -> r.count(Severity.ERROR)).sum();
        long warnings = data.results().stream().mapToLong(r -> r.count(Severity.WARNING)).sum();
        long infos = data.results().stream().mapToLong(r -> r.count(Severity.INFO)).sum();
        w.printf("共审核 %d 份，错误 %d，警告 %d，提示 %d%n", data.results().size(), errors, warnings, infos);
        RunRecord run = data.run();
        w.printf("运行记录：jsaudit %s，%s，规则 SHA-256 %s，输入文件 %d 个%n", run.version(), run.time(),
                run.rulesSha256(), run.inputs().size());
        w.flush();
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
