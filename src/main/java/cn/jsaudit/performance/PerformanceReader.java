package cn.jsaudit.performance;

import cn.jsaudit.ruleapi.Text;
import cn.jsaudit.ingest.CellData;
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
import java.util.LinkedHashMap;
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
    /** What forms.yaml says, prepared once: every sheet of every workbook is searched for a title */
    private final Map<FormKind, List<String>> compactTitles;
    private final LabelKeys roleKeys;
    private final StatementReader.Patterns statements;
    private final FormWords words;
    /** Header labels only a form prints (三级指标, 执行率, 决算数): a title above one of them begins a form */
    private final LabelKeys formHeads;

    public PerformanceReader(FormLabels labels) {
        this.labels = labels;
        Map<FormKind, List<String>> titles = new LinkedHashMap<>();
        labels.titles().forEach((kind, patterns) -> titles.put(kind, patterns.stream().map(Text::compact).toList()));
        this.compactTitles = titles;
        this.roleKeys = PartyReader.roleKeys(labels);
        this.statements = StatementReader.Patterns.of(labels.statements());
        this.words = FormWords.of(labels);
        this.formHeads = LabelKeys.of(labels.indicators().columns().get("name"), labels.execution().columns().get("rate"),
                labels.basicData().columns().get("actual"));
    }

    public Result read(WorkbookData workbook, String file) {
        List<Object> facts = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        Set<FormKind> shown = EnumSet.noneOf(FormKind.class);
        for (SheetData sheet : workbook.sheets()) {
            if (sheet.isReviewSheet()) {
                continue; // jsaudit's own list of findings in a returned workbook: its texts name forms too
            }
            for (Piece piece : pieces(sheet, file)) {
                pieces.add(piece);
                if (piece.title != null && !sheet.hidden()) {
                    shown.add(piece.title.kind);
                }
            }
        }
        for (Piece piece : pieces) {
            Grid grid = piece.grid;
            SheetData sheet = piece.sheet;
            Title title = piece.title;
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
            Finding hidden = HiddenFigures.of(grid, title.kind.label(), title.row, title.col);
            if (hidden != null) {
                findings.add(hidden);
            }
            try {
                facts.addAll(readForm(grid, piece.id, title, findings));
            } catch (RuntimeException e) {
                // a layout this reader does not understand must not stop the screening of the rest
                findings.add(InputFindings.error(
                        "%s 工作表「%s」：无法按%s读取（%s）".formatted(file, sheet.name(), title.kind.label(), e),
                        null, grid.location(title.row, title.col)));
            }
        }
        return new Result(facts, findings);
    }

    private List<Object> readForm(Grid grid, String id, Title title, List<Finding> findings) {
        FormSheet form = new FormSheet(grid, id, labels, words, findings);
        form.facts.add(new PerformanceForm(id, title.kind, grid.text(title.row, title.col), grid.location(title.row, title.col)));
        new PartyReader(form, roleKeys).read();
        if (title.kind == FormKind.BASIC_DATA) {
            new BasicDataReader(form).read();
            return form.facts;
        }
        int next = new ExecutionReader(form).read();
        IndicatorReader.Outcome indicators = new IndicatorReader(form).read(next);
        new StatementReader(form, statements).read(new TextReader(form).read());
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

    /** A form's part of a sheet (the whole sheet but where forms are printed one under another), or a sheet with none. */
    private record Piece(SheetData sheet, Grid grid, Title title, String id) {
    }

    /**
     * The forms of a sheet: the one titled at its top, and each further one printed below it, from its title row to the
     * row before the next title; a sheet with no form is one piece without a title.
     */
    private List<Piece> pieces(SheetData sheet, String file) {
        Grid grid = new Grid(sheet, file);
        Title top = findTitle(grid);
        List<Title> below = titlesBelow(sheet, grid, top == null ? -1 : top.row);
        String id = PerformanceForm.idOf(file, sheet.name());
        if (below.isEmpty()) {
            return List.of(new Piece(sheet, grid, top, id));
        }
        List<Piece> out = new ArrayList<>();
        if (top != null) {
            SheetData part = sheet.region(sheet.firstRow(), below.get(0).row - 1);
            out.add(new Piece(part, new Grid(part, file), top, id));
        }
        for (int i = 0; i < below.size(); i++) {
            Title t = below.get(i);
            SheetData part = sheet.region(t.row, i + 1 < below.size() ? below.get(i + 1).row - 1 : sheet.lastRow());
            out.add(new Piece(part, new Grid(part, file), t, PerformanceForm.idOf(file, sheet.name() + " 第" + (t.row + 1) + "行")));
        }
        return out;
    }

    /**
     * Titles of further forms printed under the first one (or under a table): a form title alone on its row, followed
     * by a form's header (a row naming 三级指标, 执行率 or 决算数) before the next such title. Read from the cells as stored, for
     * speed: every sheet of every workbook is searched.
     */
    private List<Title> titlesBelow(SheetData sheet, Grid grid, int after) {
        List<Title> out = new ArrayList<>();
        for (int r = after + 1; r <= sheet.lastRow(); r++) {
            int col = loneText(sheet.row(r));
            if (col < 0) {
                continue;
            }
            String t = Text.compact(sheet.cell(r, col).text());
            if (t.length() > 80 || t.contains("续") || t.startsWith("注") || t.startsWith("备注") || t.startsWith("说明")) {
                continue;
            }
            Named named = named(t);
            if (named != null && (after < 0 || r > after + 1)) {
                out.add(new Title(named.kind, r, col));
            }
        }
        List<Title> found = List.copyOf(out);
        out.removeIf(t -> !headedBelow(grid, t, found));
        return out;
    }

    /** The column of the row's one cell, when it is text; -1 when the row holds none or several. */
    private static int loneText(CellData[] row) {
        int found = -1;
        for (int c = 0; c < row.length; c++) {
            if (row[c] == null || row[c].isText() && row[c].text().isBlank()) {
                continue;
            }
            if (found >= 0 || !row[c].isText()) {
                return -1; // a figure, or a second cell
            }
            found = c;
        }
        return found;
    }

    /** A form kind a text names, by the length of the title pattern naming it. */
    private record Named(FormKind kind, int length) {
    }

    /** The kind of form a compacted text names by the longest title pattern it contains, or null. */
    private Named named(String compactText) {
        Named best = null;
        for (Map.Entry<FormKind, List<String>> e : compactTitles.entrySet()) {
            for (String p : e.getValue()) {
                if (compactText.contains(p) && (best == null || p.length() > best.length)) {
                    best = new Named(e.getKey(), p.length());
                }
            }
        }
        return best;
    }

    /** True when a form's header follows the title before the next title. */
    private boolean headedBelow(Grid grid, Title title, List<Title> titles) {
        int end = titles.stream().mapToInt(Title::row).filter(r -> r > title.row).min().orElse(grid.lastRow() + 1);
        for (int r = title.row + 1; r < end; r++) {
            for (int c = 0; c < grid.width(r); c++) {
                if (formHeads.matches(grid, r, c)) {
                    return true;
                }
            }
        }
        return false;
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
                String t = grid.compact(r, c);
                any |= !t.isEmpty();
                if (t.length() > 80) {
                    continue;
                }
                Named named = named(t);
                if (named != null && named.length > bestLength) {
                    best = new Title(named.kind, r, c);
                    bestLength = named.length;
                }
            }
            seen += any ? 1 : 0;
        }
        return best;
    }
}
