package cn.jsaudit.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Severity;

/** The claim-level rules that need no tables, on a narrative written to break each of them once. */
class NarrativeRulesTextTest {

    private static final String TEXT = String.join("\n",
            "第三部分 2023 年度部门决算情况说明",
            "一、收入支出决算总体情况说明",
            "本单位 XX 年度收入支出情况如下。",
            "三、支出决算情况说明",
            "2023 年度支出合计 100.00 万元，与 2022 年度相比，支出合计减少 10.00 万元，增长 10.0%。",
            "其中：基本支出 60.00 万元，占本年支出 70.0%；",
            "项目支出 40.00 万元，占本年支出 40.0%。",
            "九、财政拨款“三公”经费支出决算情况说明",
            "公务接待费全年预算为 50 万元，支出决算为 40 万元，完成全年预算的 90%。决算数大于全年预算数的主要原因：接待任务增加。",
            "十一、政府采购支出说明",
            "本部门 2023 年度政府采购支出总额 20.00 万元，其中：政府采购货物支出 5.00 万元、政府采购工程支出 5.00 万元、政府采购服务支出 5.00 万元。",
            "授予中小企业合同金额 25.00 万元，占政府采购支出总额的 125%。");

    private static List<Finding> findings;

    @BeforeAll
    static void screen(@TempDir Path dir) throws Exception {
        findings = Fixtures.findings(dir, TEXT, List.of(), List.of());
    }

    private static List<Finding> of(String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static String dump() {
        return findings.stream().map(f -> f.rule() + " " + f.severity() + " " + f.message()).collect(Collectors.joining("\n"));
    }

    @Test
    void directionWordsThatContradictEachOther() {
        assertEquals(1, of("N-增减方向矛盾").size(), dump());
        assertEquals(Severity.ERROR, of("N-增减方向矛盾").get(0).severity());
    }

    @Test
    void growthRecomputedFromTheTextsOwnNumbers() {
        // 减少 10 from 110 is 9.1 %, not 10.0 %
        List<Finding> growth = of("N-增长率不符");
        assertEquals(1, growth.size(), dump());
        assertEquals("9.09%", growth.get(0).message().replaceAll(".*应为 ([0-9.]+%).*", "$1"));
    }

    @Test
    void sharesRecomputedFromTheTextsOwnNumbers() {
        List<Finding> shares = of("N-占比不符");
        // 60/100 = 60 % (not 70 %), 25/20 = 125 % is right, 40/100 = 40 % is right
        assertEquals(1, shares.size(), dump());
        assertTrue(shares.get(0).quote().contains("基本支出 60.00 万元"));
    }

    @Test
    void executionRateAndReasonDirection() {
        assertEquals(1, of("N-执行率不符").size(), dump());
        List<Finding> reasons = of("N-原因方向");
        assertEquals(1, reasons.size(), dump());
        assertEquals(Severity.WARNING, reasons.get(0).severity());
    }

    @Test
    void procurementTotalAndSmallAndMediumEnterprises() {
        assertEquals(1, of("N-政府采购合计").size(), dump());
        assertEquals(1, of("N-中小企业超总额").size(), dump());
    }

    @Test
    void placeholderAndMissingSections() {
        assertEquals(1, of("N-模板未填").size(), dump());
        List<Finding> missing = of("N-缺少章节");
        assertTrue(missing.stream().anyMatch(f -> f.message().contains("收入决算情况说明")), dump());
        assertTrue(missing.stream().noneMatch(f -> f.message().contains("“支出决算情况说明”")), dump());
        assertTrue(missing.stream().noneMatch(f -> f.message().contains("政府采购")), dump());
    }

    @Test
    void withoutTablesNothingIsComparedWithTables() {
        assertTrue(of("N-金额不符").isEmpty());
        assertTrue(of("N-科目不存在").isEmpty());
        assertTrue(of("N-单位名称").isEmpty());
    }
}
