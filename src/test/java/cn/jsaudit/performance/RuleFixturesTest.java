package cn.jsaudit.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Severity;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One small workbook per rule, consistent except for the one thing that rule guards. */
class RuleFixturesTest {

    private static final String UNIT = "测试市医疗保障局";

    @TempDir
    Path dir;

    /** A consistent project form; overrides replace cells by key. */
    private static Map<String, String> projectValues() {
        Map<String, String> m = new HashMap<>();
        m.put("unit", UNIT);
        m.put("budget", "10.00");
        m.put("executed", "10.00");
        m.put("rate", "100%");
        m.put("execWeight", "20");
        m.put("execScore", "20");
        m.put("target", "≥90%");
        m.put("actual", "95%");
        m.put("weight", "80");
        m.put("score", "80");
        m.put("deviation", "");
        m.put("formNote", "无");
        m.put("total", "100");
        m.put("preparer", "张三");
        return m;
    }

    private static void projectSheet(Workbook wb, Map<String, String> v) {
        Sheet s = wb.createSheet("项目表");
        row(s, 0, "2023年度测试项目支出绩效自评表");
        row(s, 1, "单位名称：" + v.get("unit"), "", "填表人：", v.get("preparer"));
        row(s, 2, "项目", "预算数（A）", "执行数（B）", "执行率", "分值", "得分");
        row(s, 3, "年度资金总额", v.get("budget"), v.get("executed"), v.get("rate"), v.get("execWeight"), v.get("execScore"));
        row(s, 4, "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
        row(s, 5, "产出指标", "数量指标", "覆盖率", v.get("target"), v.get("actual"), v.get("weight"), v.get("score"), v.get("deviation"));
        row(s, 6, "总分", "", "", "", "", "", v.get("total"));
        row(s, 7, "偏差大或目标未完成原因分析", v.get("formNote"));
    }

    /** A consistent 基础数据表; overrides replace cells by key. */
    private static Map<String, String> basicValues() {
        Map<String, String> m = new HashMap<>();
        m.put("staff", "45");
        m.put("onDuty", "45");
        m.put("staffRate", "100.00%");
        m.put("sgPrior", "2.00");
        m.put("sgBudget", "3.00");
        m.put("sgActual", "1.50");
        m.put("carActual", "0.50");
        m.put("receptionActual", "1.00");
        m.put("receptionPrior", "1.00");
        m.put("preparer", "张三");
        return m;
    }

    private static void basicSheet(Workbook wb, Map<String, String> v) {
        Sheet s = wb.createSheet("基础表");
        row(s, 0, "2023年度部门整体支出绩效评价基础数据表");
        row(s, 1, "财政供养人员情况", "编制数", "实际在职人数", "控制率");
        row(s, 2, "", v.get("staff"), v.get("onDuty"), v.get("staffRate"));
        row(s, 3, "经费控制情况(万元)", "2022年决算数", "2023年预算数", "2023年决算数");
        row(s, 4, "三公经费", v.get("sgPrior"), v.get("sgBudget"), v.get("sgActual"));
        row(s, 5, "1、公务用车购置和维护经费", "1.00", "1.00", v.get("carActual"));
        row(s, 6, "2、出国经费", "0", "0", "0");
        row(s, 7, "3、公务接待", v.get("receptionPrior"), "2.00", v.get("receptionActual"));
        row(s, 8, "厉行节约保障措施", "加强管理");
        row(s, 9, "填表人：", v.get("preparer"));
    }

    private static void row(Sheet s, int r, String... cells) {
        Row row = s.createRow(r);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] != null && !cells[c].isEmpty()) {
                row.createCell(c).setCellValue(cells[c]);
            }
        }
    }

    private List<Finding> screen(Map<String, String> projectValues, Map<String, String> basicValues) throws Exception {
        Path file = dir.resolve("测试市医疗保障局-2023.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = new FileOutputStream(file.toFile())) {
            if (projectValues != null) {
                projectSheet(wb, projectValues);
            }
            if (basicValues != null) {
                basicSheet(wb, basicValues);
            }
            wb.write(out);
        }
        PerformanceReader.Result r = Harness.read(file);
        assertTrue(r.findings().isEmpty(), Harness.describe(r.findings()));
        return Harness.check(UNIT, r.facts());
    }

    private List<Finding> project(String... overrides) throws Exception {
        Map<String, String> v = projectValues();
        for (int i = 0; i < overrides.length; i += 2) {
            v.put(overrides[i], overrides[i + 1]);
        }
        return screen(v, null);
    }

    private List<Finding> basicData(String... overrides) throws Exception {
        Map<String, String> v = basicValues();
        for (int i = 0; i < overrides.length; i += 2) {
            v.put(overrides[i], overrides[i + 1]);
        }
        return screen(null, v);
    }

    /** Exactly one finding, of the given rule and severity. */
    private static Finding only(List<Finding> findings, String rule, Severity severity) {
        assertEquals(1, findings.size(), Harness.describe(findings));
        assertEquals(rule, findings.get(0).rule(), Harness.describe(findings));
        assertEquals(severity, findings.get(0).severity(), Harness.describe(findings));
        return findings.get(0);
    }

    @Test
    void consistentFixturesRaiseNothing() throws Exception {
        assertTrue(project().isEmpty(), Harness.describe(project()));
        assertTrue(basicData().isEmpty(), Harness.describe(basicData()));
        assertTrue(screen(projectValues(), basicValues()).isEmpty());
    }

    @Test
    void statedRateDisagreesWithAmounts() throws Exception {
        Finding f = only(project("rate", "90%", "execScore", "18", "total", "98"), "P-执行率-复核", Severity.ERROR);
        assertEquals("D4", f.primaryLocation().cell());
    }

    @Test
    void rateOverHundredWithoutAndWithExplanation() throws Exception {
        only(project("executed", "11.00", "rate", "110%"), "P-执行率-超百", Severity.WARNING);
        Finding f = only(project("executed", "11.00", "rate", "110%", "formNote", "主要原因是追加了年中任务"),
                "P-执行率-超百", Severity.INFO);
        assertTrue(f.message().contains("追加了年中任务"));
    }

    @Test
    void rateOnZeroBudget() throws Exception {
        only(project("budget", "0", "executed", "0", "rate", "0%", "execScore", "0", "total", "80"),
                "P-执行率-零预算", Severity.WARNING);
    }

    @Test
    void executionScoreNotWeightTimesRate() throws Exception {
        only(project("execScore", "15", "total", "95"), "P-执行率-得分", Severity.ERROR);
    }

    @Test
    void scoreAboveWeight() throws Exception {
        only(project("target", "有所提升", "actual", "有所提升", "score", "85", "total", "105"), "P-得分-超分值", Severity.ERROR);
    }

    @Test
    void totalIsNotSumOfScores() throws Exception {
        Finding f = only(project("total", "90 分"), "P-总分-合计", Severity.ERROR);
        assertEquals("G7", f.primaryLocation().cell());
    }

    @Test
    void weightsDoNotAddToHundred() throws Exception {
        only(project("weight", "70", "score", "70", "total", "90"), "P-分值-合计", Severity.ERROR);
    }

    @Test
    void quantitativeScoreNotWeightTimesBOverA() throws Exception {
        Finding f = only(project("score", "70", "total", "90"), "P-指标-定量得分", Severity.ERROR);
        assertEquals(0, f.expected().compareTo(java.math.BigDecimal.valueOf(80)));
    }

    @Test
    void negativeIndicatorScoresAOverB() throws Exception {
        // ≤60 分钟 achieved in 80 分钟: 80 × 60 / 80 = 60, and the target is missed
        List<Finding> f = project("target", "≤60 分钟", "actual", "80 分钟", "score", "60", "total", "80",
                "deviation", "由于系统升级，响应变慢");
        only(f, "P-指标-未达标", Severity.INFO);
    }

    @Test
    void indicatorMissesTarget() throws Exception {
        only(project("actual", "85%", "score", "75.56", "total", "95.56"), "P-指标-未达标", Severity.WARNING);
    }

    @Test
    void completionOverHundredWithoutBasis() throws Exception {
        only(project("actual", "105%"), "P-完成率-超百", Severity.WARNING);
    }

    @Test
    void formNamesAnotherUnit() throws Exception {
        only(project("unit", "南京市医疗保障局"), "P-单位-名称", Severity.ERROR);
    }

    @Test
    void signaturesDifferBetweenForms() throws Exception {
        Map<String, String> b = basicValues();
        b.put("preparer", "李四");
        only(screen(projectValues(), b), "P-签字-不一致", Severity.WARNING);
    }

    @Test
    void staffingRatioMisstatedAndOverHundred() throws Exception {
        only(basicData("staffRate", "90.00%"), "P-控制率-复核", Severity.ERROR);
        only(basicData("onDuty", "50", "staffRate", "111.11%"), "P-控制率-超百", Severity.WARNING);
    }

    @Test
    void sanGongOverBudget() throws Exception {
        only(basicData("sgPrior", "5.00", "receptionPrior", "4.00", "sgActual", "3.50", "receptionActual", "3.00"), "P-经费-超预算", Severity.WARNING);
    }

    @Test
    void sanGongGrowsOverLastYear() throws Exception {
        only(basicData("sgActual", "2.50", "receptionActual", "2.00"), "P-经费-增长", Severity.WARNING);
    }

    @Test
    void sanGongPartsDoNotAddUp() throws Exception {
        Finding f = only(basicData("sgActual", "1.60"), "P-基础数据-合计", Severity.ERROR);
        assertEquals("D5", f.primaryLocation().cell());
    }

    @Test
    void unreadableNumberIsAnInputFindingNotACrash() throws Exception {
        Path file = dir.resolve("坏表-2023.xlsx");
        Map<String, String> v = projectValues();
        v.put("budget", "十万");
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = new FileOutputStream(file.toFile())) {
            projectSheet(wb, v);
            wb.write(out);
        }
        List<Finding> f = Harness.read(file).findings();
        assertEquals(1, f.size(), Harness.describe(f));
        assertEquals("INPUT", f.get(0).rule());
        assertEquals("B4", f.get(0).primaryLocation().cell());
        assertTrue(f.get(0).message().contains("坏表-2023.xlsx") && f.get(0).message().contains("项目表"));
    }

    @Test
    void formWhoseScoresCannotBeLocatedIsOneDoubtNotAFlood() throws Exception {
        Path file = dir.resolve("测试市医疗保障局-2023.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = new FileOutputStream(file.toFile())) {
            Sheet s = wb.createSheet("项目表");
            row(s, 0, "2023年度测试项目支出绩效自评表");
            row(s, 1, "项目", "预算数（A）", "执行数（B）", "执行率", "分值", "得分");
            row(s, 2, "年度资金总额", "10.00", "10.00", "100%", "10", "10");
            // the indicators under headings this reader does not know: no 三级指标, no 得分
            row(s, 3, "指标类别", "指标内容", "目标", "结果", "权重", "评分");
            row(s, 4, "产出", "覆盖率", "≥90%", "95%", "50", "50");
            row(s, 5, "效益", "满意度", "≥90%", "95%", "40", "40");
            row(s, 6, "总分", "", "", "", "100", "100");
            wb.write(out);
        }
        PerformanceReader.Result r = Harness.read(file);
        Finding f = only(Harness.check(UNIT, r.facts()), "P-读取存疑", Severity.WARNING);
        assertEquals("A1", f.primaryLocation().cell());
        assertTrue(f.message().contains("项目表") && f.message().contains("预算执行 1 行") && f.message().contains("三级指标"),
                f.message());
    }
}
