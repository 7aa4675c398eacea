package cn.jsaudit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.engine.RuleProblem;
import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.rulepack.RuleCase;
import cn.jsaudit.rulepack.RuleCases;
import cn.jsaudit.rulepack.RuleEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Runs every case of rules/tests/ (what `jsaudit rules test` runs) and checks that they cover every rule. */
class RuleCasesTest {

    @TempDir
    static Path work;

    private static List<RuleCase> cases() {
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleCase> out = new ArrayList<>();
        for (Path f : Examples.pack().testFiles()) {
            out.addAll(RuleCases.read(f, f.toString(), problems));
        }
        assertEquals(List.of(), problems);
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyShippedCasePasses() {
        RuleCaseRunner runner = new RuleCaseRunner(Examples.folder(), work);
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.file() + ":" + c.line() + " " + c.name(), () -> {
            RuleCaseRunner.Outcome o = runner.run(c);
            assertTrue(o.passed(), () -> String.join("\n", o.diff()) + "\n实际：" + o.findings());
        }));
    }

    /**
     * Rules no case can reach, each with the reason: P-三公-09表 compares a 基础数据表 with the 三公经费表 of the same
     * submission, and no example carries both (SanGongVs09Test covers it on a fixture).
     */
    private static final Set<String> WITHOUT_CASE = Set.of("P-三公-09表");

    @Test
    void everyRuleHasACaseThatExpectsIt() {
        Set<String> expected = new TreeSet<>();
        cases().forEach(c -> c.expected().forEach(e -> expected.add(e.rule())));
        Set<String> ids = new TreeSet<>(Examples.pack().entries().stream().map(RuleEntry::id).toList());
        Set<String> missing = new TreeSet<>(ids);
        missing.removeAll(expected);
        missing.removeAll(WITHOUT_CASE);
        assertEquals(Set.of(), missing, "rules without a case in rules/tests/");
        for (String id : WITHOUT_CASE) {
            assertTrue(ids.contains(id) && !expected.contains(id), id + " is no longer a rule without a case");
        }
    }

    @Test
    void aCaseFailsWithADiffWhenTheExpectedFindingIsAbsent() throws Exception {
        RuleCase c = new RuleCase("t.txt", 1, "不改任何单元格", Examples.CLEAN.toAbsolutePath(), List.of(), false,
                List.of(), null, List.of(), List.of(new RuleCase.Expect("T01-01", null, "Sheet3", "C33", 3)), List.of(), true);
        RuleCaseRunner.Outcome o = new RuleCaseRunner(Examples.folder(), work).run(c);
        assertFalse(o.passed());
        assertEquals(List.of("缺少  T01-01 Sheet3!C33（第 3 行）"), o.diff());
    }

    @Test
    void aPriorYearIsAYearAndItsChangesNeedIt() throws Exception {
        Path file = work.resolve("上年.txt");
        java.nio.file.Files.writeString(file, """
                基础: %s
                == 有上年 ==
                上年: 2023
                上年修改: 表13!M8 = 3
                == 年度写错 ==
                上年: 去年
                == 只有上年修改 ==
                上年修改: 表13!M8 = 3
                """.formatted(Examples.CLEAN.toAbsolutePath()));
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleCase> read = RuleCases.read(file, "上年.txt", problems);
        assertEquals(2023, read.get(0).priorYear());
        assertEquals(List.of(new RuleCase.CellChange("表13", "M8", "3")), read.get(0).priorOverrides());
        assertEquals(List.of(6, 7), problems.stream().map(RuleProblem::line).toList(), problems.toString());
    }
}
