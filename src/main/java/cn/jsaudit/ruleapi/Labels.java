package cn.jsaudit.ruleapi;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Normalises printed labels so that layout noise does not matter when comparing them. */
public final class Labels {

    // compiled once: a batch looks up labels hundreds of thousands of times
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");
    /** A note whose closing bracket was cut off: a header clipped in print ("年初预算数(万元"). */
    private static final Pattern UNCLOSED = Pattern.compile("\\([^)]*$");
    private static final Pattern QUOTES = Pattern.compile("[\"“”‘’'「」]");
    private static final Pattern LEADING_YEAR = Pattern.compile("^\\d{4}年(度)?");
    private static final Pattern ORDINAL = Pattern.compile("^[0-9一二三四五六七八九十]+[、.]");
    private static final Pattern AMONG = Pattern.compile("^其中[:：]?");
    private static final Pattern TRAILING_COLONS = Pattern.compile("[:：]+$");

    /**
     * The forms' readers compare the same few hundred labels (the vocabulary's and the printed headers) over and
     * over, each time through six patterns: with the compacting, about a sixth of a batch's CPU before this
     * memory. The key is a pure function, so a memory changes no answer; it is lock-free for reading threads and
     * emptied when it grows past {@link #REMEMBERED} texts (cell texts are many, labels few).
     */
    private static final int REMEMBERED = 1 << 13;
    private static final Map<String, String> KEY = new ConcurrentHashMap<>();

    private Labels() {
    }

    /**
     * The comparable form of a label: compact, without bracketed notes ("预算数（A）", "(万元)", or one whose closing
     * bracket a clipped print cut off: "年初预算数(万元"), a leading
     * year ("2023年"), ordinals ("1、", "其中："), quotes and trailing colons.
     */
    public static String key(String s) {
        if (s == null) {
            return "";
        }
        String known = KEY.get(s);
        if (known != null) {
            return known;
        }
        String computed = computeKey(s);
        if (KEY.size() >= REMEMBERED) {
            KEY.clear();
        }
        KEY.put(s, computed);
        return computed;
    }

    private static String computeKey(String s) {
        String k = BRACKETED.matcher(Text.compact(s)).replaceAll("");
        k = UNCLOSED.matcher(k).replaceFirst("");
        k = QUOTES.matcher(k).replaceAll("");
        k = LEADING_YEAR.matcher(k).replaceFirst("");
        k = ORDINAL.matcher(k).replaceFirst("");
        k = AMONG.matcher(k).replaceFirst("");
        return TRAILING_COLONS.matcher(k).replaceAll("");
    }

    /** True when the label's key equals one of the candidates' keys. */
    public static boolean matches(String label, Collection<String> candidates) {
        String k = key(label);
        return !k.isEmpty() && candidates.stream().anyMatch(c -> key(c).equals(k));
    }

    /** True when the label's key starts with one of the candidates' keys. */
    public static boolean startsWithAny(String label, Collection<String> candidates) {
        String k = key(label);
        return !k.isEmpty() && candidates.stream().anyMatch(c -> k.startsWith(key(c)));
    }
}
