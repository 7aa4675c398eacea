package cn.jsaudit.ingest;

import java.text.Normalizer;

/** Normalises labels as printed: full-width forms folded, all white space removed. */
public final class Text {

    private Text() {
    }

    /** NFKC (full-width digits and punctuation to ASCII) and no white space at all. */
    public static String compact(String s) {
        if (s == null) {
            return "";
        }
        // NFKC is the costliest step of reading a sheet; ASCII and CJK ideographs are already in NFKC form.
        String n = isNfkcStable(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
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

    private static boolean isNfkcStable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && (c < 0x4E00 || c > 0x9FFF)) {
                return false;
            }
        }
        return true;
    }

    /** Strips an ordinal prefix such as "九、" or "（一）" from a row label. */
    public static String withoutOrdinal(String label) {
        return label.replaceFirst("^[(（]?[一二三四五六七八九十百零0-9]+[)）]?[、.．]?", "");
    }
}
