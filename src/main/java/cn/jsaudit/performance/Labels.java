package cn.jsaudit.performance;

import cn.jsaudit.ingest.Text;

import java.util.Collection;

/** Normalises printed labels so that layout noise does not matter when comparing them. */
final class Labels {

    private Labels() {
    }

    /** NFKC (full-width to ASCII) without any white space. */
    static String compact(String s) {
        return Text.compact(s);
    }

    /**
     * The comparable form of a label: compact, without bracketed notes ("预算数（A）", "(万元)"), a leading
     * year ("2023年"), ordinals ("1、", "其中："), quotes and trailing colons.
     */
    static String key(String s) {
        String k = compact(s)
                .replaceAll("\\([^)]*\\)", "")
                .replaceAll("[\"“”‘’'「」]", "")
                .replaceFirst("^\\d{4}年(度)?", "")
                .replaceFirst("^[0-9一二三四五六七八九十]+[、.]", "")
                .replaceFirst("^其中[:：]?", "")
                .replaceAll("[:：]+$", "");
        return k;
    }

    /** True when the label's key equals one of the candidates' keys. */
    static boolean matches(String label, Collection<String> candidates) {
        String k = key(label);
        return !k.isEmpty() && candidates.stream().anyMatch(c -> key(c).equals(k));
    }

    /** True when the label's key starts with one of the candidates' keys. */
    static boolean startsWithAny(String label, Collection<String> candidates) {
        String k = key(label);
        return !k.isEmpty() && candidates.stream().anyMatch(c -> k.startsWith(key(c)));
    }
}
