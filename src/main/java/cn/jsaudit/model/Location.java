package cn.jsaudit.model;

/**
 * Where a fact came from: file name, sheet and A1 cell for tables; for narrative text the sheet is
 * null and {@code cell} holds a position such as "第12段".
 */
public record Location(String file, String sheet, String cell) {

    /** Zero-based row of an A1 cell ("C7" → 6), or -1 when the cell is not in A1 form. */
    public int rowIndex() {
        int i = lettersEnd();
        return i > 0 && i < cell.length() ? Integer.parseInt(cell.substring(i)) - 1 : -1;
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
        if (sheet != null) {
            b.append(" [").append(sheet).append(']');
        }
        if (cell != null) {
            b.append(' ').append(cell);
        }
        return b.toString();
    }
}
