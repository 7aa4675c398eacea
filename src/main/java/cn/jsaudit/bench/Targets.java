package cn.jsaudit.bench;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Compares the measurements with the performance targets of issue 8. */
final class Targets {

    private final PrintStream out;

    Targets(PrintStream out) {
        this.out = out;
    }

    void print(List<Measurement> base, List<Measurement> streamed, List<Measurement> e2e, List<BenchCommand.RuleScale> scales,
               BenchCommand.OneFile one) {
        out.println();
        out.println("目标核对：");
        int maxThreads = e2e.stream().mapToInt(Measurement::threads).max().orElse(1);
        Optional<Measurement> j = e2e.stream().filter(m -> m.submissions() >= 1000 && m.threads() == maxThreads)
                .min(Comparator.comparingInt(Measurement::submissions));
        if (j.isPresent()) {
            Measurement b = base.stream().filter(m -> m.submissions() == j.get().submissions() && m.threads() == maxThreads)
                    .findFirst().orElseThrow();
            double ratio = j.get().wallNanos() / (double) b.wallNanos();
            verdict(ratio <= 1.3, String.format("%d 份端到端 ≤ 1.3 × POI 基线（%d 线程）：%.2f 秒 / %.2f 秒 = %.2f（CPU 时间之比 %.2f）",
                    j.get().submissions(), maxThreads, j.get().seconds(), b.seconds(), ratio,
                    j.get().cpuNanos() / (double) Math.max(1, b.cpuNanos())));
            streamed.stream().filter(m -> m.submissions() == j.get().submissions() && m.threads() == maxThreads).findFirst()
                    .ifPresent(st -> out.printf("      参考：与 POI 流式基线相比 %.2f 秒 / %.2f 秒 = %.2f（jsaudit 自己的 .xlsx 读取也是流式的）%n",
                            j.get().seconds(), st.seconds(), j.get().wallNanos() / (double) st.wallNanos()));
        } else {
            out.println("  —  1,000 份端到端与基线之比：未测（加 --count 1000）");
        }
        if (one != null) {
            verdict(one.bestMillis() <= 2000 && one.exitCode() <= 1, String.format(
                    "单份提交 check 含 JVM 启动 ≤ 2 秒（%s，规则未变，已编译规则取自缓存）：最快 %.2f 秒，中位 %.2f 秒；"
                            + "首次（编译并写入缓存）%.2f 秒（退出码 %d）",
                    one.how(), one.bestMillis() / 1e3, one.medianMillis() / 1e3, one.firstMillis() / 1e3, one.exitCode()));
        }
        Optional<Measurement> big = e2e.stream().filter(m -> m.submissions() >= 10_000).findFirst();
        Measurement small = e2e.stream().min(Comparator.comparingInt(Measurement::submissions)).orElseThrow();
        if (big.isPresent()) {
            Measurement same = e2e.stream().filter(m -> m.threads() == big.get().threads())
                    .min(Comparator.comparingInt(Measurement::submissions)).orElse(small);
            double growth = big.get().millisEach() / same.millisEach();
            verdict(growth <= 1.25, String.format("%d 份在最大堆 %d MB 内完成，峰值堆 ≤ %d MB；每份耗时为 %d 份时的 %.2f 倍（线性）",
                    big.get().submissions(), HeapWatch.maxHeapBytes() >> 20, big.get().peakHeapBytes() >> 20,
                    same.submissions(), growth));
        } else {
            out.println("  —  10,000 份（-Xmx1g）：未测（用 java -Xmx1g … bench --count 1000,10000 --cycle 1000）");
        }
        scales.stream().filter(s -> s.rules() >= 1000).findFirst().ifPresent(s -> {
            long millis = s.coldCompileMillis() != null ? s.coldCompileMillis() : s.compileNanos() / 1_000_000;
            verdict(millis <= 10_000, String.format("%d 条规则编译 ≤ 10 秒（%s）：%.2f 秒", s.rules(),
                    s.coldCompileMillis() != null ? "冷启动 JVM" : "本进程", millis / 1e3));
        });
    }

    private void verdict(boolean met, String text) {
        out.println("  " + (met ? "达标" : "未达标") + "  " + text);
    }
}
