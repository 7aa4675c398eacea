package cn.jsaudit.ingest;

import cn.jsaudit.model.AmountUnit;
import cn.jsaudit.ruleapi.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amount cell the way a reviewer reads the printed table. Digit grouping in text is accepted only where
 * it is valid — groups of three after the first, all with the same separator (1,234.56, 1 234.56, 1，234.56) —
 * so that a typo such as 1,2,3 is reported with its cell rather than read as 123.
 */
final class AmountParser {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(?:([, ])\\d{3})(?:\\1\\d{3})*(\\.\\d+)?");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    /** A number followed by the amount unit typed into the cell. */
    private static final Pattern WITH_UNIT = Pattern.compile("(.*?\\p{Nd})\\s*(万元|元)");
    private static final Pattern ZERO_MARKS = Pattern.compile("[-—–－─━―]+|/|无");

    private AmountParser() {
    }

    static CellValue read(CellData cell) {
        if (cell == null) {
            return CellValue.BLANK;
        }
        return switch (cell.kind()) {
            case NUMBER -> fromNumber(cell.number(), cell.format());
            case TEXT -> fromText(cell.text());
            default -> CellValue.notANumber(cell.printed());
        };
    }

    static CellValue fromNumber(double d, String format) {
        BigDecimal v = BigDecimal.valueOf(d);
        int formatDecimals = decimalsOf(format);
        if (formatDecimals >= 0) {
            return CellValue.number(v.setScale(formatDecimals, RoundingMode.HALF_UP), formatDecimals);
        }
        // "General": the value prints as stored; guard against binary noise such as 93.42000000000001
        BigDecimal printed = v.setScale(Math.min(Math.max(v.scale(), 0), 6), RoundingMode.HALF_UP).stripTrailingZeros();
        return CellValue.number(printed, Math.max(printed.scale(), 0));
    }

    static CellValue fromText(String raw) {
        Matcher typed = raw.strip().endsWith("元") ? WITH_UNIT.matcher(raw.strip()) : null;
        if (typed != null && typed.matches()) {
            // "110.26万元": the cell states its own unit, as a reviewer would read it
            CellValue v = fromText(typed.group(1));
            return v.kind() == CellValue.Kind.NUMBER
                    ? v.typedIn(typed.group(2).equals("元") ? AmountUnit.YUAN : AmountUnit.WAN_YUAN, raw.strip())
                    : CellValue.notANumber(raw.strip());
        }
        String t = withSpaces(raw);
        if (t.isEmpty() || ZERO_MARKS.matcher(t.replace(" ", "")).matches()) {
            return CellValue.BLANK;
        }
        if (t.indexOf(',') >= 0 || t.indexOf(' ') >= 0) {
            if (!GROUPED.matcher(t).matches()) {
                return CellValue.notANumber(raw.strip());
            }
            t = t.replace(",", "").replace(" ", "");
        }
        if (NUMBER.matcher(t).matches()) {
            BigDecimal v = new BigDecimal(t);
            return CellValue.number(v, Math.max(v.scale(), 0));
        }
        return CellValue.notANumber(raw.strip());
    }

    /** True for text that prints an amount ("1,234.50", "－12"), not for blanks, dashes or malformed grouping. */
    static boolean isAmount(String text) {
        boolean mayBeTypedWithUnit = text.strip().endsWith("元");
        return (mayBeTypedWithUnit || !hasIdeograph(text)) && fromText(text).kind() == CellValue.Kind.NUMBER;
    }

    /**
     * A CJK ideograph stays one through {@link Text#compact} and matches no number pattern: text with one that does
     * not end in a unit (a row label, "约3万") is no amount, known without folding and matching it.
     */
    private static boolean hasIdeograph(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF) {
                return true;
            }
        }
        return false;
    }

    /** The text folded as {@link Text#compact} does (full-width digits and commas), each run of spaces kept as one. */
    private static String withSpaces(String raw) {
        StringBuilder b = new StringBuilder();
        for (String part : SPACES.split(raw.strip())) {
            if (!part.isEmpty()) {
                b.append(b.length() == 0 ? "" : " ").append(Text.compact(part));
            }
        }
        return b.toString();
    }

    /** Decimals shown by an Excel number format, or -1 for General / no explicit decimals. */
    static int decimalsOf(String format) {
        if (format == null) {
            return -1;
        }
        return DECIMALS.size() < 4096 ? DECIMALS.computeIfAbsent(format, AmountParser::countDecimals) : countDecimals(format);
    }

    /** A workbook has a handful of formats and thousands of cells: each format is read once. */
    private static final Map<String, Integer> DECIMALS = new ConcurrentHashMap<>();

    private static int countDecimals(String format) {
        if (format == null || format.isEmpty() || format.equalsIgnoreCase("General") || format.equals("@")) {
            return -1;
        }
        String first = format.split(";")[0].replaceAll("\"[^\"]*\"", "");
        int dot = first.indexOf('.');
        if (dot < 0) {
            return first.contains("0") || first.contains("#") ? 0 : -1;
        }
        int n = 0;
        for (int i = dot + 1; i < first.length() && (first.charAt(i) == '0' || first.charAt(i) == '#'); i++) {
            n++;
        }
        return n;
    }
}
