package cn.jsaudit.bench;

import cn.jsaudit.generate.Layout;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The targets of issue 14 checked against what was measured, printed at the end. */
final class Verdicts {

    private final PrintStream out;
    private final List<String> lines = new ArrayList<>();

    Verdicts(PrintStream out) {
        this.out = out;
    }

    void batch(int n, Map<String, BenchCommand.Timing> best, List<String> formats) {
        BenchCommand.Timing base = best.get(Table.BASELINE);
        BenchCommand.Timing same = best.get(Table.BASELINE_SAME_FLAGS);
        BenchCommand.Timing peer = best.get(Table.PEER);
        for (BenchCommand.Timing t : best.values()) {
            if (!t.label().startsWith("jsaudit")) {
                continue;
            }
            boolean annotate = t.label().contains("--annotate");
            double toBase = Table.ratio(t.result().wallMillis(), base.result().wallMillis());
            add(annotate ? null : toBase <= 1.3, String.format("%d 份 %s ≤ 1.3 × POI 基线：%.2f 秒 / %.2f 秒 = %.2f（CPU %.2f）；"
                            + "与同参数的 POI 基线之比 %.2f（CPU %.2f）", n, t.label(), t.seconds(), base.seconds(), toBase,
                    Table.ratio(t.result().cpuMillis(), base.result().cpuMillis()),
                    Table.ratio(t.result().wallMillis(), same.result().wallMillis()),
                    Table.ratio(t.result().cpuMillis(), same.result().cpuMillis())));
            if (peer != null) {
                double faster = Table.ratio(peer.result().wallMillis(), t.result().wallMillis());
                add(annotate ? null : faster >= 3, String.format("%d 份 %s 比对照脚本快 ≥ 3 倍：%.2f 秒 / %.2f 秒 = %.1f 倍（CPU %.1f 倍）", n,
                        t.label(), peer.seconds(), t.seconds(), faster, Table.ratio(peer.result().cpuMillis(), t.result().cpuMillis())));
            } else {
                lines.add("  —    比对照脚本快 ≥ 3 倍：对照脚本未运行");
            }
        }
    }

    void jobs(int n, int jobs, Map<String, BenchCommand.Timing> best) {
        BenchCommand.Timing one = best.get("--jobs 1");
        BenchCommand.Timing many = best.get("--jobs " + jobs);
        double speedup = Table.ratio(one.result().wallMillis(), many.result().wallMillis());
        // the CPU ratio says what parallel work costs: on idle cores the speed-up approaches jobs / that ratio
        add(speedup >= 1.7, String.format("%d 份 --jobs %d 比 --jobs 1 快 ≥ 1.7 倍：%.2f 秒 / %.2f 秒 = %.2f 倍（CPU %.2f 秒 / %.2f 秒，"
                        + "多线程多用 CPU %.2f 倍；负载高于核数时墙钟无从加快）", n, jobs, one.seconds(), many.seconds(), speedup,
                many.cpuSeconds(), one.cpuSeconds(), Table.ratio(many.result().cpuMillis(), one.result().cpuMillis())));
    }

    void oneFile(List<ChildProcess.Result> runs) {
        List<Long> walls = runs.stream().map(ChildProcess.Result::wallMillis).sorted().toList();
        boolean ok = runs.stream().allMatch(r -> r.exitCode() <= 1);
        add(ok && walls.get(0) <= 1500, String.format("单份提交（规则未变）含 JVM 启动 ≤ 1.5 秒：最快 %.2f 秒，中位 %.2f 秒%s",
                walls.get(0) / 1e3, walls.get(walls.size() / 2) / 1e3, ok ? "" : "（运行出错）"));
    }

    void big(int n, int base, Map<String, BenchCommand.Timing> atBase, Map<String, BenchCommand.Timing> atBig) {
        for (BenchCommand.Timing t : atBig.values()) {
            BenchCommand.Timing small = atBase.get(t.label());
            boolean ok = t.result().exitCode() <= 1;
            double wallGrowth = (t.result().wallMillis() / (double) n) / (small.result().wallMillis() / (double) base);
            double cpuGrowth = (t.result().cpuMillis() / (double) n) / (small.result().cpuMillis() / (double) Math.max(1, base));
            add(ok && wallGrowth <= 1.2, String.format("%d 份 %s 在 -Xmx1g 内%s，GC 后最大堆 %d MB、峰值堆 %d MB；每份耗时为 %d 份时的 %.2f 倍（CPU %.2f 倍）",
                    n, t.label(), ok ? "完成" : "未完成", t.profile() == null ? -1 : t.profile().heap("maxAfterGcBytes") >> 20,
                    t.profile() == null ? -1 : t.profile().heap("peakUsedBytes") >> 20, base, wallGrowth, cpuGrowth));
        }
    }

    /** Reading is as good in every layout: precision and recall those of the national layout or better, no false alarm. */
    /** Screening the PDF costs a few times the workbook (its pages are drawn and read glyph by glyph), not more. */
    void pdf(PdfCost.Result r) {
        add(r.ratio() <= 10, String.format("一份 PDF 的审核不超过其工作簿的 10 倍：%.1f 倍（%.1f 页/秒，%d 份）",
                r.ratio(), r.pagesPerSecond(), r.pairs()));
    }

    void layouts(List<LayoutAccuracy.Score> scores) {
        LayoutAccuracy.Score national = scores.stream().filter(s -> s.layout() == Layout.NATIONAL).findFirst().orElseThrow();
        add(national.falseAlarms() == 0, String.format("全国格式：精确率 %.3f、召回率 %.3f（错误与警告 %.3f、%.3f），干净提交上其他规则的错误与警告 %d 条",
                national.precision(), national.recall(), national.loudPrecision(), national.loudRecall(), national.falseAlarms()));
        for (LayoutAccuracy.Score s : scores) {
            if (s == national) {
                continue;
            }
            boolean ok = s.precision() >= national.precision() - 1e-9 && s.recall() >= national.recall() - 1e-9
                    && s.falseAlarms() == 0;
            add(ok, String.format("%s 格式读取与全国格式一样好：精确率 %.3f、召回率 %.3f（全国格式 %.3f、%.3f），"
                            + "干净提交上其他规则的错误与警告 %d 条", s.layout().id(), s.precision(), s.recall(),
                    national.precision(), national.recall(), s.falseAlarms()));
        }
    }

    void ruleCompile(int rules, ChildProcess.Result r) {
        add(r.exitCode() == 0 && r.wallMillis() <= 10_000, String.format("%d 条规则冷启动编译 ≤ 10 秒：%.2f 秒", rules,
                r.wallMillis() / 1e3));
    }

    /** @param met null for a figure shown for reference, with no target */
    private void add(Boolean met, String text) {
        lines.add("  " + (met == null ? "参考  " : met ? "达标  " : "未达标") + "  " + text);
    }

    void print() {
        out.println();
        out.println("目标核对：");
        lines.forEach(out::println);
    }
}
