package cn.jsaudit.report;

import java.util.regex.Pattern;

/**
 * Text from a submission (unit names, sheet names, quoted sentences, cell text in messages) made safe for the
 * text exports. A spreadsheet opening a CSV runs a cell that begins with = + - @ (or a tab or carriage return
 * before them) as a formula — =HYPERLINK(…) or a DDE command; OWASP's remedy is to begin such a cell with a
 * single quote, which makes it text. A plain number (-0.02 in 差额) is left as it is: it is not a formula.
 */
public final class SafeText {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private SafeText() {
    }

    /** A CSV cell that no spreadsheet will take for a formula. */
    static String csvCell(String s) {
        if (s.isEmpty() || FORMULA_STARTS.indexOf(s.charAt(0)) < 0 || PLAIN_NUMBER.matcher(s).matches()) {
            return s;
        }
        return "'" + s;
    }

    /**
     * A line for the terminal (or a .txt file opened in a spreadsheet): control characters — escape sequences
     * that would move the cursor or recolour the screen, tabs that would start a new spreadsheet cell — become
     * spaces; line breaks stay.
     */
    public static String terminal(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F);
            if (control && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(control ? ' ' : c);
            }
        }
        return b == null ? s : b.toString();
    }
}
