package cn.jsaudit.bench;

import cn.jsaudit.engine.RuleBook;
import cn.jsaudit.generate.Generator;
import cn.jsaudit.pipeline.RulesFolder;
import cn.jsaudit.pipeline.SubmissionFiles;
import cn.jsaudit.pipeline.SubmissionLocator;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "性能基准：在同一批生成的提交上测量 POI 基线与 jsaudit（读取、规则、报告、端到端）、规则编译、吞吐量与峰值堆。")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--count", split = ",", paramLabel = "份数", description = "提交份数，可用逗号列出多档以看伸缩性（默认 100,1000）")
    List<Integer> counts = List.of(100, 1000);

    @Option(names = "--threads", split = ",", paramLabel = "线程数", description = "线程数，可列出多档（默认 1 和全部核数）")
    List<Integer> threads;

    @Option(names = "--dir", paramLabel = "目录", description = "存放生成提交的目录；已有的提交直接复用（默认 target/bench）")
    Path dir = Path.of("target", "bench");

    @Option(names = "--seed", paramLabel = "种子", description = "生成提交的随机种子（默认 1）")
    long seed = 1;

    @Option(names = "--rules", paramLabel = "目录", description = "规则目录（默认 ./rules）")
    Path rules = Path.of("rules");

    @Option(names = "--rule-counts", split = ",", paramLabel = "条数", description = "规则数伸缩：把规则补足到这些条数后再测（默认 100,1000；0 表示不测）")
    List<Integer> ruleCounts = List.of(100, 1000);

    @Option(names = "--repeat", paramLabel = "次数", description = "每项重复测量的次数，取最快一次（机器繁忙时用 3；默认 1）")
    int repeat = 1;

    @Option(names = "--cycle", paramLabel = "份数", description = "只生成这么多份，更大的份数循环使用它们（测万份的内存与线性时省去生成；默认 0 = 都生成）")
    int cycle;

    @Option(names = "--skip-jvm", description = "不启动子 JVM（不测冷编译和单份提交的命令行耗时）")
    boolean skipJvm;

    @Option(names = "--jvm-flags", paramLabel = "参数", description = "子 JVM 的额外参数，如 \"-XX:TieredStopAtLevel=1\"，用于比较启动参数")
    String jvmFlags = "";

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        List<Integer> threadCounts = threads != null ? threads : (cores > 1 ? List.of(1, cores) : List.of(1));
        List<Integer> sizes = counts.stream().sorted().toList();
        out.printf("jsaudit 性能基准 — %d 核，最大堆 %d MB，Java %s%n", cores, HeapWatch.maxHeapBytes() >> 20,
                System.getProperty("java.version"));

        String cacheSetting = System.getProperty("jsaudit.cache");
        // Compile times are measured without the compiled-rules cache; loading from it is measured after.
        System.setProperty("jsaudit.cache", "off");
        long t0 = System.nanoTime();
        RulesFolder folder = RulesFolder.load(rules);
        long cold = System.nanoTime() - t0;
        t0 = System.nanoTime();
        folder = RulesFolder.load(rules);
        long warm = System.nanoTime() - t0;
        restore(cacheSetting);
        RulesFolder.load(rules);
        t0 = System.nanoTime();
        RulesFolder.load(rules);
        long cached = System.nanoTime() - t0;
        RuleBook book = folder.rules();
        out.printf("载入并编译规则目录（%s，%d 条）：本进程首次 %.2f 秒，再次 %.2f 秒；已编译规则取自缓存时 %.2f 秒%n", rules,
                book.rules().size(), cold / 1e9, warm / 1e9, cached / 1e9);

        int largest = sizes.get(sizes.size() - 1);
        List<SubmissionFiles> all = cycle > 0 && cycle < largest ? cycled(folder(cycle), largest) : folder(largest);
        warmUp(all, folder);

        Table table = new Table(out);
        List<Measurement> e2e = new ArrayList<>();
        List<Measurement> base = new ArrayList<>();
        List<Measurement> streamed = new ArrayList<>();
        for (int n : sizes) {
            List<SubmissionFiles> subs = all.subList(0, n);
            for (int t : threadCounts) {
                Measurement b = null;
                Measurement s = null;
                Measurement j = null;
                // Alternating them and keeping each one's fastest run evens out other load on the machine.
                for (int k = 0; k < Math.max(1, repeat); k++) {
                    b = faster(b, ScreeningRun.baseline(subs, t));
                    s = faster(s, ScreeningRun.streamingBaseline(subs, t));
                    j = faster(j, ScreeningRun.run("jsaudit 端到端", subs, t, folder));
                }
                table.row(b, null);
                table.row(s, b);
                table.row(j, b);
                base.add(b);
                streamed.add(s);
                e2e.add(j);
            }
        }
        table.linearity(e2e);

        List<RuleScale> scales = new ArrayList<>();
        for (int rc : ruleCounts) {
            if (rc > 0) {
                scales.add(ruleScale(rc, all.subList(0, sizes.get(0)), threadCounts.get(threadCounts.size() - 1),
                        table, book.rules().size()));
            }
        }
        OneFile one = skipJvm ? null : oneFile(all.get(0));
        new Targets(out).print(base, streamed, e2e, scales, one);
        return 0;
    }

    private static void restore(String cacheSetting) {
        if (cacheSetting == null) {
            System.clearProperty("jsaudit.cache");
        } else {
            System.setProperty("jsaudit.cache", cacheSetting);
        }
    }

    private static Measurement faster(Measurement a, Measurement b) {
        return a == null || b.wallNanos() < a.wallNanos() ? b : a;
    }

    /** The submissions repeated in order up to {@code n}: screening keeps nothing of a workbook, so repeats cost the same. */
    private static List<SubmissionFiles> cycled(List<SubmissionFiles> subs, int n) {
        List<SubmissionFiles> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(subs.get(i % subs.size()));
        }
        return out;
    }

    /** The generated folder, grown to {@code n} submissions if it holds fewer; its first {@code n} submissions. */
    private List<SubmissionFiles> folder(int n) throws Exception {
        Path d = dir.resolve("seed-" + seed);
        List<SubmissionFiles> found = Files.isDirectory(d) ? SubmissionLocator.locate(List.of(d)) : List.of();
        if (found.size() < n) {
            out.printf("生成 %d 份提交到 %s …%n", n, d);
            long t = System.nanoTime();
            if (Files.isDirectory(d)) {
                try (Stream<Path> files = Files.list(d)) {
                    for (Path p : files.toList()) {
                        Files.delete(p);
                    }
                }
            }
            Generator.generate(n, seed, 0.3, d, Runtime.getRuntime().availableProcessors());
            out.printf("生成完毕（%.1f 秒）%n", (System.nanoTime() - t) / 1e9);
            found = SubmissionLocator.locate(List.of(d));
        }
        return found.subList(0, n);
    }

    /** Lets the JIT compile the hot paths of POI, the loader and Drools before anything is timed. */
    private void warmUp(List<SubmissionFiles> all, RulesFolder folder) {
        List<SubmissionFiles> few = all.subList(0, Math.min(40, all.size()));
        for (int i = 0; i < 2; i++) {
            ScreeningRun.baseline(few, 1);
            ScreeningRun.streamingBaseline(few, 1);
            ScreeningRun.run("预热", few, 1, folder);
        }
    }

    record RuleScale(int rules, long compileNanos, Long coldCompileMillis, Measurement run) {
    }

    private RuleScale ruleScale(int total, List<SubmissionFiles> subs, int threads, Table table,
                                int baseRules) throws Exception {
        Path grown = RuleMultiplier.grow(rules, Math.max(0, total - baseRules));
        try {
            String cacheSetting = System.getProperty("jsaudit.cache");
            System.setProperty("jsaudit.cache", "off");
            long t = System.nanoTime();
            RulesFolder grownFolder = RulesFolder.load(grown);
            long compile = System.nanoTime() - t;
            RuleBook book = grownFolder.rules();
            restore(cacheSetting);
            int n = book.rules().size();
            Long coldMillis = null;
            if (!skipJvm) {
                List<String> noCache = new java.util.ArrayList<>(flags());
                noCache.add("-Djsaudit.cache=off");
                ChildJvm.Result r = ChildJvm.run(noCache, ColdCompile.class.getName(), List.of(grown.toString()));
                coldMillis = r.exitCode() == 0 ? Long.valueOf(r.stdout().strip().split(" ")[0]) : null;
            }
            Measurement m = ScreeningRun.run("jsaudit 端到端（" + n + " 条规则）", subs, threads, grownFolder);
            table.ruleRow(n, compile, coldMillis, m);
            return new RuleScale(n, compile, coldMillis, m);
        } finally {
            RuleMultiplier.delete(grown);
        }
    }

    /** @param how the command line measured: the launcher, or plain java when it is not at hand */
    record OneFile(String how, long firstMillis, long bestMillis, long medianMillis, int exitCode) {
    }

    /**
     * `jsaudit check one.xlsx` in a fresh JVM: once with the rules compiled (and cached), then three times as a user
     * with unchanged rules sees it. Wall time includes JVM start.
     */
    private OneFile oneFile(SubmissionFiles s) throws Exception {
        List<String> args = List.of("check", s.workbook().toString(), "--rules", rules.toString());
        Path cacheDir = Files.createTempDirectory("jsaudit-bench-cache");
        Path launcher = jvmFlags.isBlank() ? ChildJvm.launcher() : null;
        List<String> fresh = new java.util.ArrayList<>(flags());
        fresh.add("-Djsaudit.cache=" + cacheDir);
        // The first run compiles and caches the rules (and, through the launcher, writes the class-data archive).
        long[] walls = new long[4];
        int exit = 0;
        for (int i = 0; i < walls.length; i++) {
            ChildJvm.Result r = launcher != null ? ChildJvm.runLauncher(launcher, cacheDir, args)
                    : ChildJvm.run(fresh, "cn.jsaudit.cli.Main", args);
            walls[i] = r.wallMillis();
            exit = r.exitCode();
        }
        RuleMultiplier.delete(cacheDir);
        long first = walls[0];
        long[] later = Arrays.copyOfRange(walls, 1, walls.length);
        Arrays.sort(later);
        return new OneFile(launcher != null ? "bin/jsaudit" : "java -cp", first, later[0], later[1], exit);
    }

    private List<String> flags() {
        return jvmFlags.isBlank() ? List.of() : List.of(jvmFlags.trim().split("\\s+"));
    }
}
