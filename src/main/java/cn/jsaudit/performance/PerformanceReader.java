package cn.jsaudit.performance;

import cn.jsaudit.ingest.ReviewSheet;
import cn.jsaudit.ingest.SheetData;
import cn.jsaudit.ingest.WorkbookData;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.FormKind;
import cn.jsaudit.model.PerformanceForm;
import cn.jsaudit.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        for (SheetData sheet : workbook.sheets()) {
            if (ReviewSheet.is(sheet)) {
                continue; // jsaudit's own list of findings in a returned workbook: its texts name forms too
            }
            Grid grid = new Grid(sheet, file);
            Title title = findTitle(grid);
            if (title == null) {
                continue;
            }
            try {
                facts.addAll(readForm(grid, title, findings));
            } catch (RuntimeException e) {
                // a layout this reader does not understand must not stop the screening of the rest
                findings.add(new Finding("INPUT", "绩效表无法读取", Severity.ERROR,
                        "%s 工作表「%s」：无法按%s读取（%s）".formatted(file, sheet.name(), title.kind.label(), e),
                        null, List.of(grid.location(title.row, title.col)), null, null, null, null));
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
        } else {
            int next = new ExecutionReader(form).read();
            new IndicatorReader(form).read(next);
        }
        return form.facts;
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
        for (Map.Entry<FormKind, List<String>> e : labels.titles().entrySet()) {
            for (int r = 0; r < labels.titleRows() && r <= grid.lastRow(); r++) {
                for (int c = 0; c < grid.width(r); c++) {
                    String t = Labels.compact(grid.text(r, c));
                    for (String pattern : e.getValue()) {
                        String p = Labels.compact(pattern);
                        if (t.length() <= 80 && t.contains(p) && p.length() > bestLength) {
                            best = new Title(e.getKey(), r, c);
                            bestLength = p.length();
                        }
                    }
                }
            }
        }
        return best;
    }
}
