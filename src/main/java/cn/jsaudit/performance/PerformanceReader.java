package cn.jsaudit.performance;

import cn.jsaudit.ruleapi.Text;
import cn.jsaudit.ingest.InputFindings;
import cn.jsaudit.ingest.SheetData;
import cn.jsaudit.ingest.WorkbookData;
import cn.jsaudit.model.ExecutionLine;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.FormDoubt;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.ScoreTotal;
import cn.jsaudit.model.Severity;
import cn.jsaudit.model.FormKind;
import cn.jsaudit.model.PerformanceForm;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the performance forms of a workbook by their titles and reads them into facts. Sheets that are
 * not performance forms are ignored; cells that cannot be read become INPUT findings.
 */
public final class PerformanceReader {

    /** The facts read (model records) and the problems met while reading. */
    public record Result(List<Object> facts, List<Finding> findings) {
    }

    private final FormLabels labels;

    public PerformanceReader(FormLabels labels) {
        this.labels = labels;
    }

    public Result read(WorkbookData workbook, String file) {
        List<Object> facts = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<SheetData> sheets = new ArrayList<>();
        List<Grid> grids = new ArrayList<>();
        List<Title> titles = new ArrayList<>();
        Set<FormKind> shown = EnumSet.noneOf(FormKind.class);
        for (SheetData sheet : workbook.sheets()) {
            if (sheet.isReviewSheet()) {
                continue; // jsaudit's own list of findings in a returned workbook: its texts name forms too
            }
            Grid grid = new Grid(sheet, file);
            Title title = findTitle(grid);
            sheets.add(sheet);
            grids.add(grid);
            titles.add(title);
            if (title != null && !sheet.hidden()) {
                shown.add(title.kind);
            }
        }
        for (int i = 0; i < grids.size(); i++) {
            Grid grid = grids.get(i);
            SheetData sheet = sheets.get(i);
            Title title = titles.get(i);
            if (title != null && sheet.hidden()) {
                // a hidden sheet is neither shown nor printed: beside shown forms of its kind it is a copy kept aside
                boolean aside = shown.contains(title.kind);
                findings.add(InputFindings.of(Severity.INFO, (aside
                        ? "隐藏的工作表「%s」也是%s：工作簿显示的同类表已审核，隐藏的这张未审核"
                        : "工作表「%s」（%s）是隐藏的：已照常审核，但打印或导出 PDF 时不会出现，公开时请确认此表没有漏掉")
                        .formatted(sheet.name(), title.kind.label()), null, grid.location(title.row, title.col)));
                if (aside) {
                    continue;
                }
            }
            if (title == null) {
                String named = formNamed(sheet.name());
                if (named != null) {
                    // said once, so that a form the reader missed is not taken for a form found correct
                    findings.add(InputFindings.of(Severity.WARNING, "读取存疑：工作表「%s」的名称是%s，但前 %d 个有内容的行中没有找到绩效自评表的标题，本表未按绩效自评表审核"
                            .formatted(sheet.name(), named, labels.titleRows()), null, grid.location(0, 0)));
                }
                continue;
            }
            try {
                facts.addAll(readForm(grid, title, findings));
            } catch (RuntimeException e) {
                // a layout this reader does not understand must not stop the screening of the rest
                findings.add(InputFindings.error(
                        "%s 工作表「%s」：无法按%s读取（%s）".formatted(file, sheet.name(), title.kind.label(), e),
                        null, grid.location(title.row, title.col)));
            }
        }
        return new Result(facts, findings);
    }

    private List<Object> readForm(Grid grid, Title title, List<Finding> findings) {
        String id = PerformanceForm.idOf(grid.file(), grid.sheetName());
        FormSheet form = new FormSheet(grid, id, labels, findings);
        form.facts.add(new PerformanceForm(id, title.kind, grid.text(title.row, title.col), grid.location(title.row, title.col)));
        new PartyReader(form).read();
        if (title.kind == FormKind.BASIC_DATA) {
            new BasicDataReader(form).read();
            return form.facts;
        }
        int next = new ExecutionReader(form).read();
        IndicatorReader.Outcome indicators = new IndicatorReader(form).read(next);
        new StatementReader(form).read(new TextReader(form).read());
        new BreakdownPairer(form).pair();
        FormDoubt doubt = doubt(form, indicators, grid.location(title.row, title.col));
        if (doubt != null) {
            form.facts.add(doubt);
        }
        return form.facts;
    }

    /**
     * One doubt when the form's weights and scores could not be located, naming what was read, instead of a sum
     * check on a table read wrong.
     */
    private static FormDoubt doubt(FormSheet form, IndicatorReader.Outcome read, Location at) {
        FormDoubt.Missing missing;
        if (!read.header()) {
            missing = FormDoubt.Missing.HEADER;
        } else if (!read.scoreColumn()) {
            missing = FormDoubt.Missing.SCORE_COLUMN;
        } else if (read.rows() == 0) {
            missing = FormDoubt.Missing.ROWS;
        } else if (read.scores() == 0) {
            missing = FormDoubt.Missing.SCORES;
        } else {
            return null;
        }
        long lines = form.facts.stream().filter(ExecutionLine.class::isInstance).count();
        long totals = form.facts.stream().filter(ScoreTotal.class::isInstance).count();
        return new FormDoubt(form.formId, form.grid.sheetName(), lines, read.rows(), totals, missing, at);
    }

    /** The form title a sheet's name contains (项目支出绩效自评表, 部门整体…), or null. */
    private String formNamed(String sheetName) {
        String name = Text.compact(sheetName);
        for (List<String> patterns : labels.titles().values()) {
            for (String pattern : patterns) {
                if (name.contains(Text.compact(pattern))) {
                    return pattern;
                }
            }
        }
        return null;
    }

    private record Title(FormKind kind, int row, int col) {
    }

    /**
     * The cell in the title rows naming a performance form; when several title patterns match, the longest
     * (most specific) wins, so that 基础数据表 is not taken for a 自评表.
     */
    private Title findTitle(Grid grid) {
        Title best = null;
        int bestLength = 0;
        // the first titleRows rows that hold anything: blank rows above a form do not push its title out of reach
        int seen = 0;
        for (int r = 0; seen < labels.titleRows() && r <= grid.lastRow(); r++) {
            boolean any = false;
            for (int c = 0; c < grid.width(r); c++) {
                String t = Text.compact(grid.text(r, c));
                any |= !t.isEmpty();
                for (Map.Entry<FormKind, List<String>> e : labels.titles().entrySet()) {
                    for (String pattern : e.getValue()) {
                        String p = Text.compact(pattern);
                        if (t.length() <= 80 && t.contains(p) && p.length() > bestLength) {
                            best = new Title(e.getKey(), r, c);
                            bestLength = p.length();
                        }
                    }
                }
            }
            seen += any ? 1 : 0;
        }
        return best;
    }
}
