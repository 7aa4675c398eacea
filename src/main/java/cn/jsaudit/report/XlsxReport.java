package cn.jsaudit.report;

import cn.jsaudit.engine.RuleInfo;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.ReviewSheet;
import cn.jsaudit.model.Severity;
import cn.jsaudit.model.RunRecord;
import cn.jsaudit.model.ScreeningResult;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The finding list as an Excel workbook: 审核发现 (one row per finding), 汇总 (one row per submission),
 * 规则 (the rules that ran and how often each fired) and 运行记录 (the run record). Written with POI's streaming
 * workbook: rows beyond a small window go to a temporary file as they are added, so the heap holds a window, not
 * the batch; the workbook itself is assembled at the end (a run that fails is still written, marked 审核未完成).
 */
public final class XlsxReport implements Report {

    /** As the CSV list's: a filled-in list can be passed back as an explanations file. */
    static final List<String> FINDINGS_HEADER = List.of("序号", ReviewSheet.UNIT, "年度", "文件", ReviewSheet.RULE, "严重程度", "表",
            ReviewSheet.POSITION, ReviewSheet.MESSAGE, "期望值", "实际值", "差额", "原文", "状态", ReviewSheet.REPLY);
    static final List<String> SUMMARY_HEADER = List.of("序号", "单位", "年度", "文件", "模板", "错误", "警告（未说明）",
            "已说明", "提示", "主要规则", "未提供");
    static final List<String> RULES_HEADER = List.of("规则", "标题", "严重程度", "规则名", "本次发现数");
    private static final int TOP_RULES = 3;
    /** Rows of each sheet kept in memory; the rest are already in the temporary file. */
    private static final int ROW_WINDOW = 200;

    @Override
    public ReportWriter start(RunRecord run, List<RuleInfo> rules, OutputStream out) {
        SXSSFWorkbook wb = new SXSSFWorkbook(ROW_WINDOW);
        // every sheet is created now, so that they stand in reading order
        SheetTable findings = new SheetTable(wb, wb.createSheet("审核发现"), FINDINGS_HEADER);
        SheetTable summary = new SheetTable(wb, wb.createSheet("汇总"), SUMMARY_HEADER);
        SheetTable rulesSheet = new SheetTable(wb, wb.createSheet("规则"), RULES_HEADER);
        SheetTable runSheet = new SheetTable(wb, wb.createSheet("运行记录"), List.of("项目", "值", "SHA-256"));
        RuleTally tally = new RuleTally();
        return new ReportWriter() {
            private int findingNumber;
            private int submissionNumber;

            @Override
            public void add(ScreeningResult r) {
                for (Finding f : r.findings()) {
                    findingRow(findings, new FindingRow(++findingNumber, r, f));
                }
                summaryRow(summary, ++submissionNumber, r);
                tally.add(r.findings());
            }

            @Override
            public void finish() throws IOException {
                write(List.of());
            }

            @Override
            public void abort(String reason) throws IOException {
                write(List.of(List.of("审核未完成", reason)));
            }

            private void write(List<List<?>> notes) throws IOException {
                findings.finish();
                summary.finish();
                rulesRows(rulesSheet, rules, tally.sorted());
                runRows(runSheet, run, notes);
                try {
                    wb.write(out);
                } finally {
                    wb.dispose();
                    wb.close();
                }
            }
        };
    }

    private static void findingRow(SheetTable t, FindingRow row) {
        Finding f = row.finding();
        t.add(Arrays.asList(row.number(), row.unit(), row.submission().year(), row.submission().file(), f.rule(),
                f.severity().label(), row.table(), row.position(), f.message(), f.expected(), f.actual(),
                f.difference(), f.quote(), f.status().label(), f.explanation()));
    }

    private static void summaryRow(SheetTable t, int n, ScreeningResult r) {
        t.add(Arrays.asList(n, r.unit() == null ? "（单位未识别）" : r.unit(), r.year(), r.file(), r.template(),
                r.count(Severity.ERROR), r.countOpen(Severity.WARNING), r.countExplained(), r.countOpen(Severity.INFO),
                ReportData.topRules(r.findings(), TOP_RULES), r.notProvided()));
    }

    private static void rulesRows(SheetTable t, List<RuleInfo> rules, Map<String, Long> counts) {
        for (RuleInfo r : rules) {
            t.add(Arrays.asList(r.id(), r.title(), r.severity().label(), r.name(), counts.getOrDefault(r.id(), 0L)));
        }
        t.finish();
    }

    private static void runRows(SheetTable t, RunRecord run, List<List<?>> notes) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("工具版本", run.version()));
        rows.add(List.of("运行时间", run.time()));
        rows.add(List.of("规则目录", "", run.rulesSha256()));
        for (RunRecord.InputFile f : run.inputs()) {
            rows.add(List.of("输入文件", f.path(), f.sha256()));
        }
        rows.addAll(notes);
        rows.forEach(t::add);
        t.finish();
    }
}
