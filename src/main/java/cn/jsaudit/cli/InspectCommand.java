package cn.jsaudit.cli;

import cn.jsaudit.ingest.InputProblem;
import cn.jsaudit.ingest.TableReading;
import cn.jsaudit.ingest.TemplateChoice;
import cn.jsaudit.ingest.TemplateException;
import cn.jsaudit.ingest.TemplateProblem;
import cn.jsaudit.ingest.Templates;
import cn.jsaudit.ingest.WorkbookFacts;
import cn.jsaudit.ingest.WorkbookReader;
import cn.jsaudit.ingest.Workbooks;
import cn.jsaudit.ingest.WorkbookData;
import cn.jsaudit.ingest.SheetData;
import cn.jsaudit.ingest.TemplateVocabulary;
import cn.jsaudit.ingest.InputLimits;
import cn.jsaudit.pdf.PdfDisclosure;
import cn.jsaudit.pdf.PdfLimits;
import cn.jsaudit.pdf.PdfReader;
import cn.jsaudit.rulepack.RulePack;
import java.util.Set;
import cn.jsaudit.model.Amount;
import cn.jsaudit.model.Finding;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * jsaudit inspect WORKBOOK: what the reader read — the template chosen and the runner-up with their fit, and per
 * table the sheet, header rows, key columns, the pairing of printed columns with the template's, and the amounts
 * as a grid with cell addresses. It is how an auditor writes and debugs a template.
 */
@Command(name = "inspect", description = "查看工作簿是怎样读取的：选用的模板及其匹配程度、各表的表头行、键栏、栏目对应和读出的金额（编写和调试模板用）。")
final class InspectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "工作簿", description = "要查看的 .xlsx / .xls 工作簿，或公开的 PDF 文件")
    Path workbook;

    @Option(names = "--grid", description = "PDF：列出从各页重建的表格（逐行、逐格）和正文段落")
    boolean grid;

    @Option(names = "--table", paramLabel = "角色或表名", description = "只看这张表（角色如 收支总表、三公，或表名如 公开05表），并列出全部金额")
    String table;

    @Option(names = "--template", paramLabel = "模板", description = "按这个模板读取（模板编号，见 rules/templates/*.yaml）")
    String template;

    @Option(names = "--rules", paramLabel = "目录", description = "规则目录（默认 ./rules）")
    Path rules = Path.of("rules");

    @Override
    public Integer call() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        Templates templates;
        try {
            templates = Templates.load(rules);
        } catch (TemplateException e) {
            err.println("模板有误，无法读取：");
            for (TemplateProblem p : e.problems()) {
                err.println("  " + p.file() + (p.line() > 0 ? ":" + p.line() : "") + "：" + p.message());
            }
            return ExitCodes.USAGE;
        }
        if (template != null && templates.byId(template).isEmpty()) {
            err.println("没有编号为 " + template + " 的模板（可用：" + String.join("、",
                    templates.all().stream().map(t -> t.id()).toList()) + "）");
            return ExitCodes.USAGE;
        }
        if (!Files.isRegularFile(workbook)) {
            err.println("找不到文件：" + workbook);
            return ExitCodes.USAGE;
        }
        WorkbookFacts facts;
        InputLimits limits = RulePack.limitsOf(rules);
        try {
            WorkbookData data;
            if (PdfReader.isPdf(workbook)) {
                TemplateVocabulary words = templates.vocabulary();
                PdfDisclosure pdf = new PdfReader(words.notePrefixes(), words.emptyNotes(), PdfLimits.of(limits)).read(workbook);
                data = pdf.workbook();
                if (grid) {
                    printGrid(out, pdf);
                }
            } else {
                data = Workbooks.read(workbook, limits);
            }
            facts = new WorkbookReader(templates, template).read(data, workbook.getFileName().toString());
        } catch (InputProblem e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        printChoice(out, facts.choice());
        for (TableReading r : facts.readings()) {
            boolean chosen = table == null || table.equals(r.info().role()) || table.equals(r.info().table());
            if (chosen) {
                printTable(out, r, facts.amounts(), table != null);
            }
        }
        if (!facts.problems().isEmpty()) {
            out.println();
            out.println("读取时发现的问题：");
            for (Finding f : facts.problems()) {
                out.println("  [" + f.severity().label() + "] " + f.message());
            }
        }
        return ExitCodes.CLEAN;
    }

    /** The sheets rebuilt from a PDF's tables, a line a row with its page, and its running text, a line a paragraph. */
    private static void printGrid(PrintStream out, PdfDisclosure pdf) {
        for (SheetData sheet : pdf.workbook().sheets()) {
            out.println("━━ 工作表“" + sheet.name() + "”");
            for (int r = 0; r <= sheet.lastRow(); r++) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < sheet.width(r); c++) {
                    cells.add(sheet.printed(r, c));
                }
                out.println("  " + (r + 1) + "\t" + String.join(" | ", cells));
            }
        }
        out.println("━━ 正文");
        for (PdfDisclosure.Paragraph p : pdf.narrative(Set.of())) {
            out.println("  第 " + p.page() + " 页 第 " + p.numberOnPage() + " 段：" + p.text());
        }
        out.println();
    }

    private static void printChoice(PrintStream out, TemplateChoice c) {
        out.println("模板：" + c.template().id() + "（" + c.template().name() + "）" + (c.forced() ? "，按 --template 指定" : "")
                + "：" + c.fit().describe());
        if (c.runnerUp() != null) {
            out.println("其次：" + c.runnerUp().id() + "（" + c.runnerUp().name() + "）：" + c.runnerUpFit().describe());
        }
        out.println(c.fits() ? "格式已识别。" : "格式未能确认：识别出的表或栏目对应太少（见文末“读取时发现的问题”）。");
    }

    private static void printTable(PrintStream out, TableReading r, List<Amount> all, boolean everyAmount) {
        out.println();
        out.println("━━ " + r.info().table() + " " + r.info().title() + "（角色：" + r.info().role() + "）  工作表“"
                + r.info().sheet() + "”");
        if (r.headerRows().isEmpty()) {
            out.println("  找不到表头，未读取。");
            return;
        }
        out.println("  表头：第 " + r.headerRows() + " 行" + (r.numberingRow() > 0 ? "；栏次行：第 " + r.numberingRow() + " 行" : "")
                + "；数据从第 " + r.firstDataRow() + " 行起" + (r.info().emptyNote() != null ? "；空表说明：" + r.info().emptyNote() : ""));
        for (TableReading.BlockReading b : r.blocks()) {
            out.println("  " + (b.name().isEmpty() ? "块" : "块“" + b.name() + "”") + "：键栏 "
                    + (b.keys().isEmpty() ? "（无）" : String.join("、", b.keys())));
            for (TableReading.ColumnReading c : b.columns()) {
                out.println("    " + c.column() + "栏“" + (c.printed().isEmpty() ? "（无栏名）" : c.printed()) + "” → "
                        + (c.label() == null ? "未对应模板中的栏，不读取"
                        : c.number() == 0 ? c.label() : "[" + c.number() + "] " + c.label() + "（" + c.how() + "）"));
            }
        }
        List<Amount> amounts = all.stream().filter(a -> a.table().equals(r.info().table())).toList();
        out.println("  读出的金额：" + amounts.size() + " 个单元格（其中非零 "
                + amounts.stream().filter(a -> !a.isZero()).count() + " 个）");
        Map<String, List<Amount>> rows = new LinkedHashMap<>();
        for (Amount a : amounts) {
            rows.computeIfAbsent(a.rowKey(), k -> new ArrayList<>()).add(a);
        }
        int shown = 0;
        for (List<Amount> row : rows.values()) {
            if (!everyAmount && shown++ >= 12) {
                out.println("    …（共 " + rows.size() + " 行；用 --table " + r.info().role() + " 查看全部）");
                break;
            }
            Amount first = row.get(0);
            StringBuilder b = new StringBuilder("    ");
            b.append(first.block().isEmpty() ? "" : first.block() + " ");
            if (first.rowNo() != null) {
                b.append("第").append(first.rowNo()).append("行 ");
            }
            if (first.code() != null) {
                b.append(first.code()).append(' ');
            }
            b.append(first.name() == null ? "" : first.name()).append("：");
            Map<Integer, Amount> byCol = new TreeMap<>();
            row.forEach(a -> byCol.put(a.col(), a));
            List<String> cells = new ArrayList<>();
            byCol.values().forEach(a -> cells.add("[" + a.col() + "]" + a.source().cell() + "=" + cn.jsaudit.ruleapi.NumberPolicy.fmt(a.value())));
            b.append(String.join("  ", cells));
            out.println(b);
        }
    }
}
