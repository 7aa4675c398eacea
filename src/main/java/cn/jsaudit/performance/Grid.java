package cn.jsaudit.performance;

import cn.jsaudit.model.Location;
import cn.jsaudit.ingest.CellData;
import cn.jsaudit.ingest.SheetData;
import cn.jsaudit.ruleapi.Labels;
import cn.jsaudit.ruleapi.Text;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import java.util.Arrays;
import java.util.function.UnaryOperator;

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
    /**
     * The readers ask for the same cells' text, compacted text and label key many times (a number formatted, a merge
     * looked up, the text normalised each time): each is worked out once per cell.
     */
    private final String[][] texts;
    private final String[][] compacts;
    private final String[][] keys;

    Grid(SheetData sheet, String file) {
        this.sheet = sheet;
        this.file = file;
        int rows = 0;
        for (CellRangeAddress r : sheet.merges()) {
            rows = Math.max(rows, r.getLastRow() + 1);
        }
        merges = new CellRangeAddress[rows][];
        texts = new String[Math.max(sheet.lastRow() + 1, rows)][];
        compacts = new String[texts.length][];
        keys = new String[texts.length][];
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
        if (row < 0 || row >= texts.length || col < 0) {
            return printed(row, col);
        }
        String[] line = texts[row] = fitted(texts[row], row, col);
        String t = line[col];
        if (t == null) {
            t = line[col] = printed(row, col);
        }
        return t;
    }

    /** As {@link #cell}, printed through the sheet, which formats each number once for all its readers. */
    private String printed(int row, int col) {
        CellRangeAddress m = mergeAt(row, col);
        if (m == null) {
            return sheet.columnHidden(col) ? "" : sheet.printed(row, col).strip();
        }
        return shown(m) ? sheet.printed(m.getFirstRow(), m.getFirstColumn()).strip() : "";
    }

    /** {@link Text#compact} of the cell's {@link #text}. */
    String compact(int row, int col) {
        return derived(compacts, row, col, Text::compact);
    }

    /** {@link Labels#key} of the cell's {@link #text}. */
    String key(int row, int col) {
        return derived(keys, row, col, Labels::key);
    }

    private String derived(String[][] memory, int row, int col, UnaryOperator<String> of) {
        if (row < 0 || row >= memory.length || col < 0) {
            return of.apply(text(row, col));
        }
        String[] line = memory[row] = fitted(memory[row], row, col);
        String d = line[col];
        if (d == null) {
            d = line[col] = of.apply(text(row, col));
        }
        return d;
    }

    /** The row's memory, made long enough for the column (a merge may show text right of the row's last cell). */
    private String[] fitted(String[] line, int row, int col) {
        if (line == null) {
            return new String[Math.max(col + 1, sheet.width(row) + 8)];
        }
        return col < line.length ? line : Arrays.copyOf(line, Math.max(col + 1, line.length * 2));
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
