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

/** Runs every case of rules/tests/ (what `jsaudit rules test` runs) and checks that they cover every table rule. */
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

    @Test
    void everyTableRuleHasACaseThatExpectsIt() {
        Set<String> expected = new TreeSet<>();
        cases().forEach(c -> c.expected().forEach(e -> expected.add(e.rule())));
        Set<String> missing = new TreeSet<>();
        Examples.pack().entries().stream().filter(e -> e.source().startsWith(Examples.RULES.resolve("tables").toString()))
                .map(RuleEntry::id).filter(id -> !expected.contains(id)).forEach(missing::add);
        assertEquals(Set.of(), missing, "rules without a case in rules/tests/");
    }

    @Test
    void aCaseFailsWithADiffWhenTheExpectedFindingIsAbsent() throws Exception {
        RuleCase c = new RuleCase("t.txt", 1, "不改任何单元格", Examples.CLEAN.toAbsolutePath(), List.of(), false,
                List.of(), null, List.of(), List.of(new RuleCase.Expect("T01-01", null, "Sheet3", "C33", 3)), List.of(), true);
        RuleCaseRunner.Outcome o = new RuleCaseRunner(Examples.folder(), work).run(c);
        assertFalse(o.passed());
        assertEquals(List.of("缺少  T01-01 Sheet3!C33（第 3 行）"), o.diff());
    }
}
