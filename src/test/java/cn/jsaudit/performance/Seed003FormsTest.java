package cn.jsaudit.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.pipeline.ScreeningResult;
import cn.jsaudit.pipeline.SubmissionFiles;
import cn.jsaudit.pipeline.SubmissionLocator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The performance forms of the real 003 submission (白河县医疗保障局 2023, examples/白河县医疗保障局-2023): ten 项目支出绩效自评表
 * in the national layout and a 部门整体支出绩效指标体系. Every form finding, with the case of cases.json it is.
 */
class Seed003FormsTest {

    private static final Path SUBMISSION = Path.of("examples/白河县医疗保障局-2023");
    private static List<Finding> findings;

    @BeforeAll
    static void screen() {
        SubmissionFiles s = SubmissionLocator.locate(List.of(SUBMISSION)).get(0);
        ScreeningResult r = Examples.screener().screen(s);
        findings = r.findings().stream().filter(f -> f.rule().startsWith("P-")).toList();
    }

    @Test
    void everyFormFindingIsACase() {
        List<String> expected = List.of(
                "P-文字-分项合计 ERROR 整体绩效!A6",        // B07 203.12 stated, its six parts add to 203.03 (体检费 75 for 75.10)
                "P-文字-数量单价 ERROR 项目2!B10",          // B04 3334 名 × 300 元 = 100.02 万元, "共75.1万元"
                "P-执行率-复核 ERROR 项目3!H5",             // B06 36.75 / 38.18 = 96.25 %, printed 96.22 %
                "P-文字-分项合计 ERROR 项目5!F10",          // B05 10+10+6+6.4+7.6+10 = 50, "共60万元"
                "P-整体-调整率 WARNING 整体绩效!G13",       // B26 调整率 1 % against 2961.58 → 2187.78
                "P-指标-未达标满分 WARNING 整体绩效!G19",   // B16 政府采购执行率 0 against ≥95 %, full marks
                "P-整体-及时性 WARNING 整体绩效!G30",       // B27 "资金到位不及时" against 及时率 100 % everywhere
                "P-项目-表外 WARNING 表3!E6",               // B25 P7–P10 (1984.65) outside the tables
                "P-执行率-口径 WARNING 项目10!H5",          // B15 42.85 % on 年初预算, full marks
                "P-执行率-口径 WARNING 项目2!H5",           // B15 75.10 %
                "P-指标-未达标满分 WARNING 项目2!F13",      // B16 3334 of 5000 people, full marks
                "P-执行率-口径 WARNING 项目4!H5",           // B15 65.33 %
                "P-目标-抄录 WARNING 项目4!B10",            // B28 "减轻退役军人就医负担" in the 破产企业 project
                "P-文字-完成金额 WARNING 项目4!F10",        // B28 "36万元及时发放", 执行 23.52
                "P-指标-未达标满分 WARNING 项目4!F13",      // not in cases.json: 1117 of 1165 insured, full marks
                "P-执行率-口径 WARNING 项目5!H5",           // B15 83.33 %
                "P-文字-成本分解 WARNING 项目5!B10",        // B17 宣传 20 vs 23.6, 网络 7.6 vs 8
                "P-执行率-口径 WARNING 项目6!H5",           // B15 43.33 %
                "P-文字-数量单价 WARNING 项目7!B10",        // B22 18.05万 × 2.7 元 = 48.74 万; 57.6 元/人 gives 1039.9
                "P-指标-未达标满分 WARNING 项目8!F13",      // B16 195387 of 197694 vaccinated
                "P-指标-单价 WARNING 项目8!F24",            // B23 200 元/人 × 195387 人 = 3907.74 万 against 33.19
                "P-执行率-口径 WARNING 项目9!H5",           // B15 63.88 %
                "P-指标-未达标满分 WARNING 项目9!F16",      // B16 覆盖率 ≧70 % against ≧99 %
                "P-指标-未达标 INFO 整体绩效!G13",          // 调整率 above its target of 0, explained
                "P-项目-表间 INFO 表3!E6",                  // B38h P1–P6 203.13 against 203.12
                "P-目标-过时 INFO 项目3!B10",               // B30 "2022年7月前" in a 2023 form
                "P-文字-金额单位 INFO 项目6!F10",           // B36 "实际支出1.56元"
                "P-单位-笔误 INFO 项目8!C3");               // B31 白河县医疗保证局
        assertEquals(expected, findings.stream().map(Seed003FormsTest::describe).toList());
    }

    @Test
    void messagesQuoteBothValuesAndBothPlaces() {
        Finding rate = findings.stream().filter(f -> f.rule().equals("P-执行率-复核")).findFirst().orElseThrow();
        assertTrue(rate.message().contains("96.22%（项目3!H5）") && rate.message().contains("38.18（项目3!D5）")
                && rate.message().contains("96.25%"), rate.message());
        Finding base = findings.stream().filter(f -> f.rule().equals("P-执行率-口径")
                && f.primaryLocation().sheet().equals("项目2")).findFirst().orElseThrow();
        assertTrue(base.message().contains("75.10%（项目2!H5）") && base.message().contains("7.51"), base.message());
        Finding sum = findings.stream().filter(f -> f.primaryLocation().sheet().equals("整体绩效")
                && f.rule().equals("P-文字-分项合计")).findFirst().orElseThrow();
        assertTrue(sum.message().contains("203.03") && sum.message().contains("75.1（项目2!F5）"), sum.message());
    }

    private static String describe(Finding f) {
        Location l = f.primaryLocation();
        return f.rule() + " " + f.severity() + " " + l.sheet() + "!" + l.cell();
    }
}
