package cn.jsaudit.bench;

import java.io.PrintStream;
import java.util.Map;

/** Prints the benchmark's tables in Markdown, so that docs/benchmark.md can quote them as they are. */
final class Table {

    static final String BASELINE = "POI 基线（用户模型）";
    static final String BASELINE_SAME_FLAGS = "POI 基线（用户模型，启动脚本的 JVM 参数）";
    static final String PEER = "对照脚本 peer-check";

    private Table() {
    }

    /** Wall and CPU time of each command, with its ratios to the POI baselines and to the peer script. */
    static void wholeProcess(PrintStream out, Map<String, BenchCommand.Timing> timings, int jobs) {
        BenchCommand.Timing base = timings.get(BASELINE);
        BenchCommand.Timing same = timings.get(BASELINE_SAME_FLAGS);
        BenchCommand.Timing peer = timings.get(PEER);
        out.println();
        out.println("| 命令 | 墙钟（秒） | 用户 CPU | 系统 CPU | CPU 合计 | 与 POI 基线之比（墙钟 / CPU） | 与同参数 POI 基线之比 "
                + "| 比对照脚本快（墙钟 / CPU，倍） |");
        out.println("|---|---|---|---|---|---|---|---|");
        for (BenchCommand.Timing t : timings.values()) {
            ChildProcess.Result r = t.result();
            out.printf("| %s | %.2f | %.2f | %.2f | %.2f | %s | %s | %s |%n", t.label(), t.seconds(), r.userMillis() / 1e3,
                    r.sysMillis() / 1e3, r.cpuMillis() / 1e3, ratios(t, base), ratios(t, same), peer == null || t == peer ? ""
                            : String.format("%.1f / %.1f", ratio(peer.result().wallMillis(), r.wallMillis()),
                                    ratio(peer.result().cpuMillis(), r.cpuMillis())));
        }
    }

    private static String ratios(BenchCommand.Timing t, BenchCommand.Timing base) {
        return base == null || t == base ? "" : String.format("%.2f / %.2f", ratio(t.result().wallMillis(), base.result().wallMillis()),
                ratio(t.result().cpuMillis(), base.result().cpuMillis()));
    }

    /** Where each jsaudit run's time went, from the profile it wrote. */
    static void stages(PrintStream out, Map<String, BenchCommand.Timing> timings) {
        out.println();
        out.println("各阶段（jsaudit 进程内计时）：启动各步为毫秒；读取至批注为各线程之和，毫秒/份；堆为 MB");
        out.println();
        out.println("| 命令 | JVM 启动 | 找文件 | 载入规则 | 运行记录 | 读取 | 绩效表 | 情况说明 | 规则 | 报告 | 批注 | GC 次数 / 毫秒 | GC 后最大堆 | 峰值堆 |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (BenchCommand.Timing t : timings.values()) {
            Profile p = t.profile();
            if (p == null) {
                continue;
            }
            out.printf("| %s | %d | %d | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %d / %d | %d | %d |%n", t.label(),
                    p.step("jvmStart"), p.step("locate"), p.step("rulesLoad"), p.step("runRecord"),
                    p.stagePerSubmission("read"), p.stagePerSubmission("forms"), p.stagePerSubmission("narrative"),
                    p.stagePerSubmission("rules"), p.stagePerSubmission("report"), p.stagePerSubmission("annotate"),
                    p.heap("gcCount"), p.heap("gcMillis"), p.heap("maxAfterGcBytes") >> 20, p.heap("peakUsedBytes") >> 20);
        }
    }

    static double ratio(long a, long b) {
        return a / (double) Math.max(1, b);
    }
}
