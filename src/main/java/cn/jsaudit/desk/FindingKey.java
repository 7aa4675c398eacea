package cn.jsaudit.desk;

import cn.jsaudit.ruleapi.Text;
import cn.jsaudit.ingest.CellData;
import cn.jsaudit.ingest.InputProblem;
import cn.jsaudit.ingest.SheetData;
import cn.jsaudit.ingest.WorkbookData;
import cn.jsaudit.ingest.Workbooks;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.pipeline.SubmissionFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * What makes a finding "the same one" in a corrected re-upload, so that a reviewer's decision carries over: the rule,
 * its subject (the table) and, for each cell, the sheet with the cell's row label and column label as printed —
 * not its address, which moves when the unit inserts a row above it — and for the narrative the quoted sentence, not
 * its paragraph number. Never the file name, which a unit often changes when it sends a correction.
 * <p>
 * The row label is the row's first two texts left of the cell (科目编码 and 名称, an indicator's name, a form's
 * field name), numbered when the same label comes again further down the sheet; the column label is the heading over
 * a cell of figures. A cell without either keeps its row number or column letter for that part; a file that cannot
 * be read again keeps its addresses.
 */
public final class FindingKey {

    private static final int MAX_LENGTH = 2000;
    private static final int LABEL_TEXTS = 2;
    private static final int LABEL_CHARS = 60;
    private static final Pattern FIGURE = Pattern.compile("[-+]?[\\d,]*\\.?\\d+%?|[-—–－─━―/]+");

    private FindingKey() {
    }

    /** The keys of a submission's findings, in order, with the labels read from the submission's files. */
    public static List<String> of(List<Finding> findings, SubmissionFiles files) {
        Map<Path, Optional<WorkbookData>> read = new HashMap<>();
        List<String> keys = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            List<String> places = new ArrayList<>();
            boolean quoted = false;
            for (Location l : f.locations()) {
                if (l.sheet() == null && !l.onPage() && f.quote() != null && !f.quote().isBlank()) {
                    if (!quoted) {
                        places.add("“" + clip(Text.compact(f.quote()), 200) + "”");
                        quoted = true;
                    }
                    continue;
                }
                SheetData sheet = l.sheet() == null || l.onPage() || l.rowIndex() < 0 ? null
                        : read.computeIfAbsent(SourceViews.fileOf(files, l), FindingKey::read)
                                .flatMap(wb -> wb.sheets().stream().filter(s -> s.name().equals(l.sheet())).findFirst())
                                .orElse(null);
                places.add(sheet == null ? address(l) : l.sheet() + "!" + place(sheet, l.rowIndex(), l.columnIndex()));
            }
            String key = f.rule() + "|" + (f.table() == null ? "" : f.table()) + "|" + String.join(",", places);
            keys.add(clip(key, MAX_LENGTH));
        }
        return keys;
    }

    private static Optional<WorkbookData> read(Path file) {
        try {
            return Optional.of(Workbooks.read(file));
        } catch (InputProblem | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String address(Location l) {
        String cell = l.cell() == null ? "" : l.cell();
        String at = l.onPage() ? "第" + l.page() + "页 " + cell : cell;
        return l.sheet() == null ? at : l.sheet() + "!" + at;
    }

    /** "row label@column label" of a cell (zero-based row and column). */
    static String place(SheetData sheet, int row, int col) {
        String label = rowLabel(sheet, row, col);
        String rowPart;
        if (label.isEmpty()) {
            rowPart = "第" + (row + 1) + "行";
        } else {
            int before = 0;
            for (int r = sheet.firstRow(); r < row; r++) {
                if (label.equals(rowLabel(sheet, r, col))) {
                    before++;
                }
            }
            rowPart = before == 0 ? label : label + "#" + (before + 1);
        }
        return rowPart + "@" + columnLabel(sheet, row, col);
    }

    private static String rowLabel(SheetData sheet, int row, int col) {
        List<String> texts = new ArrayList<>(LABEL_TEXTS);
        for (int c = 0; c < col && texts.size() < LABEL_TEXTS; c++) {
            String t = words(sheet, row, c);
            if (!t.isEmpty()) {
                texts.add(t);
            }
        }
        if (texts.isEmpty()) {
            // a label cell itself (the finding is about a row's name, or a form's field)
            return words(sheet, row, col);
        }
        return String.join("/", texts);
    }

    /**
     * The heading over a cell of figures (or an empty one): the nearest text above it in its column, past the figures
     * and blanks of the rows between; a text cell (a form's field, a name) keeps its column's letter.
     */
    private static String columnLabel(SheetData sheet, int row, int col) {
        if (words(sheet, row, col).isEmpty()) {
            for (int r = row - 1; r >= sheet.firstRow(); r--) {
                String heading = headingAt(sheet, r, col);
                if (!heading.isEmpty()) {
                    return heading;
                }
            }
        }
        return CellReference.convertNumToColString(col);
    }

    /** The text shown at a cell, a merged heading's text for every cell it spans. */
    private static String headingAt(SheetData sheet, int row, int col) {
        for (CellRangeAddress m : sheet.merges()) {
            if (m.isInRange(row, col)) {
                return words(sheet, m.getFirstRow(), m.getFirstColumn());
            }
        }
        return words(sheet, row, col);
    }

    /** A cell's text, compacted and clipped, or "" when it is empty or a figure. */
    private static String words(SheetData sheet, int row, int col) {
        CellData cell = sheet.cell(row, col);
        if (cell == null || !cell.isText()) {
            return "";
        }
        String t = Text.compact(cell.text());
        return FIGURE.matcher(t).matches() ? "" : clip(t, LABEL_CHARS);
    }

    private static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
