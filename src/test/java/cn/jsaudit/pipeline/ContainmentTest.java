package cn.jsaudit.pipeline;

import cn.jsaudit.model.ScreeningResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A StackOverflowError or an OutOfMemoryError in one submission's rules becomes that submission's INPUT finding,
 * and the others of the batch are screened as if it were not there. Rules are code (a DRL consequence can call any
 * Java), so the faults are planted by a test rule. The same in reading, on real hostile files with their limits
 * lifted, runs in a process of its own: LastResortTest.
 */
class ContainmentTest {

    private static final String FAULTS = """
            package rules.faults;

            import cn.jsaudit.model.*;

            global cn.jsaudit.ruleapi.Checks check;

            function int deeper(int n) {
                return deeper(n + 1) + 1;
            }

            rule "FAULT-SOE"
                @id("FAULT-SOE") @title("递归不止的规则") @severity("ERROR")
            when
                Submission(unit == "示范县农业技术推广中心")
            then
                deeper(0);
            end

            rule "FAULT-OOM"
                @id("FAULT-OOM") @title("要 16 GB 内存的规则") @severity("ERROR")
            when
                Submission(unit == "四川省示例市医疗保障信息中心")
            then
                long[] huge = new long[Integer.MAX_VALUE - 8];
                check.finding(kcontext, "tolerance.rule").arg("length", huge.length).report();
            end
            """;

    @TempDir
    Path tmp;

    private static Finding onlyFinding(ScreeningResult r) {
        assertEquals(1, r.findings().size(), r.findings().toString());
        assertTrue(r.unreadable());
        return r.findings().get(0);
    }

    @Test
    void aStackOverflowOrOutOfMemoryInTheRulesIsThatSubmissionsFindingAndTheBatchGoesOn() throws Exception {
        Path rules = tmp.resolve("rules");
        Examples.copyTree(Examples.RULES, rules);
        Files.writeString(rules.resolve("faults.drl"), FAULTS);
        List<Throwable> causes = new ArrayList<>();
        Screener screener = new Screener(Examples.load(rules), null, (file, cause) -> {
            synchronized (causes) {
                causes.add(cause);
            }
        });
        List<SubmissionFiles> batch = List.of(new SubmissionFiles(Examples.CLEAN, null, List.of()),
                new SubmissionFiles(Examples.SEED_000, null, List.of()), new SubmissionFiles(Examples.SICHUAN, null, List.of()));
        List<ScreeningResult> results = new BatchScreener(screener, 2).screen(batch, Parallel.Progress.NONE);

        Finding soe = onlyFinding(results.get(0));
        assertEquals("INPUT", soe.rule());
        assertEquals(Severity.ERROR, soe.severity());
        assertEquals(new Location("示范县农业技术推广中心-2023.xlsx", null, null), soe.primaryLocation());
        assertEquals("示范县农业技术推广中心-2023.xlsx：按规则审核此提交时程序栈溢出（文件中的结构嵌套过深，或规则递归过深），此文件未审核；其他文件不受影响",
                soe.message());
        Finding oom = onlyFinding(results.get(2));
        assertTrue(oom.message().startsWith("四川格式示例-2023.xlsx：按规则审核此提交时内存不足（单独重试后仍然不足），此文件未审核。"), oom.message());
        assertEquals(screen(Examples.SEED_000), summary(results.get(1)), "the good submission's findings are unchanged");
        assertTrue(causes.stream().anyMatch(c -> c instanceof StackOverflowError), causes.toString());
        assertTrue(causes.stream().anyMatch(c -> c instanceof OutOfMemoryError), causes.toString());
    }

    private static List<String> screen(Path workbook) {
        return summary(Examples.screener().screen(new SubmissionFiles(workbook, null, List.of())));
    }

    private static List<String> summary(ScreeningResult r) {
        return r.findings().stream().map(f -> f.rule() + " " + f.severity() + " " + f.primaryLocation() + " " + f.message()).toList();
    }
}
