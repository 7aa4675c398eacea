package cn.jsaudit.cli;

import cn.jsaudit.model.Severity;
import cn.jsaudit.model.ScreeningResult;
import cn.jsaudit.report.RuleTally;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The lines printed on the terminal after a batch: how many screened, with errors, with warnings, top rules, time.
 * Counted as the submissions pass, so that nothing of them is kept.
 */
final class BatchSummary {

    private static final int TOP = 5;

    private long screened;
    private long unreadable;
    private long withErrors;
    private long withWarnings;
    private long explained;
    private final RuleTally rules = new RuleTally();

    void add(ScreeningResult r) {
        screened++;
        unreadable += r.unreadable() ? 1 : 0;
        withErrors += r.count(Severity.ERROR) > 0 ? 1 : 0;
        withWarnings += r.countOpen(Severity.WARNING) > 0 ? 1 : 0;
        explained += r.countExplained();
        rules.add(r.findings());
    }

    /** True when some input could not be screened at all: the run is incomplete. */
    boolean anyUnreadable() {
        return unreadable > 0;
    }

    boolean anyError() {
        return withErrors > 0;
    }

    String text(Duration took) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("已审核 %d 份：有错误 %d 份（其中无法读取 %d 份），有未说明警告 %d 份，已说明的发现 %d 条；用时 %s%n",
                screened, withErrors, unreadable, withWarnings, explained, seconds(took)));
        Map<String, Long> counts = rules.sorted();
        if (!counts.isEmpty()) {
            b.append("最常触发的规则：").append(counts.entrySet().stream().limit(TOP)
                    .map(e -> e.getKey() + "（" + e.getValue() + " 次）").collect(Collectors.joining("，"))).append('\n');
        }
        return b.toString();
    }

    static String seconds(Duration d) {
        return String.format("%.1f 秒", d.toMillis() / 1000.0);
    }
}
