package cn.jsaudit.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.jsaudit.model.AmountUnit;
import cn.jsaudit.model.Amount;
import cn.jsaudit.model.ExecutionLine;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.FormKind;
import cn.jsaudit.model.FormNumber;
import cn.jsaudit.model.Indicator;
import cn.jsaudit.model.IndicatorValue;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.PerformanceForm;
import cn.jsaudit.model.Relation;
import cn.jsaudit.model.Severity;
import cn.jsaudit.model.Submission;

/**
 * The rules setting the narrative against the performance forms, on a narrative and forms written for them: a
 * project's form linked by its 全年预算数 and 执行数, a 项 linked by its 决算数, and the findings each disagreement
 * gives — once, at the narrative's paragraph.
 */
class NarrativeFormRulesTest {

    private static final String FILE = "表.xlsx";
    private static final String TEXT = String.join("\n",
            "第二部分 2023 年度部门决算情况说明",
            "五、一般公共预算财政拨款支出决算情况说明",
            "2023 年度一般公共预算财政拨款支出年初预算 150 万元，支出决算 120 万元，完成年初预算的 80%。其中：",
            "1.卫生健康支出（类）行政事业单位医疗（款）公务员医疗补助（项）。年初预算 150 万元，支出决算 75.1 万元，完成年初预算的 50.07%。"
                    + "决算数小于预算数的主要原因是 2023 参加职工体检的费用结算滞后。",
            "2.卫生健康支出（类）医疗救助（款）其他医疗救助支出（项）。年初预算 44.9 万元，支出决算 44.9 万元。",
            "十一、政府采购支出情况说明",
            "本部门 2023 年度无政府采购事项。",
            "九、财政拨款“三公”经费及会议费、培训费支出决算情况说明",
            "本年度无财政拨款会议费支出。",
            "十三、预算绩效情况说明",
            "1.2022 年干部职工体检费项目绩效自评综述：全年预算数 75.1 万元，执行数 75.1 万元，完成预算的 100%。",
            "2.医疗救助补助项目绩效自评综述：全年预算数 44.9 万元，执行数 44.9 万元，完成预算的 100%。",
            "第五部分 附件",
            "医疗救助补助资金",
            "项目支出绩效自评报告",
            "中央下达指标 60 万元，结转后财政下达指标为 44.9 万元。");

    private static List<Finding> findings;

    @BeforeAll
    static void screen(@TempDir Path dir) throws Exception {
        List<Amount> amounts = List.of(
                item("2101103", "公务员医疗补助", "75.10", "E14"), item("2101399", "其他医疗救助支出", "44.90", "E16"));
        findings = Fixtures.findings(dir, TEXT, amounts, forms(),
                new Submission(FILE, "某县医疗保障局", 2023, AmountUnit.WAN_YUAN, "national"));
    }

    /** Project 1 divides by a 年初预算数 of 100; project 2 has 44.9 of carried-over money listed as this year's. */
    private static List<Object> forms() {
        List<Object> f = new ArrayList<>();
        String p1 = PerformanceForm.idOf(FILE, "项目1");
        f.add(new PerformanceForm(p1, FormKind.PROJECT, "项目支出绩效自评表", at("项目1", "A1")));
        f.add(new ExecutionLine(p1, "年度资金总额", n("100", "项目1", "D5"), n("75.1", "项目1", "E5"),
                n("75.1", "项目1", "F5"), n("75.10", "项目1", "H5"), null, null));
        String p2 = PerformanceForm.idOf(FILE, "项目2");
        f.add(new PerformanceForm(p2, FormKind.PROJECT, "项目支出绩效自评表", at("项目2", "A1")));
        f.add(new ExecutionLine(p2, "年度资金总额", n("44.9", "项目2", "D5"), n("44.9", "项目2", "E5"),
                n("44.9", "项目2", "F5"), n("90", "项目2", "H5"), null, null));
        f.add(new ExecutionLine(p2, "当年财政拨款", n("44.9", "项目2", "D6"), n("44.9", "项目2", "E6"),
                n("44.9", "项目2", "F6"), n("90", "项目2", "H6"), null, null));
        f.add(indicator(p2, "项目2", "工作会议费用", "2万元", "D20"));
        f.add(indicator(p2, "项目2", "购买电脑", "3万元（按采购规定）", "D21"));
        return f;
    }

    private static Indicator indicator(String form, String sheet, String name, String value, String cell) {
        IndicatorValue v = new IndicatorValue(value, Relation.EQUAL, null, "", at(sheet, "E" + cell.substring(1)));
        return new Indicator(form, "产出指标", "成本指标", name, v, v, null, null, "", at(sheet, cell));
    }

    private static Amount item(String code, String name, String value, String cell) {
        return new Amount("公开05表", "一般公共预算支出", "", null, code, name, 1, "本年支出/小计", new BigDecimal(value),
                new BigDecimal("0.005"), at("表5", cell));
    }

    private static FormNumber n(String value, String sheet, String cell) {
        BigDecimal v = new BigDecimal(value);
        return new FormNumber(v, FormNumber.halfStepOf(v.scale()), value, at(sheet, cell));
    }

    private static Location at(String sheet, String cell) {
        return new Location(FILE, sheet, cell);
    }

    private static List<Finding> of(String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static String dump() {
        return findings.stream().map(f -> f.rule() + " " + f.severity() + " " + f.primaryLocation() + " " + f.message())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void aProjectsRateDiffersFromItsFormsOnlyWhenTheFormIsNotOnItsInitialBudget() {
        // project 1's 75.10 % is 75.1 ÷ 100 (the form's base: P-执行率-口径), project 2's 90 % has no such cause
        List<Finding> rates = of("N-项目执行率-自评表");
        assertEquals(1, rates.size(), dump());
        assertTrue(rates.get(0).message().contains("医疗救助补助") && rates.get(0).message().contains("90"), dump());
        assertEquals(Severity.WARNING, rates.get(0).severity());
    }

    @Test
    void anItemsInitialBudgetAgainstTheFormOfTheSameMoney() {
        List<Finding> budgets = of("N-年初预算-自评表");
        assertEquals(1, budgets.size(), dump());
        assertEquals("第4段", budgets.get(0).primaryLocation().cell());
        assertTrue(budgets.get(0).message().contains("150.00") && budgets.get(0).message().contains("100"), dump());
    }

    @Test
    void carriedOverMoneyListedAsThisYearsAppropriation() {
        List<Finding> carried = of("N-结转资金列当年");
        assertEquals(1, carried.size(), dump());
        assertTrue(carried.get(0).message().contains("44.90"), dump());
    }

    @Test
    void aProjectNamedForLastYearThatTheTextPutsInThisYear() {
        List<Finding> years = of("N-项目年度不清");
        assertEquals(1, years.size(), dump());
        assertTrue(years.get(0).message().contains("2022年干部职工体检费"), dump());
        assertEquals("第4段", years.get(0).primaryLocation().cell());
    }

    @Test
    void meetingCostsAndPurchasesInAFormThatTheTextSaysThereWereNone() {
        List<Finding> meetings = of("N-会议培训费-自评表");
        assertEquals(1, meetings.size(), dump());
        assertEquals("D20", meetings.get(0).primaryLocation().cell());
        List<Finding> purchases = of("N-政府采购-自评表");
        assertEquals(1, purchases.size(), dump());
        assertEquals("第7段", purchases.get(0).primaryLocation().cell());
    }
}
