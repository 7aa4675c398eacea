package cn.jsaudit.performance;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.FormNumber;
import cn.jsaudit.model.Location;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellRangeAddress;

/** One performance form being read: its grid, its id, and the facts and problems found so far. */
final class FormSheet {

    private static final Pattern POINTS = Pattern.compile("(\\d+(?:\\.\\d+)?)分");
    /** A label printed with its value in the same cell: "单位名称：曾都区医疗保障局". */
    private static final Pattern INLINE = Pattern.compile("^([^:]{1,20}):(.*)$");

    final Grid grid;
    final String formId;
    final FormLabels labels;
    final FormWords words;
    final NumberReader numbers;
    final List<Object> facts = new ArrayList<>();
    final List<Finding> problems;

    FormSheet(Grid grid, String formId, FormLabels labels, FormWords words, List<Finding> problems) {
        this.grid = grid;
        this.formId = formId;
        this.labels = labels;
        this.words = words;
        this.problems = problems;
        this.numbers = new NumberReader(grid, problems);
    }

    /**
     * The text a column shows on its own: "" when the cell is covered by a merge that starts in a column
     * further left (a long text spilling over the value columns).
     */
    String ownText(int row, int col) {
        CellRangeAddress m = grid.mergeAt(row, col);
        return m != null && m.getFirstColumn() != col ? "" : grid.text(row, col);
    }

    /** The first row (from row {@code from}) holding a cell whose label matches one of the candidates, or -1. */
    int findRow(int from, LabelKeys candidates) {
        for (int r = from; r <= grid.lastRow(); r++) {
            if (findCol(r, candidates) >= 0) {
                return r;
            }
        }
        return -1;
    }

    /** The first column of the row whose label matches one of the candidates, or -1. */
    int findCol(int row, LabelKeys candidates) {
        for (int c = 0; c < grid.width(row); c++) {
            if (grid.isAnchor(row, c) || grid.mergeAt(row, c).getFirstColumn() == c) {
                if (candidates.matches(grid, row, c)) {
                    return c;
                }
            }
        }
        return -1;
    }

    /** True when any cell of the row starts with one of the labels. */
    boolean rowStartsWithAny(int row, LabelKeys candidates) {
        for (int c = 0; c < grid.width(row); c++) {
            if (candidates.startsAny(grid, row, c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a cell that begins on this row starts with one of the labels; cells merged down from a row above
     * (a header's "偏差原因分析" spanning two rows, a side label) do not count.
     */
    boolean rowBeginsWithAny(int row, LabelKeys candidates) {
        for (int c = 0; c < grid.width(row); c++) {
            if (grid.isAnchor(row, c) && candidates.startsAny(grid, row, c)) {
                return true;
            }
        }
        return false;
    }

    /** Splits a cell's "label：value" into its two parts, or null when the text has no colon after a short label. */
    String[] inline(int row, int col) {
        String t = grid.compact(row, col);
        if (t.indexOf(':') < 0) {
            return null; // most cells: no regex for them
        }
        Matcher m = INLINE.matcher(t);
        return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
    }

    /** The points printed in a header such as "得分（20 分*执行率）" or "预算执行情况（20 分）", or null. */
    FormNumber pointsIn(int row, int col) {
        Matcher m = POINTS.matcher(grid.compact(row, col));
        if (!m.find()) {
            return null;
        }
        BigDecimal v = new BigDecimal(m.group(1));
        return new FormNumber(v, BigDecimal.ZERO, grid.text(row, col), grid.location(row, col));
    }

    Location location(int row, int col) {
        return grid.location(row, col);
    }
}
