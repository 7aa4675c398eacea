package cn.jsaudit.cli;

import cn.jsaudit.model.Severity;
import cn.jsaudit.model.ScreeningResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The lines printed on the terminal after a batch: how many screened, with errors, with warnings, top rules, time. */
final class BatchSummary {

    private static final int TOP = 5;

    private BatchSummary() {
    }

    static String of(List<ScreeningResult> results, Map<String, Long> ruleCounts, Duration took) {
        long unreadable = results.stream().filter(ScreeningResult::unreadable).count();
        long withErrors = results.stream().filter(r -> r.count(Severity.ERROR) > 0).count();
        long withWarnings = results.stream().filter(r -> r.countOpen(Severity.WARNING) > 0).count();
        long explained = results.stream().mapToLong(ScreeningResult::countExplained).sum();
        StringBuilder b = new StringBuilder();
        b.append(String.format("已审核 %d 份：有错误 %d 份（其中无法读取 %d 份），有未说明警告 %d 份，已说明的发现 %d 条；用时 %s%n",
                results.size(), withErrors, unreadable, withWarnings, explained, seconds(took)));
        if (!ruleCounts.isEmpty()) {
            b.append("最常触发的规则：").append(ruleCounts.entrySet().stream().limit(TOP)
                    .map(e -> e.getKey() + "（" + e.getValue() + " 次）").collect(Collectors.joining("，"))).append('\n');
        }
        return b.toString();
    }

    static String seconds(Duration d) {
        return String.format("%.1f 秒", d.toMillis() / 1000.0);
    }
}
