package cn.jsaudit.bench;

import cn.jsaudit.pipeline.SubmissionFiles;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "性能基准：像用户一样运行整个命令（bin/jsaudit check 文件夹，每种输出格式、批注），与 POI 读取全部单元格的程序"
                + "和分析人员会写的 Python 脚本（peer-check）在同一批生成的提交上比较墙钟时间和 CPU 时间，并给出各阶段耗时与内存。")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--count", split = ",", paramLabel = "份数", description = "提交份数，可列多档（默认 1000）")
    List<Integer> counts = List.of(1000);

    @Option(names = "--big", paramLabel = "份数", description = "大批量：在 -Xmx1g 下以每种格式审核这么多份，看内存与线性（默认 10000；0 表示不测）")
    int big = 10_000;

    @Option(names = "--formats", split = ",", paramLabel = "格式", description = "输出格式（默认 text,json,csv,xlsx,html）")
    List<String> formats = List.of("text", "json", "csv", "xlsx", "html");

    @Option(names = "--jobs", paramLabel = "N", description = "jsaudit 与 POI 基线的线程数（默认为处理器核数）")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--repeat", paramLabel = "次数", description = "各项交替运行的轮数，每项取最快一次（默认 3）")
    int repeat = 3;

    @Option(names = "--dir", paramLabel = "目录", description = "存放生成提交的目录；已有的提交直接复用（默认 target/bench）")
    Path dir = Path.of("target", "bench");

    @Option(names = "--seed", paramLabel = "种子", description = "生成提交的随机种子（默认 1）")
    long seed = 1;

    @Option(names = "--cycle", paramLabel = "份数", description = "只生成这么多份，更多的份数循环链接它们（默认 1000）")
    int cycle = 1000;

    @Option(names = "--rules", paramLabel = "目录", description = "规则目录（默认 ./rules）")
    Path rules = Path.of("rules");

    @Option(names = "--peer", paramLabel = "脚本", description = "对照脚本 check.py（默认 ../shared/tools/peer-check/check.py）")
    Path peer = Path.of("..", "shared", "tools", "peer-check", "check.py");

    @Option(names = "--java-opts", paramLabel = "参数", description = "jsaudit 子进程的额外 JVM 参数（经由 JSAUDIT_JAVA_OPTS），用于比较启动参数")
    String javaOpts = "";

    @Option(names = "--rule-counts", split = ",", paramLabel = "条数", description = "另测把规则补足到这些条数时冷启动 JVM 的编译耗时（默认不测，如 1000）")
    List<Integer> ruleCounts = List.of();

    @Option(names = "--layouts", paramLabel = "份数", description = "各表格格式的读取：把这么多份提交按生成器的每种格式写出，"
            + "审核并与标准答案比对精确率、召回率（默认 100；0 表示不测）")
    int layoutCount = 100;

    @Option(names = "--pdf", paramLabel = "目录", description = "另测 PDF：目录中同名的工作簿与其打印的 PDF（名称.xlsx 与 名称.pdf）"
            + "各审核一遍，比较 CPU 时间、每秒页数（如 PdfGeneratedTest 留下的 target/pdf-generated/12-pdf；默认不测）")
    Path pdfFolder;

    private final PrintStream out = System.out;
    private Path work;
    private Path jar;
    private Path launcher;
    private Path cacheHome;

    @Override
    public Integer call() throws Exception {
        jar = Path.of(System.getProperty("java.class.path")).toAbsolutePath();
        if (!jar.toString().endsWith(".jar") || jar.toString().contains(File.pathSeparator)) {
            out.println("请从 jar 运行基准（java -jar target/jsaudit.jar bench …），子进程要用同一个 jar");
            return 2;
        }
        launcher = jar.getParent().resolveSibling("bin").resolve("jsaudit");
        if (!Files.isRegularFile(launcher)) {
            out.println("找不到启动脚本 " + launcher + "：基准要像用户一样经由它运行 jsaudit");
            return 2;
        }
        rules = rules.toAbsolutePath();
        work = Files.createTempDirectory("jsaudit-bench");
        cacheHome = work.resolve("cache");
        try {
            return measure();
        } finally {
            RuleMultiplier.delete(work);
        }
    }

    private int measure() throws Exception {
        out.printf("jsaudit 性能基准 — %d 核，Java %s，jsaudit 与 POI 基线 %d 线程；开始时负载 %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), jobs, load());
        out.println("jsaudit：sh " + launcher + " check …（JSAUDIT_JAR=" + jar + (javaOpts.isBlank() ? "" : "，JSAUDIT_JAVA_OPTS=" + javaOpts)
                + "）；POI 基线：java -cp jsaudit.jar " + PoiBaseline.class.getName() + "，默认 JVM 参数，另以启动脚本为 jsaudit 选的参数再测一次");
        if (!ChildProcess.measuresCpu()) {
            out.println("（此系统没有 /proc，只测墙钟时间）");
        }
        String peerProblem = PeerScript.unavailable(peer);
        if (peerProblem != null) {
            out.println(peerProblem);
        }
        BenchFolders folders = new BenchFolders(dir, seed, out);
        folders.generated(cycle);
        warmCaches(folders.ofSize(Math.min(20, cycle), cycle));

        Verdicts verdicts = new Verdicts(out);
        Map<Integer, Map<String, Timing>> byCount = new LinkedHashMap<>();
        for (int n : counts.stream().sorted().toList()) {
            Path folder = folders.ofSize(n, cycle);
            Map<String, Timing> best = wholeProcess(n, folder, peerProblem == null);
            byCount.put(n, best);
            if (n >= 1000) {
                verdicts.batch(n, best, formats);
            }
        }
        int jobsCount = counts.stream().filter(c -> c >= 1000).findFirst().orElse(counts.get(counts.size() - 1));
        if (jobs > 1) {
            verdicts.jobs(jobsCount, jobs, jobsRun(folders.ofSize(jobsCount, cycle)));
        }
        verdicts.oneFile(oneFile(folders.generated(cycle).get(0)));
        if (layoutCount > 0) {
            verdicts.layouts(new LayoutAccuracy(out).measure(layoutCount, seed, work, this::checkToJson));
        }
        if (pdfFolder != null) {
            verdicts.pdf(new PdfCost(out).measure(pdfFolder, rules, repeat));
        }
        if (big > 0) {
            int base = byCount.keySet().stream().max(Integer::compare).orElseThrow();
            verdicts.big(big, base, byCount.get(base), bigRun(folders.ofSize(big, cycle)));
        }
        for (int rc : ruleCounts) {
            verdicts.ruleCompile(rc, coldCompile(rc));
        }
        out.printf("%n结束时负载 %s%n", load());
        verdicts.print();
        return 0;
    }

    /** A timed run, with the profile it wrote. */
    record Timing(String label, ChildProcess.Result result, Profile profile) {
        double seconds() {
            return result.wallMillis() / 1e3;
        }

        double cpuSeconds() {
            return result.cpuMillis() / 1e3;
        }
    }

    /** One command the benchmark runs, and what it leaves behind to clear before the next run. */
    private record Variant(String label, List<String> command, Map<String, String> env, Path profile, Path output) {
    }

    /** The first runs compile the rules into the cache (a user's second run finds them there); not timed. */
    private void warmCaches(Path few) throws Exception {
        ChildProcess.Result r = ChildProcess.run(jsaudit(few, List.of("--format", "text")), env(""), false);
        if (r.exitCode() > 1) {
            throw new IllegalStateException("jsaudit check 失败（退出码 " + r.exitCode() + "）：" + r.output());
        }
    }

    private Map<String, Timing> wholeProcess(int n, Path folder, boolean withPeer) throws Exception {
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant(Table.BASELINE, java(List.of(), PoiBaseline.class, String.valueOf(jobs), folder.toString()),
                Map.of(), null, null));
        variants.add(new Variant(Table.BASELINE_SAME_FLAGS, java(launcherFlags(folder), PoiBaseline.class, String.valueOf(jobs),
                folder.toString()), Map.of(), null, null));
        variants.add(new Variant("POI 流式基线", java(List.of(), PoiBaseline.class, "--streaming", String.valueOf(jobs),
                folder.toString()), Map.of(), null, null));
        if (withPeer) {
            variants.add(new Variant("对照脚本 peer-check", PeerScript.command(peer, folder), Map.of(), null, null));
        }
        for (String f : formats) {
            variants.add(jsauditVariant("jsaudit " + f, folder, f, List.of()));
        }
        Path annotated = work.resolve("annotated");
        variants.add(jsauditVariant("jsaudit text --annotate", folder, "text", List.of("--annotate", annotated.toString())));
        out.printf("%n== %d 份提交（%s），整个进程，%d 轮交替运行，每项取最快一次 ==%n", n, folder, repeat);
        Map<String, Timing> best = runRounds(variants, annotated);
        Table.wholeProcess(out, best, jobs);
        Table.stages(out, best);
        return best;
    }

    private Variant jsauditVariant(String label, Path folder, String format, List<String> extra) {
        Path profile = work.resolve("profile-" + label.replaceAll("[^a-z0-9]+", "-") + ".json");
        List<String> args = new ArrayList<>(List.of("--jobs", String.valueOf(jobs), "--profile", profile.toString()));
        Path output = null;
        if (format.equals("text")) {
            args.addAll(List.of("--format", "text")); // on the terminal, as a user reads it (discarded here)
        } else {
            output = work.resolve("report." + format);
            args.addAll(List.of("--out", output.toString()));
        }
        args.addAll(extra);
        return new Variant(label, jsaudit(folder, args), env(javaOpts), profile, output);
    }

    /** Runs every variant once per round, in turn, and keeps each one's fastest run. */
    private Map<String, Timing> runRounds(List<Variant> variants, Path annotated) throws Exception {
        Map<String, Timing> best = new LinkedHashMap<>();
        for (int round = 1; round <= Math.max(1, repeat); round++) {
            out.printf("第 %d 轮（负载 %s）：", round, load());
            for (Variant v : variants) {
                Timing t = time(v, annotated);
                out.printf("%s %.1f 秒；", v.label(), t.seconds());
                out.flush();
                if (!best.containsKey(v.label()) || t.result().wallMillis() < best.get(v.label()).result().wallMillis()) {
                    best.put(v.label(), t);
                }
            }
            out.println();
        }
        return best;
    }

    private Timing time(Variant v, Path annotated) throws Exception {
        BenchFolders.empty(annotated);
        if (v.output() != null) {
            Files.deleteIfExists(v.output());
        }
        if (v.profile() != null) {
            Files.deleteIfExists(v.profile());
        }
        ChildProcess.Result r = ChildProcess.run(v.command(), v.env(), false);
        if (r.exitCode() > 1) {
            throw new IllegalStateException(v.label() + " 失败（退出码 " + r.exitCode() + "）：" + r.output());
        }
        return new Timing(v.label(), r, v.profile() == null ? null : Profile.read(v.profile()));
    }

    /** `--jobs 1` and `--jobs N` alternately on the same batch, text report. */
    private Map<String, Timing> jobsRun(Path folder) throws Exception {
        out.printf("%n== 并行：--jobs 1 与 --jobs %d（%s） ==%n", jobs, folder);
        List<Variant> variants = new ArrayList<>();
        for (int j : List.of(1, jobs)) {
            Path profile = work.resolve("profile-jobs" + j + ".json");
            variants.add(new Variant("--jobs " + j, jsaudit(folder, List.of("--format", "text", "--jobs", String.valueOf(j),
                    "--profile", profile.toString())), env(javaOpts), profile, null));
        }
        Map<String, Timing> best = runRounds(variants, work.resolve("annotated"));
        Table.wholeProcess(out, best, jobs);
        return best;
    }

    /**
     * `bin/jsaudit check one.xlsx` as a user with unchanged rules runs it: the workbook and its narrative (and forms)
     * alone in a folder; a first run writes the class-data archive and the rules cache, then five timed runs.
     */
    private List<ChildProcess.Result> oneFile(SubmissionFiles s) throws Exception {
        Path one = Files.createDirectories(work.resolve("one"));
        List<Path> files = new ArrayList<>(s.performanceWorkbooks());
        files.add(s.workbook());
        if (s.narrative() != null) {
            files.add(s.narrative());
        }
        for (Path f : files) {
            Files.copy(f, one.resolve(f.getFileName().toString()));
        }
        List<String> cmd = jsaudit(one.resolve(s.workbook().getFileName().toString()), List.of());
        ChildProcess.run(cmd, env(javaOpts), false);
        out.printf("%n== 单份提交：bin/jsaudit check %s（规则未变，取自缓存；含 JVM 启动） ==%n", s.workbook().getFileName());
        List<ChildProcess.Result> runs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ChildProcess.Result r = ChildProcess.run(cmd, env(javaOpts), false);
            out.printf("%.2f 秒（CPU %.2f 秒，退出码 %d）；", r.wallMillis() / 1e3, r.cpuMillis() / 1e3, r.exitCode());
            runs.add(r);
        }
        out.println();
        return runs;
    }

    /** `check FOLDER --out REPORT.json`, timed, for the layouts' accuracy. */
    private Timing checkToJson(String label, Path folder, Path report) throws Exception {
        Path profile = work.resolve("profile-layout-" + label + ".json");
        return time(new Variant(label, jsaudit(folder, List.of("--jobs", String.valueOf(jobs), "--profile", profile.toString(),
                "--out", report.toString())), env(javaOpts), profile, report), work.resolve("annotated"));
    }

    /** Every format once on the big folder, in -Xmx1g. */
    private Map<String, Timing> bigRun(Path folder) throws Exception {
        out.printf("%n== %d 份提交（%s，由前 %d 份循环链接），-Xmx1g，每种格式一次 ==%n", big, folder, cycle);
        Map<String, Timing> timings = new LinkedHashMap<>();
        String opts = ("-Xmx1g " + javaOpts).trim();
        for (String f : formats) {
            Variant v = jsauditVariant("jsaudit " + f, folder, f, List.of());
            v = new Variant(v.label(), v.command(), env(opts), v.profile(), v.output());
            Timing t = time(v, work.resolve("annotated"));
            out.printf("%s %.1f 秒；", v.label(), t.seconds());
            out.flush();
            timings.put(v.label(), t);
        }
        out.println();
        Table.wholeProcess(out, timings, jobs);
        Table.stages(out, timings);
        return timings;
    }

    /** Compiles the rules grown to {@code total} rules in a fresh JVM without the cache. */
    private ChildProcess.Result coldCompile(int total) throws Exception {
        Path grown = RuleMultiplier.grow(rules, Math.max(0, total - RuleMultiplier.countRules(rules)));
        try {
            List<String> cmd = java(List.of("-Djsaudit.cache=off"), ColdCompile.class, grown.toString());
            ChildProcess.Result r = ChildProcess.run(cmd, Map.of(), true);
            out.printf("%n规则补足到 %d 条，冷启动 JVM 编译（不用缓存）：%.2f 秒（CPU %.2f 秒）%n", total, r.wallMillis() / 1e3,
                    r.cpuMillis() / 1e3);
            return r;
        } finally {
            RuleMultiplier.delete(grown);
        }
    }

    private List<String> jsaudit(Path input, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of("sh", launcher.toString(), "check", input.toString(), "--rules",
                rules.toString()));
        cmd.addAll(args);
        return cmd;
    }

    private List<String> java(List<String> flags, Class<?> main, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(flags);
        cmd.addAll(List.of("-cp", jar.toString(), main.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** The JVM options the launcher chooses for a check of this folder (it prints them when asked). */
    private List<String> launcherFlags(Path folder) throws Exception {
        Map<String, String> env = env(javaOpts);
        env.put("JSAUDIT_SHOW_JAVA", "1");
        String line = ChildProcess.run(jsaudit(folder, List.of()), env, true).output().strip();
        List<String> words = List.of(line.split("\\s+"));
        return words.subList(1, words.indexOf("-jar"));
    }

    /** The launcher on this jar, its caches (compiled rules, class-data archive) in the benchmark's own folder. */
    private Map<String, String> env(String opts) {
        Map<String, String> env = new HashMap<>();
        env.put("JSAUDIT_JAR", jar.toString());
        env.put("XDG_CACHE_HOME", cacheHome.toString());
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator + System.getenv().getOrDefault("PATH", ""));
        env.put("JSAUDIT_JAVA_OPTS", opts);
        return env;
    }

    /** The load averages over 1, 5 and 15 minutes, as uptime shows them. */
    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return String.join(" ", f[0], f[1], f[2]);
        } catch (IOException e) {
            return "未知";
        }
    }
}
