package cn.jsaudit.report;

import cn.jsaudit.engine.RuleInfo;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.ReviewSheet;
import cn.jsaudit.model.RunRecord;
import cn.jsaudit.model.ScreeningResult;
import cn.jsaudit.model.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The finding list as an Excel workbook: 审核发现 (one row per finding), 汇总 (one row per submission),
 * 规则 (the rules that ran and how often each fired) and 运行记录 (the run record). Each sheet's rows go to a temporary
 * file as they are added ({@link StreamedSheet}), so the heap holds a row, not the batch; the workbook is put together
 * at the end (a run that fails is still written, marked 审核未完成). The package is written directly: a few fixed
 * parts and the four worksheets (POI's streaming workbook took about four times the CPU for the same rows).
 */
public final class XlsxReport implements Report {

    /** As the CSV list's: a filled-in list can be passed back as an explanations file. */
    static final List<String> FINDINGS_HEADER = List.of("序号", ReviewSheet.UNIT, "年度", "文件", ReviewSheet.RULE, "严重程度", "表",
            ReviewSheet.POSITION, ReviewSheet.MESSAGE, "期望值", "实际值", "差额", "原文", "状态", ReviewSheet.REPLY);
    static final List<String> SUMMARY_HEADER = List.of("序号", "单位", "年度", "文件", "模板", "错误", "警告（未说明）",
            "已说明", "提示", "主要规则", "未提供");
    static final List<String> RULES_HEADER = List.of("规则", "标题", "严重程度", "规则名", "本次发现数");
    static final List<String> RUN_HEADER = List.of("项目", "值", "SHA-256");
    /** The sheets in reading order. */
    static final List<String> SHEETS = List.of("审核发现", "汇总", "规则", "运行记录");
    private static final int TOP_RULES = 3;
    /** cellXfs of {@link #STYLES}: 1 bold header, 2 amount, 3 wrapped text. */
    private static final StreamedSheet.Styles STYLE_IDS = new StreamedSheet.Styles(1, 2, 3);
    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<styleSheet xmlns=\"" + PackageXml.MAIN + "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"#,##0.00##\"/>"
            + "</numFmts><fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment wrapText=\"1\"/></xf>"
            + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";

    @Override
    public ReportWriter start(RunRecord run, List<RuleInfo> rules, OutputStream out) throws IOException {
        List<StreamedSheet> sheets = new ArrayList<>();
        try {
            for (List<String> header : List.of(FINDINGS_HEADER, SUMMARY_HEADER, RULES_HEADER, RUN_HEADER)) {
                sheets.add(new StreamedSheet(header, STYLE_IDS));
            }
        } catch (IOException | RuntimeException e) {
            closeAll(sheets);
            throw e;
        }
        StreamedSheet findings = sheets.get(0);
        StreamedSheet summary = sheets.get(1);
        RuleTally tally = new RuleTally();
        return new ReportWriter() {
            private int findingNumber;
            private int submissionNumber;

            @Override
            public void add(ScreeningResult r) throws IOException {
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
                try {
                    rulesRows(sheets.get(2), rules, tally.sorted());
                    runRows(sheets.get(3), run, notes);
                    writePackage(sheets, findingNumber, out);
                } finally {
                    closeAll(sheets);
                }
            }
        };
    }

    private static void writePackage(List<StreamedSheet> sheets, int findings, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8); // finished, not closed: the caller closes out
        part(zip, "[Content_Types].xml", contentTypes(sheets.size()));
        part(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\""
                + PackageXml.PACKAGE_REL + "\"><Relationship Id=\"rId1\" Type=\"" + PackageXml.REL
                + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        part(zip, "xl/workbook.xml", workbook(findings));
        part(zip, "xl/_rels/workbook.xml.rels", workbookRelationships(sheets.size()));
        part(zip, "xl/styles.xml", STYLES);
        for (int i = 0; i < sheets.size(); i++) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (i + 1) + ".xml"));
            sheets.get(i).writeTo(zip, i == 0);
            zip.closeEntry();
        }
        zip.finish();
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String contentTypes(int sheets) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"")
                .append(PackageXml.CONTENT_TYPES).append("\"><Default Extension=\"rels\" ContentType=\"application/")
                .append("vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/")
                .append("vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/styles.xml\" ")
                .append("ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (int i = 1; i <= sheets; i++) {
            x.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"application/")
                    .append("vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return x.append("</Types>").toString();
    }

    /** The sheets in order, the first shown, and the filter's range as Excel records it. */
    private static String workbook(int findings) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"")
                .append(PackageXml.MAIN).append("\" xmlns:r=\"").append(PackageXml.REL)
                .append("\"><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < SHEETS.size(); i++) {
            x.append("<sheet name=\"").append(SHEETS.get(i)).append("\" sheetId=\"").append(i + 1).append("\" r:id=\"rId")
                    .append(i + 1).append("\"/>");
        }
        String range = "$A$1:$" + SheetXml.column(FINDINGS_HEADER.size() - 1) + "$" + (findings + 1);
        return x.append("</sheets><definedNames><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">")
                .append(PackageXml.escape("'" + SHEETS.get(0) + "'!" + range)).append("</definedName></definedNames></workbook>")
                .toString();
    }

    private static String workbookRelationships(int sheets) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"")
                .append(PackageXml.PACKAGE_REL).append("\">");
        for (int i = 1; i <= sheets; i++) {
            x.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(PackageXml.REL)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        return x.append("<Relationship Id=\"rId").append(sheets + 1).append("\" Type=\"").append(PackageXml.REL)
                .append("/styles\" Target=\"styles.xml\"/></Relationships>").toString();
    }

    private static void closeAll(List<StreamedSheet> sheets) throws IOException {
        IOException failed = null;
        for (StreamedSheet s : sheets) {
            try {
                s.close();
            } catch (IOException e) {
                failed = failed == null ? e : failed;
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    private static void findingRow(StreamedSheet t, FindingRow row) throws IOException {
        Finding f = row.finding();
        t.add(Arrays.asList(row.number(), row.unit(), row.submission().year(), row.submission().file(), f.rule(),
                f.severity().label(), row.table(), row.position(), f.message(), f.expected(), f.actual(),
                f.difference(), f.quote(), f.status().label(), f.explanation()));
    }

    private static void summaryRow(StreamedSheet t, int n, ScreeningResult r) throws IOException {
        t.add(Arrays.asList(n, r.unit() == null ? "（单位未识别）" : r.unit(), r.year(), r.file(), r.template(),
                r.count(Severity.ERROR), r.countOpen(Severity.WARNING), r.countExplained(), r.countOpen(Severity.INFO),
                ReportData.topRules(r.findings(), TOP_RULES), r.notProvided()));
    }

    private static void rulesRows(StreamedSheet t, List<RuleInfo> rules, Map<String, Long> counts) throws IOException {
        for (RuleInfo r : rules) {
            t.add(Arrays.asList(r.id(), r.title(), r.severity().label(), r.name(), counts.getOrDefault(r.id(), 0L)));
        }
    }

    private static void runRows(StreamedSheet t, RunRecord run, List<List<?>> notes) throws IOException {
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("工具版本", run.version()));
        rows.add(List.of("运行时间", run.time()));
        rows.add(List.of("规则目录", "", run.rulesSha256()));
        for (RunRecord.InputFile f : run.inputs()) {
            rows.add(List.of("输入文件", f.path(), f.sha256()));
        }
        rows.addAll(notes);
        for (List<?> row : rows) {
            t.add(row);
        }
    }
}
