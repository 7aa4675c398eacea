package cn.jsaudit.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Prints the benchmark's rows as they are measured. */
final class Table {

    private final PrintStream out;
    private boolean headed;

    Table(PrintStream out) {
        this.out = out;
    }

    void row(Measurement m, Measurement baseline) {
        if (!headed) {
            out.println();
            out.println("项目                  份数  线程  总耗时(秒)  份/秒    每份(毫秒)  读取(毫秒/份) 规则(毫秒/份) 报告(毫秒) 峰值堆(MB) GC(次/毫秒)  CPU(秒)  与基线之比（耗时 / CPU）");
            headed = true;
        }
        String ratio = baseline == null ? "" : String.format("%.2f / %.2f", m.wallNanos() / (double) baseline.wallNanos(),
                m.cpuNanos() / (double) Math.max(1, baseline.cpuNanos()));
        String phases = m.ingestNanos() == 0 ? String.format("%-13s %-13s %-10s", "", "", "")
                : String.format("%-13.2f %-13.2f %-10.1f", m.ingestNanos() / 1e6 / m.submissions(),
                        m.rulesNanos() / 1e6 / m.submissions(), m.reportNanos() / 1e6);
        out.printf("%-20s %5d %5d  %10.2f  %7.1f  %10.2f  %s %10d %6d/%-6d %8.2f  %s%n", m.what(), m.submissions(), m.threads(),
                m.seconds(), m.perSecond(), m.millisEach(), phases, m.peakHeapBytes() >> 20, m.gcCollections(), m.gcMillis(),
                m.cpuNanos() / 1e9, ratio);
    }

    /** Per-submission time by count, per thread count: constant when time is linear in the count. */
    void linearity(List<Measurement> runs) {
        Map<Integer, List<Measurement>> byThreads = runs.stream()
                .collect(Collectors.groupingBy(Measurement::threads, TreeMap::new, Collectors.toList()));
        out.println();
        for (Map.Entry<Integer, List<Measurement>> e : byThreads.entrySet()) {
            out.println("伸缩性（" + e.getKey() + " 线程，每份毫秒）：" + e.getValue().stream()
                    .map(m -> m.submissions() + " 份 " + String.format("%.2f", m.millisEach()))
                    .collect(Collectors.joining("，")));
        }
    }

    void ruleRow(int rules, long compileNanos, Long coldMillis, Measurement m) {
        out.printf("规则 %5d 条：编译 %.2f 秒（本进程）%s；审核 %d 份 %d 线程 %.2f 秒，规则 %.2f 毫秒/份，发现 %d 条%n", rules,
                compileNanos / 1e9, coldMillis == null ? "" : String.format("，冷启动 JVM 中 %.2f 秒", coldMillis / 1e3),
                m.submissions(), m.threads(), m.seconds(), m.rulesNanos() / 1e6 / m.submissions(), m.findings());
    }
}
