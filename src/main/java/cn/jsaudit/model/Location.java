package cn.jsaudit.model;

/**
 * Where a fact came from: file name, sheet and A1 cell for tables; for narrative text the sheet is
 * null and {@code cell} holds a position such as "第12段". In a PDF there are no cells: {@code page} is the
 * 1-based page, {@code sheet} the table's printed title and {@code cell} the row and column as printed
 * ("第 3 行 财政拨款收入"), or for running text the paragraph on that page ("第 2 段"); 0 outside a PDF.
 */
public record Location(String file, String sheet, String cell, int page) {

    /** A place in a workbook or a narrative file (no page). */
    public Location(String file, String sheet, String cell) {
        this(file, sheet, cell, 0);
    }

    /** Whether this is a place in a PDF (it has a page). */
    public boolean onPage() {
        return page > 0;
    }

    /** Zero-based row of an A1 cell ("C7" → 6), or -1 when the cell is not in A1 form. */
    public int rowIndex() {
        int i = lettersEnd();
        if (i <= 0 || i >= cell.length()) {
            return -1;
        }
        int row = 0; // at most seven digits (lettersEnd): no overflow, and no substring for sorting many amounts by place
        for (int k = i; k < cell.length(); k++) {
            row = row * 10 + (cell.charAt(k) - '0');
        }
        return row - 1;
    }

    /** The digits of an A1 cell ("C7" → "7"), or "" when the cell is not in A1 form. */
    public String rowPart() {
        int i = lettersEnd();
        return i > 0 ? cell.substring(i) : "";
    }

    /** Zero-based column of an A1 cell ("C7" → 2), or -1 when the cell is not in A1 form. */
    public int columnIndex() {
        int i = lettersEnd();
        if (i <= 0 || i == cell.length()) {
            return -1;
        }
        int col = 0;
        for (int k = 0; k < i; k++) {
            col = col * 26 + (cell.charAt(k) - 'A' + 1);
        }
        return col - 1;
    }

    /** Where the letters of an A1 cell end, or -1 when the cell is not in A1 form ([A-Z]{1,3}[0-9]{1,7}). */
    private int lettersEnd() {
        if (cell == null) {
            return -1;
        }
        int i = 0;
        while (i < cell.length() && cell.charAt(i) >= 'A' && cell.charAt(i) <= 'Z') {
            i++;
        }
        int digits = cell.length() - i;
        if (i < 1 || i > 3 || digits < 1 || digits > 7) {
            return -1;
        }
        for (int k = i; k < cell.length(); k++) {
            if (cell.charAt(k) < '0' || cell.charAt(k) > '9') {
                return -1;
            }
        }
        return i;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file == null ? "" : file);
        if (page > 0) {
            b.append(" 第 ").append(page).append(" 页");
        }
        if (sheet != null) {
            b.append(" [").append(sheet).append(']');
        }
        if (cell != null) {
            b.append(' ').append(cell);
        }
        return b.toString();
    }
}
