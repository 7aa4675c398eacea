package cn.jsaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import cn.jsaudit.model.ScreeningResult;
import cn.jsaudit.report.ReportData;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchSummaryTest {

    @Test
    void summaryAfterABatch() {
        Finding warning = new Finding("P-执行率", "t", Severity.WARNING, "m", null, List.of(), null, null, null, null);
        Finding error = new Finding("INPUT", "t", Severity.ERROR, "m", null, List.of(new Location("b.xlsx", null, null)),
                null, null, null, null);
        List<ScreeningResult> results = List.of(
                new ScreeningResult("a.xlsx", "甲", 2023, "national", List.of(warning, warning.withExplanation("已说明"))),
                new ScreeningResult("b.xlsx", null, null, null, List.of(error)));
        BatchSummary summary = new BatchSummary();
        results.forEach(summary::add);
        assertEquals("已审核 2 份：有错误 1 份（其中无法读取 1 份），有未说明警告 1 份，已说明的发现 1 条；用时 12.3 秒\n"
                        + "最常触发的规则：P-执行率（2 次），INPUT（1 次）\n", summary.text(Duration.ofMillis(12_345)));
        assertTrue(summary.anyUnreadable());
        assertTrue(summary.anyError());
    }
}
