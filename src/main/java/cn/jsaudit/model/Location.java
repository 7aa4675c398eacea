package cn.jsaudit.model;

/**
 * Where a fact came from: file name, sheet and A1 cell for tables; for narrative text the sheet is
 * null and {@code cell} holds a position such as "段落12".
 */
public record Location(String file, String sheet, String cell) {

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
