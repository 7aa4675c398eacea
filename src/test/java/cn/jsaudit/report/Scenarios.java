package cn.jsaudit.report;

import cn.jsaudit.engine.RuleInfo;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import cn.jsaudit.model.RunRecord;
import cn.jsaudit.model.ScreeningResult;
import java.math.BigDecimal;
import java.util.List;

/**
 * The canonical scenario every renderer is tested against: two submissions (one with an error, an explained
 * warning, a narrative finding with a quote and a rounding note; one unreadable) and a fixed run record.
 */
final class Scenarios {

    static final String FILE_A = "甲单位-2023.xlsx";
    static final String FILE_B = "坏文件.xlsx";

    static final Finding ERROR = new Finding("T01-总计平衡", "收入总计 = 支出总计", Severity.ERROR,
            "公开01表 第31行 收入总计 100.00 ≠ 第62行 支出总计 101.00，差额 1.00，容差 ±0.01", "01",
            List.of(new Location(FILE_A, "收支总表", "C36"), new Location(FILE_A, "收支总表", "F36")),
            new BigDecimal("101.00"), new BigDecimal("100.00"), new BigDecimal("0.01"), null);
    static final Finding WARNING = new Finding("P-执行率", "执行率超过100%需说明", Severity.WARNING,
            "预算执行率 112.0% 超过 100%，未见说明", "05", List.of(new Location(FILE_A, "一般公共预算支出表", "D7")),
            null, new BigDecimal("112.0"), null, "因疫情防控需要追加预算");
    static final Finding NARRATIVE = new Finding("N-金额不符", "情况说明金额与表不符", Severity.WARNING,
            "情况说明“基本支出 96.27 万元”与公开05表 96.26 不符", null,
            List.of(new Location("甲单位-2023.docx", null, "段落12")), new BigDecimal("96.26"), new BigDecimal("96.27"),
            new BigDecimal("0.005"), "2023 年度基本支出 96.27 万元，占本年支出 87.3%。");
    static final Finding INFO = new Finding("T06-01", "经济分类 类 = 所属款之和", Severity.INFO,
            "尾数误差，容差 ±0.055", "06", List.of(new Location(FILE_A, "基本支出明细表", "C6")),
            new BigDecimal("93.40"), new BigDecimal("93.42"), new BigDecimal("0.055"), null);
    static final Finding BROKEN = new Finding("INPUT", "输入文件问题", Severity.ERROR,
            "坏文件.xlsx：无法作为 Excel 工作簿打开", null, List.of(new Location(FILE_B, null, null)),
            null, null, null, null);

    static final RunRecord RUN = new RunRecord("0.1.0", "2026-07-01T09:30:00+08:00", "ab".repeat(32),
            List.of(new RunRecord.InputFile("in/甲单位-2023.xlsx", "cd".repeat(32)),
                    new RunRecord.InputFile("in/坏文件.xlsx", "ef".repeat(32))));

    static final List<RuleInfo> RULES = List.of(
            new RuleInfo("T01-总计平衡", "收入总计 = 支出总计", Severity.ERROR, "t01 总计平衡"),
            new RuleInfo("T06-01", "经济分类 类 = 所属款之和", Severity.ERROR, "t06 类款"));

    private Scenarios() {
    }

    static ScreeningResult submissionA() {
        return new ScreeningResult(FILE_A, "甲单位（本级）", 2023, "national",
                List.of(ERROR, WARNING.withExplanation("年中追加疫情防控经费，已报财政批准"), NARRATIVE, INFO));
    }

    static ScreeningResult submissionB() {
        return new ScreeningResult(FILE_B, null, null, null, List.of(BROKEN));
    }

    static ReportData data() {
        return new ReportData(RUN, RULES, List.of(submissionA(), submissionB()));
    }
}
