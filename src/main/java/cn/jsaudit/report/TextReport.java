package cn.jsaudit.report;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import cn.jsaudit.pipeline.ScreeningResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** The finding list for the terminal, grouped by submission. */
public final class TextReport implements Report {

    @Override
    public void write(List<ScreeningResult> results, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (ScreeningResult r : results) {
            w.println("━━ " + heading(r));
            if (r.findings().isEmpty()) {
                w.println("   未发现问题。");
            }
            int n = 1;
            for (Finding f : r.findings()) {
                w.printf("%3d. [%s] %s %s%n", n++, f.severity().label(), f.rule(), where(f));
                w.println("     " + f.message());
                if (f.quote() != null) {
                    w.println("     原文：“" + f.quote() + "”");
                }
            }
            w.printf("   小计：错误 %d，警告 %d，提示 %d%n%n", r.count(Severity.ERROR), r.count(Severity.WARNING),
                    r.count(Severity.INFO));
        }
        long errors = results.stream().mapToLong(r -> r.count(Severity.ERROR)).sum();
        long warnings = results.stream().mapToLong(r -> r.count(Severity.WARNING)).sum();
        long infos = results.stream().mapToLong(r -> r.count(Severity.INFO)).sum();
        w.printf("共审核 %d 份，错误 %d，警告 %d，提示 %d%n", results.size(), errors, warnings, infos);
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
        if (l.sheet() == null) {
            return l.cell() == null ? l.file() : l.file() + " " + l.cell();
        }
        return l.sheet() + "!" + l.cell();
    }
}
