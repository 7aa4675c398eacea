package cn.jsaudit.report;

import cn.jsaudit.engine.RuleInfo;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Severity;
import cn.jsaudit.pipeline.RunRecord;
import cn.jsaudit.model.ScreeningResult;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The finding list as an Excel workbook: 审核发现 (one row per finding), 汇总 (one row per submission),
 * 规则 (the rules that ran and how often each fired) and 运行记录 (the run record).
 */
public final class XlsxReport implements Report {

    static final List<String> FINDINGS_HEADER = List.of("序号", "单位", "年度", "文件", "规则", "严重程度", "表", "位置",
            "说明", "期望值", "实际值", "差额", "原文", "状态", "单位说明");
    static final List<String> SUMMARY_HEADER = List.of("序号", "单位", "年度", "文件", "模板", "错误", "警告（未说明）",
            "已说明", "提示", "主要规则");
    static final List<String> RULES_HEADER = List.of("规则", "标题", "严重程度", "规则名", "本次发现数");
    private static final int TOP_RULES = 3;

    @Override
    public void write(ReportData data, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            findings(wb, data);
            summary(wb, data);
            rules(wb, data);
            run(wb, data.run());
            wb.write(out);
        }
    }

    private static void findings(XSSFWorkbook wb, ReportData data) {
        SheetTable t = new SheetTable(wb, wb.createSheet("审核发现"), FINDINGS_HEADER);
        for (FindingRow row : FindingRow.of(data.results())) {
            Finding f = row.finding();
            t.add(Arrays.asList(row.number(), row.unit(), row.submission().year(), row.submission().file(), f.rule(),
                    f.severity().label(), row.table(), row.position(), f.message(), f.expected(), f.actual(),
                    f.difference(), f.quote(), f.status().label(), f.explanation()));
        }
        t.finish();
    }

    private static void summary(XSSFWorkbook wb, ReportData data) {
        SheetTable t = new SheetTable(wb, wb.createSheet("汇总"), SUMMARY_HEADER);
        int n = 1;
        for (ScreeningResult r : data.results()) {
            t.add(Arrays.asList(n++, r.unit() == null ? "（单位未识别）" : r.unit(), r.year(), r.file(), r.template(),
                    r.count(Severity.ERROR), r.countOpen(Severity.WARNING), r.countExplained(), r.countOpen(Severity.INFO),
                    ReportData.topRules(r.findings(), TOP_RULES)));
        }
        t.finish();
    }

    private static void rules(XSSFWorkbook wb, ReportData data) {
        SheetTable t = new SheetTable(wb, wb.createSheet("规则"), RULES_HEADER);
        Map<String, Long> counts = data.ruleCounts();
        for (RuleInfo r : data.rules()) {
            t.add(Arrays.asList(r.id(), r.title(), r.severity().label(), r.name(), counts.getOrDefault(r.id(), 0L)));
        }
        t.finish();
    }

    private static void run(XSSFWorkbook wb, RunRecord run) {
        SheetTable t = new SheetTable(wb, wb.createSheet("运行记录"), List.of("项目", "值", "SHA-256"));
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("工具版本", run.version()));
        rows.add(List.of("运行时间", run.time()));
        rows.add(List.of("规则目录", "", run.rulesSha256()));
        for (RunRecord.InputFile f : run.inputs()) {
            rows.add(List.of("输入文件", f.path(), f.sha256()));
        }
        rows.forEach(t::add);
        t.finish();
    }
}
