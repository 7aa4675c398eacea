package cn.jsaudit.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.jsaudit.engine.RuleBook;
import cn.jsaudit.ingest.Templates;
import cn.jsaudit.ingest.WorkbookFacts;
import cn.jsaudit.ingest.WorkbookReader;
import cn.jsaudit.ingest.Workbooks;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Severity;

/** Seed 000 (tables + narrative) through the narrative rules: Z3–Z9 of seed-cases.md, nothing on the rest. */
class NarrativeRulesSeed000Test {

    private static final Path RULES = Path.of("rules");
    private static List<Finding> findings;

    @BeforeAll
    static void screen() throws Exception {
        Path workbook = Fixtures.referenceWorkbook();
        WorkbookFacts tables = new WorkbookReader(Templates.load(RULES), null).read(Workbooks.read(workbook),
                workbook.getFileName().toString());
        NarrativeFacts narrativeFacts = NarrativeFacts.create(RULES);
        Narrative narrative = narrativeFacts.read(Fixtures.referenceNarrative());
        List<Object> facts = new ArrayList<>();
        facts.add(tables.submission());
        facts.addAll(tables.amounts());
        facts.addAll(narrativeFacts.facts(narrative, tables.amounts(), List.of()));
        findings = cn.jsaudit.fixtures.Examples.rules().evaluate(facts);
    }

    private static List<Finding> of(String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static String dump() {
        return findings.stream().map(f -> f.rule() + " " + f.severity() + " " + f.message() + " «" + f.quote() + "»")
                .collect(Collectors.joining("\n"));
    }

    @Test
    void z3BasicExpenditureInTextDiffersFromTablesWithinRounding() {
        List<Finding> z3 = of("N-金额不符");
        assertEquals(1, z3.size(), dump());
        Finding f = z3.get(0);
        assertEquals(Severity.INFO, f.severity());
        assertEquals("2023 年度一般公共预算财政拨款基本支出 96.27 万元，其中：", f.quote());
        assertEquals(0, f.expected().compareTo(new java.math.BigDecimal("96.26")));
    }

    @Test
    void z4CitedSubjectNotInTables() {
        List<Finding> z4 = of("N-科目不存在");
        assertEquals(2, z4.size(), dump());
        assertTrue(z4.stream().allMatch(f -> f.severity() == Severity.ERROR));
        assertTrue(z4.stream().anyMatch(f -> f.quote().equals("1.一般公共服务支出(类)财政事务（款）行政运行（项）。")));
        assertTrue(z4.stream().anyMatch(f -> f.quote().equals("1.一般公共服务(类)财政事务(款)行政运行(项)")));
    }

    @Test
    void z5AnotherUnitsName() {
        List<Finding> z5 = of("N-单位名称");
        assertEquals(1, z5.size(), dump());
        assertEquals(Severity.WARNING, z5.get(0).severity());
        assertTrue(z5.get(0).quote().contains("曾都区医疗保障服务中心共有车辆 0 辆"));
    }

    @Test
    void z6RatesOnZeroBudget() {
        List<Finding> z6 = of("N-零基数比率").stream().filter(f -> f.message().contains("完成率")).toList();
        assertEquals(4, z6.size(), dump());
        assertTrue(z6.stream().allMatch(f -> f.quote().contains("完成全年预算的 0%")));
        assertTrue(of("N-零基数比率").stream().allMatch(f -> f.severity() == Severity.WARNING));
    }

    @Test
    void z7AndZ8ReasonsAgainstTheDirection() {
        List<Finding> reasons = of("N-原因方向");
        assertTrue(reasons.stream().allMatch(f -> f.severity() == Severity.WARNING));
        // Z7: 三公 total and its items explain a 决算 < 预算 that is 0 = 0, and an increase of 0
        assertEquals(4, reasons.stream().filter(f -> f.quote().startsWith("决算数小于全年预算数的主要原因")).count(), dump());
        assertEquals(3, reasons.stream().filter(f -> f.quote().startsWith("决算数较上年增加的主要原因")).count(), dump());
        // Z8: 政府性基金 and 国有资本经营 "增加 0 万元。增加主要原因是…"; the real increase of 26.21 is fine
        List<Finding> z8 = reasons.stream().filter(f -> f.quote().startsWith("增加主要原因是")).toList();
        assertEquals(2, z8.size(), dump());
        assertTrue(z8.stream().allMatch(f -> f.quote().contains("2023 年本单位无")));
    }

    @Test
    void z9PriorYearFiguresDisagreeAsAHint() {
        List<Finding> z9 = of("N-上年数不一致");
        assertTrue(z9.stream().allMatch(f -> f.severity() == Severity.INFO), dump());
        assertTrue(z9.stream().anyMatch(f -> f.message().contains("收支总计") && f.message().contains("收入合计")), dump());
    }

    @Test
    void consistentClaimsRaiseNothing() {
        assertTrue(of("N-占比不符").isEmpty(), dump());
        assertTrue(of("N-增长率不符").isEmpty(), dump());
        assertTrue(of("N-执行率不符").isEmpty(), dump());
        assertTrue(of("N-增减方向矛盾").isEmpty(), dump());
        assertTrue(of("N-政府采购合计").isEmpty(), dump());
        assertTrue(of("N-中小企业超总额").isEmpty(), dump());
        assertTrue(of("N-缺少章节").isEmpty(), dump());
        assertTrue(of("N-模板未填").isEmpty(), dump());
        assertTrue(of("N-同一数量前后不一致").isEmpty(), dump());
        // only 96.27 differs: 人员经费/公用经费 and their lines, 110.26, 96.26, 14 all agree with the tables
        assertEquals(1, of("N-金额不符").size(), dump());
    }
}
