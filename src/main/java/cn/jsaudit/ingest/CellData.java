package cn.jsaudit.ingest;

import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * One cell's stored value as the readers need it: text, or a number with its number format. A formula cell
 * is its cached result, which is what the printed table shows. Blank cells are not represented.
 */
public record CellData(Kind kind, String text, double number, int formatIndex, String format) {

    public enum Kind { TEXT, NUMBER, BOOLEAN, ERROR }

    /** DataFormatter keeps caches that are not thread-safe; submissions are screened on several threads. */
    private static final ThreadLocal<DataFormatter> FORMATTER = ThreadLocal.withInitial(DataFormatter::new);

    public static CellData text(String s) {
        return new CellData(Kind.TEXT, s, 0, 0, null);
    }

    public static CellData number(double v, int formatIndex, String format) {
        return new CellData(Kind.NUMBER, null, v, formatIndex, format);
    }

    public static CellData bool(boolean b) {
        return new CellData(Kind.BOOLEAN, b ? "TRUE" : "FALSE", b ? 1 : 0, 0, null);
    }

    public static CellData error(String code) {
        return new CellData(Kind.ERROR, code, 0, 0, null);
    }

    public boolean isText() {
        return kind == Kind.TEXT;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    /** The cell as printed: text as stored, a number through its number format ("General" when it has none). */
    public String printed() {
        if (kind != Kind.NUMBER) {
            return text;
        }
        if (formatIndex == 0 && number == Math.rint(number) && Math.abs(number) < 1e15) {
            // "General": a whole number (行次, 栏次, a code typed as a number) prints as itself; the formatter is slow.
            return Long.toString((long) number);
        }
        return FORMATTER.get().formatRawCellContents(number, formatIndex, format == null ? "General" : format);
    }
}
