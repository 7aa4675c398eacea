package cn.jsaudit.performance;

import cn.jsaudit.model.Location;
import cn.jsaudit.ingest.CellData;
import cn.jsaudit.ingest.SheetData;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import java.util.HashMap;
import java.util.Map;

/**
 * A sheet as a printed form: every cell of a merge reads as the merge's top-left cell, and every cell
 * reads as text the way it is printed.
 */
final class Grid {

    private final SheetData sheet;
    private final String file;
    private final Map<CellAddress, CellRangeAddress> merges = new HashMap<>();
    /** The readers ask for the same cells' text many times (a number formatted, a merge looked up each time). */
    private final Map<Long, String> texts = new HashMap<>();

    Grid(SheetData sheet, String file) {
        this.sheet = sheet;
        this.file = file;
        for (CellRangeAddress r : sheet.merges()) {
            for (int row = r.getFirstRow(); row <= r.getLastRow(); row++) {
                for (int col = r.getFirstColumn(); col <= r.getLastColumn(); col++) {
                    merges.put(new CellAddress(row, col), r);
                }
            }
        }
    }

    String file() {
        return file;
    }

    String sheetName() {
        return sheet.name();
    }

    int lastRow() {
        return sheet.lastRow();
    }

    /** One past the last column used in the row (0 for a missing row). */
    int width(int row) {
        return sheet.width(row);
    }

    /** The merge containing the cell, or null. */
    CellRangeAddress mergeAt(int row, int col) {
        return merges.get(new CellAddress(row, col));
    }

    /** The cell that holds the value shown at (row, col): the top-left of its merge. */
    CellData cell(int row, int col) {
        CellRangeAddress m = mergeAt(row, col);
        return m == null ? sheet.cell(row, col) : sheet.cell(m.getFirstRow(), m.getFirstColumn());
    }

    /** True when (row, col) is not covered by a merge, or is its top-left cell. */
    boolean isAnchor(int row, int col) {
        CellRangeAddress m = mergeAt(row, col);
        return m == null || (m.getFirstRow() == row && m.getFirstColumn() == col);
    }

    /** How many rows the merge at (row, col) spans below and including row (1 when unmerged). */
    int rowsSpanned(int row, int col) {
        CellRangeAddress m = mergeAt(row, col);
        return m == null ? 1 : m.getLastRow() - row + 1;
    }

    /** The text as printed, stripped; "" for a blank or missing cell. */
    String text(int row, int col) {
        return texts.computeIfAbsent(((long) row << 32) | (col & 0xffffffffL), k -> {
            CellData c = cell(row, col);
            return c == null ? "" : c.printed().strip();
        });
    }

    /** The location of the value shown at (row, col), in A1 form. */
    Location location(int row, int col) {
        CellRangeAddress m = mergeAt(row, col);
        int r = m == null ? row : m.getFirstRow();
        int c = m == null ? col : m.getFirstColumn();
        return new Location(file, sheet.name(), new CellAddress(r, c).formatAsString());
    }

    /** The next column right of col whose shown value differs from col's merge and is not blank, or -1. */
    int nextFilled(int row, int col) {
        CellRangeAddress own = mergeAt(row, col);
        for (int c = col + 1; c < Math.max(width(row), col + 1) + 8; c++) {
            CellRangeAddress m = mergeAt(row, c);
            if (own != null && own.equals(m)) {
                continue;
            }
            if (!text(row, c).isEmpty()) {
                return c;
            }
        }
        return -1;
    }
}
