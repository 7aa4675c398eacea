package cn.jsaudit.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Normalises labels as printed: full-width forms folded, all white space removed. */
public final class Text {

    private Text() {
    }

    /** NFKC (full-width digits and punctuation to ASCII) and no white space at all. */
    public static String compact(String s) {
        if (s == null) {
            return "";
        }
        // NFKC is the costliest step of reading a sheet. Most labels need none of it: ASCII, CJK ideographs and
        // common CJK punctuation are their own NFKC form, and full-width ASCII (（）：，) maps to ASCII one to one.
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
                b.append((char) (c - FULL_WIDTH_OFFSET));
            } else if (c >= 0x80 && (c < 0x4E00 || c > 0x9FFF) && NFKC_STABLE.indexOf(c) < 0) {
                return withoutSpace(Normalizer.normalize(s, Normalizer.Form.NFKC));
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;
    /** Non-ASCII punctuation frequent in tables and narratives that NFKC leaves as it is. */
    static final String NFKC_STABLE = "、。〈〉《》「」『』【】〔〕“”‘’—·";

    private static String withoutSpace(String n) {
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** {@link #compact} without quotes and brackets' width differences, for comparing titles. */
    public static String titleKey(String s) {
        String c = compact(s);
        StringBuilder b = new StringBuilder(c.length());
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (QUOTES.indexOf(ch) < 0) {
                b.append(ch);
            }
        }
        return b.toString();
    }

    private static final String QUOTES = "\"'“”‘’「」『』";

    /** Strips an ordinal prefix such as "九、" or "（一）" from a row label. */
    public static String withoutOrdinal(String label) {
        return ORDINAL.matcher(label).replaceFirst("");
    }

    private static final Pattern ORDINAL = Pattern.compile("^[(（]?[一二三四五六七八九十百零0-9]+[)）]?[、.．]?");

    /** True when s is ASCII digits only, between min and max of them (a 行次, a 类/款/项 part). */
    public static boolean isDigits(String s, int min, int max) {
        int n = s.length();
        if (n < min || n > max) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
