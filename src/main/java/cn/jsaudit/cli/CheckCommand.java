package cn.jsaudit.cli;

import cn.jsaudit.engine.RuleCompileException;
import cn.jsaudit.engine.RuleProblem;
import cn.jsaudit.ingest.InputFindings;
import cn.jsaudit.ingest.InputProblem;
import cn.jsaudit.model.Severity;
import cn.jsaudit.pipeline.ScreeningResult;
import cn.jsaudit.pipeline.RulesFolder;
import cn.jsaudit.pipeline.Screener;
import cn.jsaudit.pipeline.SubmissionFiles;
import cn.jsaudit.pipeline.SubmissionLocator;
import cn.jsaudit.report.JsonReport;
import cn.jsaudit.report.Report;
import cn.jsaudit.report.TextReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", description = "审核一份或一批提交（工作簿文件或文件夹），输出审核发现清单。")
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "路径", description = "工作簿文件（.xlsx/.xls）或包含它们的文件夹")
    List<Path> paths;

    @Option(names = "--rules", paramLabel = "目录", description = "规则目录（默认 ./rules）")
    Path rules = Path.of("rules");

    @Option(names = "--template", paramLabel = "模板", description = "强制使用的模板编号（默认按工作簿自动识别）")
    String template;

    @Option(names = "--format", paramLabel = "格式", description = "输出格式：text 或 json（默认 text）")
    Format format = Format.text;

    @Option(names = {"-o", "--out"}, paramLabel = "文件", description = "写入文件而不是终端（已存在的文件不会被覆盖，除非加 --force）")
    Path out;

    @Option(names = "--force", description = "允许覆盖 --out 指定的已有文件")
    boolean force;

    @Option(names = "--verbose", description = "出错时显示详细信息")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        for (Path p : paths) {
            if (!Files.exists(p)) {
                err.println("找不到：" + p);
                return ExitCodes.USAGE;
            }
        }
        if (out != null && Files.exists(out) && !force) {
            err.println("输出文件已存在，未覆盖：" + out + "（换一个文件名，或加 --force）");
            return ExitCodes.USAGE;
        }
        RulesFolder folder;
        try {
            folder = RulesFolder.load(rules);
        } catch (InputProblem e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        } catch (RuleCompileException e) {
            err.println("规则有错误，未进行审核（用 jsaudit rules check 查看详情）：");
            for (RuleProblem p : e.problems()) {
                err.println("  " + p);
            }
            return ExitCodes.USAGE;
        }
        if (template != null && folder.templates().byId(template).isEmpty()) {
            err.println("未知的模板：" + template + "（可用：" + folder.templates().all().stream().map(t -> t.id()).toList() + "）");
            return ExitCodes.USAGE;
        }
        List<SubmissionFiles> submissions = SubmissionLocator.locate(paths);
        if (submissions.isEmpty()) {
            err.println("在给定路径中没有找到工作簿（.xlsx/.xls）：" + paths);
            return ExitCodes.USAGE;
        }
        Screener screener = new Screener(folder, template);
        List<ScreeningResult> results = new ArrayList<>();
        boolean unreadable = false;
        for (SubmissionFiles s : submissions) {
            ScreeningResult r = screener.screen(s);
            results.add(r);
            if (r.unit() == null && r.findings().stream().anyMatch(f -> f.rule().equals(InputFindings.RULE))) {
                unreadable = true;
                r.findings().stream().filter(f -> f.rule().equals(InputFindings.RULE))
                        .forEach(f -> err.println("无法审核：" + f.message()));
            }
        }
        Report report = format == Format.json ? new JsonReport() : new TextReport();
        if (out != null) {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                report.write(results, o);
            }
            err.println("审核结果已写入：" + out);
        } else {
            report.write(results, System.out);
            System.out.flush();
        }
        if (unreadable) {
            return ExitCodes.USAGE;
        }
        boolean anyError = results.stream().anyMatch(r -> r.count(Severity.ERROR) > 0);
        return anyError ? ExitCodes.ERRORS_FOUND : ExitCodes.CLEAN;
    }
}
