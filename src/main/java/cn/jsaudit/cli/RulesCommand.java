package cn.jsaudit.cli;

import cn.jsaudit.engine.RuleCompileException;
import cn.jsaudit.engine.RuleProblem;
import cn.jsaudit.pipeline.RuleCaseRunner;
import cn.jsaudit.pipeline.RulesFolder;
import cn.jsaudit.rulepack.RuleCase;
import cn.jsaudit.rulepack.RuleCases;
import cn.jsaudit.rulepack.RuleEntry;
import cn.jsaudit.rulepack.RulePack;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** jsaudit rules check | list | show ID | test: the auditor's tools for the rules folder. */
@Command(name = "rules", description = "检查、列出、查看和测试规则目录中的规则（不需要重新编译程序）。",
        subcommands = {RulesCommand.Check.class, RulesCommand.ListRules.class, RulesCommand.Show.class,
                RulesCommand.Test.class})
final class RulesCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** Loads the folder or prints every problem; null means "exit 2". */
    static RulePack load(Path rules, PrintStream err) {
        try {
            return RulePack.load(rules);
        } catch (RuleCompileException e) {
            print(rules, e, err);
            return null;
        }
    }

    private static void print(Path rules, RuleCompileException e, PrintStream err) {
        err.println("规则目录 " + rules + " 有 " + e.problems().size() + " 处问题：");
        for (RuleProblem p : e.problems()) {
            err.println("  " + p);
        }
    }

    /** The whole folder with every problem of every file listed together; null means "exit 2". */
    static RulesFolder whole(Path rules, PrintStream err) {
        try {
            return RulesFolder.load(rules);
        } catch (RuleCompileException e) {
            print(rules, e, err);
            return null;
        }
    }

    abstract static class Base implements Callable<Integer> {
        @Option(names = "--rules", paramLabel = "目录", description = "规则目录（默认 ./rules）")
        Path rules = Path.of("rules");
    }

    @Command(name = "check", description = "编译规则目录中的全部内容（DRL、公式表、模板、设置、情况说明词表、绩效表设置、测试用例），逐条报告问题（文件、行、列、说明）。有问题时退出码为 2。")
    static final class Check extends Base {
        @Override
        public Integer call() {
            long start = System.nanoTime();
            RulesFolder folder = whole(rules, System.err);
            if (folder == null) {
                return ExitCodes.USAGE;
            }
            RulePack pack = folder.tables();
            List<RuleProblem> problems = new ArrayList<>();
            int cases = 0;
            for (Path f : pack.testFiles()) {
                for (RuleCase c : RuleCases.read(f, display(rules, f), problems)) {
                    cases++;
                    for (RuleCase.Expect e : concat(c.expected(), c.forbidden())) {
                        if (pack.entries(e.rule()).isEmpty()) {
                            problems.add(new RuleProblem(c.file(), e.line(), -1, "没有编号为 " + e.rule() + " 的规则"));
                        }
                    }
                }
            }
            if (!problems.isEmpty()) {
                System.err.println("测试用例有 " + problems.size() + " 处问题：");
                problems.forEach(p -> System.err.println("  " + p));
                return ExitCodes.USAGE;
            }
            long formulas = pack.entries().stream().filter(e -> e.source().contains(".csv:") || e.source().contains(".xlsx:"))
                    .count();
            System.out.printf("规则检查通过：%d 条规则（公式表 %d 条，DRL %d 条），模板 %s，测试用例 %d 个；用时 %.1f 秒。%n",
                    pack.entries().size(), formulas, pack.entries().size() - formulas,
                    pack.templates().all().stream().map(t -> t.id()).toList(), cases, (System.nanoTime() - start) / 1e9);
            return ExitCodes.CLEAN;
        }
    }

    @Command(name = "list", description = "列出全部规则：编号、严重程度、说明、来源（文件:行）、读取的表、适用模板。")
    static final class ListRules extends Base {
        @Override
        public Integer call() {
            RulePack pack = load(rules, System.err);
            if (pack == null) {
                return ExitCodes.USAGE;
            }
            System.out.println("编号\t严重程度\t说明\t来源\t表\t模板");
            for (RuleEntry e : pack.entries()) {
                System.out.println(String.join("\t", e.id(), e.severity().label(), e.title(), e.source(),
                        String.join(",", e.tables()), e.templates().isEmpty() ? "全部" : String.join(",", e.templates())));
            }
            return ExitCodes.CLEAN;
        }
    }

    @Command(name = "show", description = "显示一条规则的 DRL（公式表中的一行被翻译成的规则）。")
    static final class Show extends Base {
        @Parameters(paramLabel = "编号", description = "规则编号，如 T01-01")
        String id;

        @Override
        public Integer call() {
            RulePack pack = load(rules, System.err);
            if (pack == null) {
                return ExitCodes.USAGE;
            }
            List<RuleEntry> entries = pack.entries(id);
            if (entries.isEmpty()) {
                System.err.println("没有编号为 " + id + " 的规则（jsaudit rules list 可列出全部）");
                return ExitCodes.USAGE;
            }
            for (RuleEntry e : entries) {
                System.out.println("// " + e.id() + " " + e.title() + "（来源：" + e.source() + "）");
                System.out.println(e.drl());
            }
            return ExitCodes.CLEAN;
        }
    }

    @Command(name = "test", description = "运行 rules/tests/ 中的测试用例：在基础工作簿上改几个单元格，核对应报和不应报的审核发现。全部通过退出码 0，有失败 1，用例有错 2。")
    static final class Test extends Base {
        @Override
        public Integer call() throws IOException {
            RulesFolder folder = whole(rules, System.err);
            if (folder == null) {
                return ExitCodes.USAGE;
            }
            RulePack pack = folder.tables();
            List<RuleProblem> problems = new ArrayList<>();
            List<RuleCase> cases = new ArrayList<>();
            for (Path f : pack.testFiles()) {
                cases.addAll(RuleCases.read(f, display(rules, f), problems));
            }
            if (!problems.isEmpty()) {
                problems.forEach(p -> System.err.println("  " + p));
                return ExitCodes.USAGE;
            }
            Path work = Files.createTempDirectory("jsaudit-rules-test");
            int failed = 0;
            try {
                RuleCaseRunner runner = new RuleCaseRunner(folder, work);
                for (RuleCase c : cases) {
                    RuleCaseRunner.Outcome o = runner.run(c);
                    System.out.println((o.passed() ? "通过  " : "失败  ") + c.file() + ":" + c.line() + "  " + c.name());
                    if (!o.passed()) {
                        failed++;
                        o.diff().forEach(d -> System.out.println("        " + d));
                        System.out.println("        实际：" + (o.findings().isEmpty() ? "（无）" : String.join("；", o.findings())));
                    }
                }
            } finally {
                try (var walk = Files.walk(work)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
            System.out.println("共 " + cases.size() + " 个用例，通过 " + (cases.size() - failed) + "，失败 " + failed);
            return failed == 0 ? ExitCodes.CLEAN : ExitCodes.ERRORS_FOUND;
        }
    }

    private static String display(Path rules, Path f) {
        return rules.resolve(rules.toAbsolutePath().normalize().relativize(f.toAbsolutePath().normalize())).toString();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
