package cn.jsaudit.cli;

import cn.jsaudit.ingest.UnitReplyReader;
import cn.jsaudit.ingest.InputFindings;
import cn.jsaudit.ingest.InputProblem;
import cn.jsaudit.ingest.ReaderWarmUp;
import cn.jsaudit.pipeline.BatchScreener;
import cn.jsaudit.pipeline.Diagnostics;
import cn.jsaudit.pipeline.PreviousFolder;
import cn.jsaudit.pipeline.PriorYears;
import cn.jsaudit.pipeline.UnitReplies;
import cn.jsaudit.pipeline.Parallel;
import cn.jsaudit.pipeline.PhaseTimer;
import cn.jsaudit.model.RunRecord;
import cn.jsaudit.pipeline.RunRecords;
import cn.jsaudit.model.ScreeningResult;
import cn.jsaudit.pipeline.RulesFolder;
import cn.jsaudit.pipeline.Screener;
import cn.jsaudit.pipeline.SubmissionFiles;
import cn.jsaudit.pipeline.SubmissionLocator;
import cn.jsaudit.report.ReportFormat;
import cn.jsaudit.report.Reports;
import cn.jsaudit.report.SafeText;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", description = "审核一份或一批提交（工作簿文件或文件夹，文件夹按子目录递归查找），输出审核发现清单。")
final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "路径", description = "工作簿文件（.xlsx/.xls）、公开的 PDF 文件（.pdf），或包含它们的文件夹")
    List<Path> paths;

    @Option(names = "--rules", paramLabel = "目录", description = "规则目录（默认 ./rules）")
    Path rules = Path.of("rules");

    @Option(names = "--template", paramLabel = "模板", description = "强制使用的模板编号（默认按工作簿自动识别）")
    String template;

    @Option(names = "--format", paramLabel = "格式", converter = FormatConverter.class,
            description = "输出格式：text、json、csv、xlsx 或 html（默认按 --out 的扩展名，否则 text）")
    ReportFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "文件",
            description = "写入文件而不是终端，可给多次（如 --out 审核结果.xlsx --out 报告.html）；已存在且非空的文件不会被覆盖，除非加 --force")
    List<Path> outs = new ArrayList<>();

    @Option(names = "--annotate", paramLabel = "目录",
            description = "把每份工作簿的批注副本写入该目录：问题单元格着色并加批注，首页为“审核结果”（原文件不会被修改）")
    Path annotate;

    @Option(names = "--explanations", paramLabel = "文件",
            description = "单位说明文件（.xlsx/.xls/.csv，列：单位、规则、位置、单位说明）；已说明的警告和提示不再计为未说明")
    Path explanationsFile;

    @Option(names = "--previous", paramLabel = "目录",
            description = "上年的提交（文件夹）：按单位名称找到同一单位上年的提交，核对本年报表和情况说明中的上年数")
    Path previous;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "并行审核的线程数（默认为处理器核数）")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--force", description = "允许覆盖 --out 指定的已有文件")
    boolean force;

    @Option(names = "--verbose", description = "出错时显示详细信息：无法读取的文件、程序错误的原因链（含第三方库的原文）")
    boolean verbose;

    @Option(names = "--profile", paramLabel = "文件",
            description = "把本次运行各阶段的耗时（读取、绩效表、情况说明、规则、报告、批注）、CPU 时间和堆内存写入该文件（JSON）")
    Path profileFile;

    private RunProfile profile;

    @Override
    public Integer call() throws IOException {
        profile = profileFile == null ? null : new RunProfile();
        long started = System.nanoTime();
        OffsetDateTime startedAt = OffsetDateTime.now();
        PrintStream err = System.err;
        Integer usage = checkUsage(err);
        if (usage != null) {
            return usage;
        }
        // a missing path is screened as an unreadable submission: reported in every output, the rest screened
        List<SubmissionFiles> submissions = SubmissionLocator.locate(paths);
        if (submissions.isEmpty()) {
            err.println("在给定路径中没有找到工作簿（.xlsx/.xls）或 PDF：" + paths);
            return ExitCodes.USAGE;
        }
        step("locate");
        // the digests of the inputs are read on another core while the rules load
        CompletableFuture<RunRecord> record = CompletableFuture.supplyAsync(() -> RunRecords.of(rules, submissions, startedAt));
        ReaderWarmUp.startInBackground(submissions.stream().map(SubmissionFiles::narrative)
                .anyMatch(n -> n != null && n.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")));
        RulesFolder folder = RulesLoading.load(rules, err::println, "未进行审核");
        if (folder == null) {
            return ExitCodes.USAGE;
        }
        if (template != null && folder.templates().byId(template).isEmpty()) {
            err.println("未知的模板：" + template + "（可用：" + folder.templates().all().stream().map(t -> t.id()).toList() + "）");
            return ExitCodes.USAGE;
        }
        Diagnostics diagnostics = verbose ? new CauseChain(err) : Diagnostics.NONE;
        PreviousFolder lastYear = previous == null ? null : PreviousFolder.read(folder, previous, jobs);
        Screener screener = new Screener(folder, template, diagnostics, lastYear == null ? PriorYears.NONE : lastYear);
        UnitReplies explanations;
        try {
            explanations = new UnitReplies(explanationsFile == null ? List.of() : UnitReplyReader.fromFile(explanationsFile));
        } catch (InputProblem e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        step("rulesLoad");
        BatchSummary summary = new BatchSummary();
        Annotations annotations = annotate == null ? null : new Annotations(waitFor(record), paths, annotate, diagnostics);
        List<String> missingCopies = new ArrayList<>();
        PhaseTimer timer = profile == null ? PhaseTimer.NONE : profile;
        // The reports open when the first submission is screened: their head carries the run record, whose digests
        // (every input file read through) are then computed while the first submissions are screened, not before.
        try (OpenedLater reports = new OpenedLater(() -> Reports.open(destinations(), System.out, waitFor(record),
                folder.rules().rules()))) {
            new BatchScreener(screener, jobs).screen(submissions, timer, (files, result) -> {
                ScreeningResult r = explanations.apply(result);
                if (annotations == null) {
                    return new Screened(r, null);
                }
                long t = System.nanoTime();
                String problem = annotations.write(files, r);
                timer.record(PhaseTimer.Phase.ANNOTATE, System.nanoTime() - t);
                return new Screened(r, problem);
            }, screened -> {
                long t = System.nanoTime();
                reports.add(screened.result());
                timer.record(PhaseTimer.Phase.REPORT, System.nanoTime() - t);
                summary.add(screened.result());
                tell(screened.result(), err);
                if (screened.annotationProblem() != null) {
                    missingCopies.add(screened.annotationProblem());
                }
            }, progress("审核中"));
            long t = System.nanoTime();
            reports.finish();
            timer.record(PhaseTimer.Phase.REPORT, System.nanoTime() - t);
        }
        step("screening");
        if (lastYear != null) {
            lastYear.notices().forEach(n -> err.println("跨年度核对：" + n));
        }
        for (Path out : outs) {
            err.println("审核结果已写入：" + out);
        }
        if (annotations != null) {
            err.println("批注工作簿已写入：" + annotate + "（" + annotations.written() + " / " + submissions.size() + " 份）");
        }
        err.print(summary.text(Duration.ofNanos(System.nanoTime() - started)));
        missingCopies.forEach(m -> err.println(SafeText.terminal(m)));
        if (profile != null) {
            profile.write(profileFile, submissions.size(), jobs);
        }
        if (summary.anyUnreadable() || !missingCopies.isEmpty()) {
            return ExitCodes.USAGE; // some input could not be screened, or a copy is missing: the run is incomplete
        }
        return summary.anyError() ? ExitCodes.ERRORS_FOUND : ExitCodes.CLEAN;
    }

    /** The run record, the time the main thread waited for it profiled as the step "runRecord". */
    private RunRecord waitFor(CompletableFuture<RunRecord> record) {
        long t = System.nanoTime();
        RunRecord run = record.join();
        if (profile != null) {
            profile.waited("runRecord", System.nanoTime() - t);
        }
        return run;
    }

    /** The reports of the run, opened on first use: the first submission screened, or the end of the run. */
    private static final class OpenedLater implements AutoCloseable {

        interface Opener {
            Reports open() throws IOException;
        }

        private final Opener opener;
        private Reports reports;
        private boolean tried;

        OpenedLater(Opener opener) {
            this.opener = opener;
        }

        void add(ScreeningResult result) throws IOException {
            reports().add(result);
        }

        void finish() throws IOException {
            reports().finish();
        }

        private Reports reports() throws IOException {
            if (!tried) {
                tried = true;
                reports = opener.open();
            }
            return reports;
        }

        /** A run that ends before its first submission is screened still leaves reports, marked incomplete. */
        @Override
        public void close() throws IOException {
            if (!tried) {
                reports();
            }
            if (reports != null) {
                reports.close();
            }
        }
    }

    /** A screened submission on its way to the reports, with the reason it has no annotated copy, if so. */
    private record Screened(ScreeningResult result, String annotationProblem) {
    }

    private static void tell(ScreeningResult r, PrintStream err) {
        if (r.unreadable()) {
            r.findings().stream().filter(f -> f.rule().equals(InputFindings.RULE))
                    .forEach(f -> err.println(SafeText.terminal("无法审核：" + f.message())));
        }
    }

    private void step(String name) {
        if (profile != null) {
            profile.step(name);
        }
    }

    /** A progress bar when stderr is a terminal; silence when it is a file or a pipe. */
    private static Parallel.Progress progress(String label) {
        return System.console() != null ? new ProgressBar(System.err, label) : Parallel.Progress.NONE;
    }

    /** Problems with the command line itself, found before any work: a message and the exit code, or null. */
    private Integer checkUsage(PrintStream err) {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                err.println("找不到：" + p + "（报告为无法读取，其余照常审核）");
            }
        }
        if (previous != null && !Files.isDirectory(previous)) {
            err.println("找不到上年提交的文件夹：" + previous);
            return ExitCodes.USAGE;
        }
        if (explanationsFile != null && !Files.isRegularFile(explanationsFile)) {
            err.println("找不到说明文件：" + explanationsFile);
            return ExitCodes.USAGE;
        }
        if (jobs < 1) {
            err.println("--jobs 应至少为 1：" + jobs);
            return ExitCodes.USAGE;
        }
        for (Path out : outs) {
            // an empty file (e.g. made by mktemp for us to fill) holds nothing that could be lost
            if (Files.exists(out) && out.toFile().length() > 0 && !force) {
                err.println("输出文件已存在，未覆盖：" + out + "（换一个文件名，或加 --force）");
                return ExitCodes.USAGE;
            }
        }
        for (Path out : outs) {
            if (format == null && ReportFormat.byExtension(out).isEmpty()) {
                err.println("无法从扩展名判断输出格式：" + out + "（可用 .txt、.json、.csv、.xlsx、.html，或用 --format 指定格式）");
                return ExitCodes.USAGE;
            }
        }
        if (outs.isEmpty() && format != null && format.binary()) {
            err.println(format.name().toLowerCase(Locale.ROOT) + " 格式不能输出到终端，请用 --out 指定文件");
            return ExitCodes.USAGE;
        }
        return null;
    }

    /** The terminal in the format asked for (text by default), or each --out file in the format its name says. */
    private List<Reports.Destination> destinations() {
        if (outs.isEmpty()) {
            return List.of(new Reports.Destination(null, format == null ? ReportFormat.TEXT : format));
        }
        return outs.stream().map(out -> new Reports.Destination(out,
                format != null ? format : ReportFormat.byExtension(out).orElseThrow())).toList();
    }

    /** Accepts the format names in any case. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            try {
                return ReportFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("未知的格式：" + value + "（可用：text、json、csv、xlsx、html）");
            }
        }
    }
}
