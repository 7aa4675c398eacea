package cn.jsaudit.ruleapi;

import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Normalises labels as printed: full-width forms folded, all white space removed. */
public final class Text {

    private Text() {
    }

    /**
     * NFKC texts compacted lately. Most text needs only the per-character folding of {@link #plainFold}: one pass,
     * cheaper than looking it up (a lookup hashes a new cell text and compares it with the key: two passes, and
     * in a batch about a twentieth of the CPU went to this memory's lookups and its clearing). Texts that need the
     * full NFKC, its costliest step, are remembered: lock-free for reading threads; emptied when it holds
     * {@link #REMEMBERED} texts, so that it keeps at most a few MB whatever the batch.
     */
    private static final Map<String, String> COMPACTED = new ConcurrentHashMap<>();
    private static final int REMEMBERED = 1 << 13;

    /** NFKC (full-width digits and punctuation to ASCII) and no white space at all. */
    public static String compact(String s) {
        if (s == null) {
            return "";
        }
        String plain = plainCompact(s);
        if (plain != null) {
            return plain;
        }
        String known = COMPACTED.get(s);
        if (known != null) {
            return known;
        }
        String c = withoutSpace(Normalizer.normalize(s, Normalizer.Form.NFKC));
        if (COMPACTED.size() >= REMEMBERED) {
            COMPACTED.clear();
        }
        COMPACTED.put(s, c);
        return c;
    }

    /**
     * The text compacted when each of its characters folds on its own ({@link #plainFold}), which gives the NFKC
     * result; null when one needs the full NFKC. A text that is already compact is returned as it is.
     */
    private static String plainCompact(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            char c = plainFold(ch);
            if (c == NOT_PLAIN) {
                return null;
            }
            boolean space = !isIdeograph(c) && isSpace(c);
            if (b == null && (space || c != ch)) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null && !space) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    private static boolean isIdeograph(char c) {
        return c >= 0x4E00 && c <= 0x9FFF;
    }

    private static String withoutSpace(String n) {
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!isSpace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
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

    /** {@link #plainFold}'s answer for a character that needs the full NFKC. */
    static final char NOT_PLAIN = '\uffff';
    /** CJK punctuation without a compatibility decomposition: NFKC leaves it as it is */
    static final String PLAIN_PUNCTUATION = "、。“”‘’《》〈〉【】—";

    /**
     * A character's NFKC form when it is one character that no neighbour can compose with: ASCII, CJK
     * ideographs and punctuation stay, full-width ASCII forms become ASCII, the ideographic space a space.
     * A text of such characters is in NFKC once each is folded (none has a combining class or composes);
     * any other character gives {@link #NOT_PLAIN}.
     */
    static char plainFold(char c) {
        if (c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) || PLAIN_PUNCTUATION.indexOf(c) >= 0) {
            return c;
        }
        if (c >= 0xFF01 && c <= 0xFF5E) {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' ? ' ' : NOT_PLAIN;
    }

    /** Strips an ordinal prefix such as "九、" or "（一）" from a row label. */
    public static String withoutOrdinal(String label) {
        if (label.isEmpty() || ORDINAL_START.indexOf(label.charAt(0)) < 0) {
            return label; // most labels have no ordinal: no regex for them
        }
        return ORDINAL.matcher(label).replaceFirst("");
    }

    private static final String ORDINAL_START = "(（一二三四五六七八九十百零0123456789";

    /** "九、", "（一）", "1." — a numeral with its delimiter; a bare leading 一 is part of the word (一般公共…). */
    private static final Pattern ORDINAL = Pattern.compile("^(?:[(（][一二三四五六七八九十百零0-9]+[)）][、.．]?|[一二三四五六七八九十百零0-9]+[、.．])");

    /** True when the text has a CJK ideograph: a label or a word, not a code fragment such as "00". */
    public static boolean hasHan(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

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
