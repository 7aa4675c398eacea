package cn.jsaudit.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.model.BasicDataItem;
import cn.jsaudit.model.ControlRatio;
import cn.jsaudit.model.ExecutionLine;
import cn.jsaudit.model.FormKind;
import cn.jsaudit.model.FormUnit;
import cn.jsaudit.model.Indicator;
import cn.jsaudit.model.PerformanceForm;
import cn.jsaudit.model.Relation;
import cn.jsaudit.model.ScoreItem;
import cn.jsaudit.model.ScoreTotal;
import cn.jsaudit.model.Signature;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spot checks of the facts read from the reference workbook and the seed-004 example, by cell address. */
class PerformanceReaderTest {

    private static <T> List<T> of(List<Object> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static void assertNumber(String expected, String cell, cn.jsaudit.model.FormNumber n) {
        assertEquals(0, new BigDecimal(expected).compareTo(n.value()), n.toString());
        assertEquals(cell, n.location().cell());
    }

    @Test
    void referenceWorkbookFindsOnlyTheThreeForms() throws Exception {
        PerformanceReader.Result r = Harness.read(Harness.REFERENCE);
        assertTrue(r.findings().isEmpty(), Harness.describe(r.findings()));
        List<PerformanceForm> forms = of(r.facts(), PerformanceForm.class);
        assertEquals(List.of("部门绩效自评表", "能力提升资金绩效自评表", "城乡居民项目自评表"),
                forms.stream().map(f -> f.location().sheet()).toList());
        assertEquals(List.of(FormKind.DEPARTMENT, FormKind.PROJECT, FormKind.PROJECT), forms.stream().map(PerformanceForm::kind).toList());
    }

    @Test
    void referenceExecutionLines() throws Exception {
        List<ExecutionLine> lines = of(Harness.read(Harness.REFERENCE).facts(), ExecutionLine.class);
        ExecutionLine dept = lines.get(0);
        assertEquals("部门整体支出总额", dept.subject());
        assertNumber("110.26", "C6", dept.budget());
        assertNumber("110.26", "D6", dept.executed());
        assertNumber("100", "E6", dept.rate()); // text "100%"
        assertNumber("20", "F5", dept.weight()); // from the header "得分（20 分*执行率）"
        assertNumber("20", "F6", dept.score());
        ExecutionLine central = lines.get(2);
        assertEquals("中央补助", central.subject());
        assertNumber("100.00", "G8", central.rate());
        ExecutionLine rural = lines.get(3);
        assertNumber("100", "F9", rural.rate()); // number 100 meaning 100 %
        assertNumber("2", "D9", rural.budget());
    }

    @Test
    void referenceScoresAndIndicators() throws Exception {
        List<Object> facts = Harness.read(Harness.REFERENCE).facts();
        List<ScoreItem> merged = of(facts, ScoreItem.class).stream().filter(s -> s.indicators() > 1).toList();
        assertEquals(2, merged.size());
        assertEquals(6, merged.get(0).indicators()); // G11:G16
        assertNumber("20", "G11", merged.get(0).score());
        List<ScoreTotal> totals = of(facts, ScoreTotal.class);
        assertEquals(List.of("D2", "F15", "G46", "F20"), totals.stream().map(t -> t.score().location().cell()).toList());
        assertEquals("100 分", totals.get(3).score().text());
        Indicator response = of(facts, Indicator.class).stream().filter(i -> i.name().equals("医保信息系统重大安全事件响应时间"))
                .findFirst().orElseThrow();
        assertEquals(Relation.AT_MOST, response.target().relation());
        assertEquals("分钟", response.target().unit());
        assertEquals("E23", response.target().location().cell());
        Indicator insured = of(facts, Indicator.class).get(0);
        assertEquals("万人", insured.target().unit());
        assertEquals(Relation.AT_LEAST, insured.target().relation());
        Indicator qualitative = of(facts, Indicator.class).stream().filter(i -> i.name().equals("医保基金综合监管能力"))
                .findFirst().orElseThrow();
        assertNull(qualitative.target().number());
        assertEquals("有所提升", qualitative.target().text());
    }

    @Test
    void referenceUnits() throws Exception {
        List<FormUnit> units = of(Harness.read(Harness.REFERENCE).facts(), FormUnit.class);
        assertTrue(units.stream().anyMatch(u -> u.role().equals("单位名称") && u.name().equals("曾都区医疗保障局")
                && u.location().cell().equals("A2")));
        assertTrue(units.stream().anyMatch(u -> u.role().equals("项目实施单位") && u.location().cell().equals("F4")));
        assertTrue(units.stream().anyMatch(u -> u.role().equals("资金使用单位") && u.location().cell().equals("G5")));
    }

    @Test
    void yuanjiangBasicData() throws Exception {
        List<Object> facts = Harness.read(Harness.YUANJIANG.resolve("沅江市医疗保障局-2023.xlsx")).facts();
        ControlRatio staff = of(facts, ControlRatio.class).get(0);
        assertNumber("45", "B3", staff.base());
        assertNumber("100.00", "F3", staff.stated());
        List<BasicDataItem> items = of(facts, BasicDataItem.class);
        BasicDataItem sanGong = items.stream().filter(i -> i.key().equals("三公经费")).findFirst().orElseThrow();
        assertNumber("1.08", "B5", sanGong.prior());
        assertNumber("3", "D5", sanGong.budget());
        assertNumber("1.08", "F5", sanGong.actual());
        BasicDataItem publicFunds = items.stream().filter(i -> i.key().equals("公用经费")).findFirst().orElseThrow();
        assertNumber("63.03", "F20", publicFunds.actual());
        assertEquals(5, items.stream().filter(i -> "本级专项资金".equals(i.parent())).count());
        assertEquals(3, items.stream().filter(i -> "公用经费".equals(i.parent())).count());
        assertTrue(of(facts, Signature.class).stream().anyMatch(s -> s.role().equals("填表人") && s.value().equals("王芳")
                && s.location().cell().equals("B30")));
    }

    @Test
    void yuanjiangSelfEvaluation() throws Exception {
        List<Object> facts = Harness.read(Harness.YUANJIANG.resolve("沅江市医疗保障局-2023.xlsx")).facts();
        ExecutionLine l = of(facts, ExecutionLine.class).get(0);
        assertNumber("649.76", "C4", l.initialBudget());
        assertNumber("756.78", "D4", l.budget());
        assertNumber("100.00", "G4", l.rate()); // 1.0 formatted 0.00%
        assertNumber("10", "F4", l.weight());
        assertEquals(7, of(facts, ScoreItem.class).size());
        assertEquals(6, of(facts, Indicator.class).size());
        Indicator rate = of(facts, Indicator.class).get(0);
        assertEquals(0, new BigDecimal("101.88").compareTo(rate.actual().number()));
        assertEquals("%", rate.actual().unit());
        FormUnit dept = of(facts, FormUnit.class).get(0);
        assertEquals("南京市医疗保障局", dept.name());
        assertEquals("C2", dept.location().cell());
        ScoreTotal total = of(facts, ScoreTotal.class).get(0);
        assertNumber("100", "H24", total.score());
        assertNumber("100", "G24", total.weight());
    }

    private static final java.nio.file.Path BAIHE = java.nio.file.Path.of("examples/白河县医疗保障局-2023/白河县医疗保障局-2023.xlsx");

    private static <T> List<T> of(List<Object> facts, Class<T> type, String sheet) {
        return of(facts, type).stream().filter(o -> o.toString().contains("[" + sheet + "]")).toList();
    }

    @Test
    void nationalProjectFormUnderTwoRowHeaders() throws Exception {
        PerformanceReader.Result r = Harness.read(BAIHE);
        assertTrue(r.findings().isEmpty(), Harness.describe(r.findings()));
        List<Object> facts = r.facts();
        assertEquals(11, of(facts, PerformanceForm.class).size()); // ten projects and the 部门整体 form
        ExecutionLine total = of(facts, ExecutionLine.class, "项目2").get(0);
        assertTrue(total.total());
        assertNumber("100", "D5", total.initialBudget());
        assertNumber("75.1", "E5", total.budget());
        assertNumber("75.10", "H5", total.rate()); // 0.751 formatted 0.00%
        List<Indicator> indicators = of(facts, Indicator.class, "项目2");
        assertEquals(10, indicators.size());
        Indicator people = indicators.get(0);
        assertEquals("财政全额拨款单位人数", people.name());
        assertEquals("产出指标(50分)", people.level1()); // B13:B17 merged down
        assertEquals("E13", people.target().location().cell()); // 年度 over 指标值
        assertEquals("F13", people.actual().location().cell()); // 实际 over 完成值
        assertNumber("5", "G13", people.weight());
        assertNumber("5", "H13", people.score());
        Indicator cost = indicators.stream().filter(i -> i.name().equals("总成本")).findFirst().orElseThrow();
        assertEquals(Relation.AT_MOST, cost.target().relation()); // a 成本指标 printed without comparator
        assertEquals(List.of("产出指标(50分)", "效益指标(30分)", "满意度指标(10分)"),
                of(facts, cn.jsaudit.model.IndicatorGroup.class, "项目2").stream().map(cn.jsaudit.model.IndicatorGroup::label).toList());
        assertEquals(11, of(facts, ScoreItem.class, "项目2").size()); // the execution score and one per indicator
        ScoreTotal sum = of(facts, ScoreTotal.class, "项目2").get(0);
        assertNumber("100", "H24", sum.score());
        assertNumber("100", "G24", sum.weight());
    }

    @Test
    void nationalFormTextsAndStatements() throws Exception {
        List<Object> facts = Harness.read(BAIHE).facts();
        assertEquals("2022年干部职工体检费", of(facts, cn.jsaudit.model.ProjectName.class, "项目2").get(0).name());
        List<cn.jsaudit.model.FormText> texts = of(facts, cn.jsaudit.model.FormText.class, "项目2");
        assertEquals(List.of("B10", "F10"), texts.stream().map(t -> t.location().cell()).toList());
        assertEquals(List.of(cn.jsaudit.model.FormText.TARGET, cn.jsaudit.model.FormText.ACTUAL),
                texts.stream().map(cn.jsaudit.model.FormText::role).toList());
        cn.jsaudit.model.StatedProduct product = of(facts, cn.jsaudit.model.StatedProduct.class, "项目2").get(0);
        assertNumber("3334", "B10", product.count());
        assertEquals(0, new BigDecimal("300").compareTo(product.price().value()));
        assertEquals(0, new BigDecimal("75.1").compareTo(product.total().value()));
        cn.jsaudit.model.StatedSum parts = of(facts, cn.jsaudit.model.StatedSum.class, "整体绩效").get(1);
        assertTrue(parts.listed());
        assertEquals(6, parts.parts().size());
        assertEquals(0, new BigDecimal("203.12").compareTo(parts.total().value()));
    }

    @Test
    void departmentFormWithoutThirdLevelNamesScoresByTheSecondLevel() throws Exception {
        List<Object> facts = Harness.read(BAIHE).facts();
        List<Indicator> dept = of(facts, Indicator.class, "整体绩效");
        assertEquals(26, dept.size());
        Indicator effect = dept.stream().filter(i -> i.name().equals("经济效益")).findFirst().orElseThrow(); // B32, C32 blank
        assertNumber("4", "E32", effect.weight());
        assertNumber("98", "G2", of(facts, ScoreTotal.class, "整体绩效").get(0).score()); // "自评得分： 98"
        assertEquals(4, of(facts, cn.jsaudit.model.IndicatorGroup.class, "整体绩效").size()); // 部门决策（10）…
    }
}
