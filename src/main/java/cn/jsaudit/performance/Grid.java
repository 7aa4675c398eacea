package cn.jsaudit.performance;

import cn.jsaudit.model.Location;
import cn.jsaudit.ingest.CellData;
import cn.jsaudit.ingest.SheetData;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A sheet as a printed form: every cell of a merge reads as the merge's top-left cell, every cell reads as text the
 * way it is printed, and a column the sheet hides reads blank (Excel neither shows nor prints it: last year's figures
 * or a helper column kept beside the form). {@link HiddenFigures} says what such columns held.
 */
final class Grid {

    private final SheetData sheet;
    private final String file;
    /** merges[row][col]: the merge covering the cell; rows and columns beyond every merge are left out */
    private final CellRangeAddress[][] merges;
    /** The readers ask for the same cells' text many times (a number formatted, a merge looked up each time). */
    private final Map<Long, String> texts = new HashMap<>();

    Grid(SheetData sheet, String file) {
        this.sheet = sheet;
        this.file = file;
        int rows = 0;
        for (CellRangeAddress r : sheet.merges()) {
            rows = Math.max(rows, r.getLastRow() + 1);
        }
        merges = new CellRangeAddress[rows][];
        for (CellRangeAddress r : sheet.merges()) {
            for (int row = Math.max(0, r.getFirstRow()); row <= r.getLastRow(); row++) {
                CellRangeAddress[] line = merges[row];
                if (line == null || line.length <= r.getLastColumn()) {
                    line = merges[row] = line == null ? new CellRangeAddress[r.getLastColumn() + 1]
                            : Arrays.copyOf(line, r.getLastColumn() + 1);
                }
                for (int col = Math.max(0, r.getFirstColumn()); col <= r.getLastColumn(); col++) {
                    line[col] = r;
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
        if (row < 0 || row >= merges.length || merges[row] == null || col < 0 || col >= merges[row].length) {
            return null;
        }
        return merges[row][col];
    }

    /** The cell that holds the value shown at (row, col): the top-left of its merge; null where nothing is shown. */
    CellData cell(int row, int col) {
        CellRangeAddress m = mergeAt(row, col);
        if (m == null) {
            return sheet.columnHidden(col) ? null : sheet.cell(row, col);
        }
        return shown(m) ? sheet.cell(m.getFirstRow(), m.getFirstColumn()) : null;
    }

    /** True when a merge reaches a column the sheet shows: its value is printed there even if its first column is hidden. */
    private boolean shown(CellRangeAddress m) {
        for (int c = m.getFirstColumn(); c <= m.getLastColumn(); c++) {
            if (!sheet.columnHidden(c)) {
                return true;
            }
        }
        return false;
    }

    /** The sheet as loaded, hidden columns included: for saying what the hidden columns hold. */
    SheetData sheet() {
        return sheet;
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
