package cn.jsaudit.engine;

import static cn.jsaudit.engine.SumRule.amount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.model.Amount;
import cn.jsaudit.model.ColumnRead;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleBookTest {

    private static List<Finding> run(String drl, Object... facts) throws RuleCompileException {
        return RuleBook.compile(List.of(new RuleBook.RuleSource("rules/test.drl", drl))).evaluate(List.of(facts));
    }

    @Test
    void beyondToleranceIsTheRulesSeverityWithExpectedActualAndTolerance() throws Exception {
        List<Finding> f = run(SumRule.DRL, amount("合计", "10.00", "C3"), amount("甲", "4.00", "C4"), amount("乙", "5.90", "C5"));
        assertEquals(1, f.size());
        Finding finding = f.get(0);
        assertEquals("T99-01", finding.rule());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(new BigDecimal("9.90"), finding.expected());
        assertEquals(new BigDecimal("10.00"), finding.actual());
        assertEquals(0, new BigDecimal("0.015").compareTo(finding.tolerance()), "(2 items + 1 total) × 0.005");
        assertEquals(List.of("C3", "C4", "C5"), finding.locations().stream().map(Location::cell).toList());
        assertTrue(finding.message().contains("差额 0.10"), finding.message());
        assertTrue(finding.message().contains("容差 ±0.015"), finding.message());
    }

    @Test
    void aVisibleDifferenceInsideTheToleranceIsInfo() throws Exception {
        List<Finding> f = run(SumRule.DRL, amount("合计", "10.00", "C3"), amount("甲", "4.00", "C4"), amount("乙", "5.99", "C5"));
        assertEquals(1, f.size());
        assertEquals(Severity.INFO, f.get(0).severity());
        assertTrue(f.get(0).message().contains("尾数误差范围内"));
    }

    @Test
    void noDifferenceNoFinding() throws Exception {
        assertTrue(run(SumRule.DRL, amount("合计", "10.00", "C3"), amount("甲", "4.00", "C4"), amount("乙", "6.00", "C5")).isEmpty());
    }

    @Test
    void aToleranceInTheRuleOverridesTheRoundingOne() throws Exception {
        String drl = SumRule.DRL.replace("@severity(\"ERROR\")", "@severity(\"WARNING\") @tolerance(\"0.5\")");
        List<Finding> f = run(drl, amount("合计", "10.00", "C3"), amount("甲", "4.00", "C4"), amount("乙", "5.90", "C5"));
        assertEquals(Severity.INFO, f.get(0).severity());
        f = run(drl, amount("合计", "10.00", "C3"), amount("甲", "4.00", "C4"), amount("乙", "5.00", "C5"));
        assertEquals(Severity.WARNING, f.get(0).severity());
    }

    @Test
    void aSyntaxErrorNamesFileLineAndColumnInChinese() {
        String broken = SumRule.DRL.replace("$t : Amount(table == \"公开99表\", name == \"合计\")", "$t : Amount(table == \"公开99表\", name == \"合计\"");
        RuleCompileException e = assertThrows(RuleCompileException.class, () -> run(broken));
        RuleProblem p = e.problems().get(0);
        assertEquals("rules/test.drl", p.file());
        assertEquals(9, p.line(), "Drools notices the missing bracket where the next pattern starts");
        assertTrue(p.column() >= 0);
        assertTrue(p.message().startsWith("语法错误"), p.message());
        assertTrue(p.toString().startsWith("rules/test.drl:9:"), p.toString());
    }

    @Test
    void anUnknownFieldIsNamedToo() {
        String broken = SumRule.DRL.replace("name == \"合计\")\n", "nmae == \"合计\")\n");
        RuleCompileException e = assertThrows(RuleCompileException.class, () -> run(broken));
        assertEquals("rules/test.drl", e.problems().get(0).file());
        assertEquals(8, e.problems().get(0).line());
    }

    @Test
    void aRuleThatFailsAtRunTimeBecomesAFindingNamingIt() throws Exception {
        String failing = SumRule.DRL.replace("check.sum(kcontext, $t, $items);", "check.sum(kcontext, $t, $items); Integer.parseInt($t.name());");
        List<Finding> f = run(failing, amount("合计", "10.00", "C3"), amount("甲", "4.00", "C4"), amount("乙", "5.90", "C5"));
        assertEquals(List.of("T99-01", "T99-01"), f.stream().map(Finding::rule).toList());
        assertEquals(Severity.ERROR, f.get(1).severity());
        assertTrue(f.get(1).message().startsWith("规则 T99-01 运行出错"), f.get(1).message());
        assertTrue(f.get(1).message().contains("NumberFormatException"), f.get(1).message());
    }

    @Test
    void onlyFactsSomeRulePatternMatchesAreInserted() throws Exception {
        RuleBook amounts = RuleBook.compile(List.of(new RuleBook.RuleSource("rules/test.drl", SumRule.DRL)));
        assertTrue(amounts.matches(Amount.class));
        assertFalse(amounts.matches(ColumnRead.class), "no pattern names ColumnRead: not inserted");
        String columns = """
                package test;
                import cn.jsaudit.model.*;
                global cn.jsaudit.ruleapi.Checks check;
                rule "C-01"
                    @id("C-01") @title("读到的栏") @severity("INFO")
                when
                    exists ColumnRead(role == "测试", col == 1)
                then
                    check.finding(kcontext, "compare.within").arg("title", "t").arg("left", "l").arg("leftSum", 1)
                        .arg("right", "r").arg("rightSum", 1).arg("difference", 0).arg("tolerance", 0).arg("basis", "b").report();
                end
                """;
        RuleBook book = RuleBook.compile(List.of(new RuleBook.RuleSource("rules/test.drl", columns)));
        assertTrue(book.matches(ColumnRead.class), "an auditor's rule that names ColumnRead gets them");
        assertFalse(book.matches(Amount.class));
        Amount a = amount("合计", "10.00", "C3");
        assertEquals(List.of("C-01"), book.evaluate(List.of(a, new ColumnRead("测试", 1))).stream().map(Finding::rule).toList());
        String anything = columns.replace("exists ColumnRead(role == \"测试\", col == 1)", "exists Object()");
        assertTrue(RuleBook.compile(List.of(new RuleBook.RuleSource("rules/test.drl", anything))).matches(Amount.class),
                "a pattern on a supertype matches every fact of its subtypes");
    }

    @Test
    void ruleMetadataIsListed() throws Exception {
        RuleBook book = RuleBook.compile(List.of(new RuleBook.RuleSource("rules/test.drl", SumRule.DRL)));
        assertEquals(List.of(new RuleInfo("T99-01", "测试：合计 = 明细之和", Severity.ERROR, "R1")), book.rules());
    }
}
