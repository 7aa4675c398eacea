package cn.jsaudit.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.ingest.FileNames;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed anomalies (seed-cases.md Y1–Y5, Z10, Z12) and no false findings on consistent figures. */
class SeedRulesTest {

    private static final String YJ_UNIT = "沅江市医疗保障局";
    private static final String ZD_UNIT = "随州市曾都区医疗保障信息中心";

    private List<Finding> yuanjiang(boolean withReport) throws Exception {
        List<Object> facts = new ArrayList<>(Harness.read(Harness.YUANJIANG.resolve("沅江市医疗保障局-2023.xlsx")).facts());
        if (withReport) {
            facts.addAll(Harness.input().narrative().read(cn.jsaudit.fixtures.Examples.folder().narrative()
                    .read(Harness.YUANJIANG.resolve("沅江市医疗保障局-2023.docx")).sentences(), "沅江市医疗保障局-2023.docx"));
        }
        return Harness.check(FileNames.unit("沅江市医疗保障局-2023.xlsx"), facts);
    }

    @Test
    void y1ForeignDepartmentNameIsAnError() throws Exception {
        List<Finding> f = Harness.with(yuanjiang(true), "P-单位-名称");
        assertEquals(1, f.size(), Harness.describe(f));
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("C2", f.get(0).primaryLocation().cell());
        assertTrue(f.get(0).message().contains("南京市医疗保障局"));
    }

    @Test
    void y2DifferingSignaturesAreWarnings() throws Exception {
        List<Finding> f = Harness.with(yuanjiang(true), "P-签字-不一致");
        assertEquals(3, f.size(), Harness.describe(f));
        assertTrue(f.stream().allMatch(x -> x.severity() == Severity.WARNING));
        String all = Harness.describe(f);
        assertTrue(all.contains("王芳") && all.contains("王塔") && all.contains("王建东") && all.contains("王建华")
                && all.contains("15973703588") && all.contains("15973707588"), all);
    }

    @Test
    void y4ExplainedRunningCostRatioIsInfo() throws Exception {
        List<Finding> f = Harness.with(yuanjiang(true), "P-控制率-超百");
        assertEquals(1, f.size(), Harness.describe(f));
        assertEquals(Severity.INFO, f.get(0).severity());
        assertEquals(0, f.get(0).actual().compareTo(new java.math.BigDecimal("134.11")));
        assertTrue(f.get(0).message().contains("公务交通补贴"));
        // 134.11 % = 63.03 / 47 is consistent: no recomputation finding
        assertTrue(Harness.with(yuanjiang(true), "P-控制率-复核").isEmpty());
    }

    @Test
    void y4WithoutTheReportTheOverBudgetRunningCostIsAWarning() throws Exception {
        List<Finding> f = Harness.with(yuanjiang(false), "P-经费-超预算");
        assertEquals(1, f.size(), Harness.describe(f));
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals("F20", f.get(0).primaryLocation().cell());
    }

    @Test
    void y5InsuranceRateOverHundredWithBasisIsInfo() throws Exception {
        List<Finding> f = Harness.with(yuanjiang(true), "P-完成率-超百");
        assertEquals(1, f.size(), Harness.describe(f));
        assertEquals(Severity.INFO, f.get(0).severity());
        assertEquals("F13", f.get(0).primaryLocation().cell());
    }

    @Test
    void yuanjiangConsistentFiguresRaiseNothingElse() throws Exception {
        List<Finding> f = yuanjiang(true).stream()
                .filter(x -> !List.of("P-单位-名称", "P-签字-不一致", "P-控制率-超百", "P-完成率-超百", "P-经费-超预算").contains(x.rule()))
                .toList();
        assertTrue(f.isEmpty(), Harness.describe(f));
    }

    @Test
    void z10ProjectTotalPrintedAs100ButScoresAddTo60() throws Exception {
        List<Finding> f = Harness.with(zengdu(), "P-总分-合计");
        assertEquals(1, f.size(), Harness.describe(f));
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("城乡居民项目自评表", f.get(0).primaryLocation().sheet());
        assertEquals("F20", f.get(0).primaryLocation().cell());
        assertEquals(0, f.get(0).expected().compareTo(java.math.BigDecimal.valueOf(60)));
    }

    @Test
    void z12ParentBureauAsUnitNameIsAWarning() throws Exception {
        List<Finding> f = Harness.with(zengdu(), "P-单位-名称");
        assertEquals(1, f.size(), Harness.describe(f));
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals("A2", f.get(0).primaryLocation().cell());
    }

    @Test
    void zengduDepartmentAndCapacityFormsRaiseNothing() throws Exception {
        List<Finding> f = zengdu().stream()
                .filter(x -> !x.primaryLocation().sheet().equals("城乡居民项目自评表"))
                .toList();
        assertTrue(f.isEmpty(), Harness.describe(f));
        assertEquals(2, zengdu().size(), Harness.describe(zengdu()));
    }

    private List<Finding> zengdu() throws Exception {
        return Harness.check(ZD_UNIT, Harness.read(Harness.REFERENCE).facts());
    }
}
