package cn.jsaudit.performance;

import cn.jsaudit.ruleapi.Labels;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Labels of forms.yaml in {@link Labels#key} form, keyed once per rules folder: every cell of every form is asked
 * whether it names one, and a cell's key is worked out once ({@link Grid#key}). Answers as {@link Labels#matches}
 * and {@link Labels#startsWithAny} do.
 */
final class LabelKeys {

    private final Set<String> keys;
    private final List<String> ordered;

    private LabelKeys(List<String> ordered) {
        this.ordered = List.copyOf(ordered);
        this.keys = Set.copyOf(ordered);
    }

    @SafeVarargs
    static LabelKeys of(Collection<String>... labels) {
        List<String> keyed = new ArrayList<>();
        for (Collection<String> l : labels) {
            l.forEach(label -> keyed.add(Labels.key(label)));
        }
        return new LabelKeys(keyed);
    }

    /** True when a label's key equals one of these keys. */
    boolean matches(String key) {
        return !key.isEmpty() && keys.contains(key);
    }

    /** True when a label's key starts with one of these keys. */
    boolean startsAny(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (String k : ordered) {
            if (key.startsWith(k)) {
                return true;
            }
        }
        return false;
    }

    /** The length of the longest of these keys the label's key equals or, when {@code prefix}, starts with; 0 for none. */
    int longestMatch(String key, boolean prefix) {
        if (key.isEmpty()) {
            return 0;
        }
        if (!prefix) {
            return keys.contains(key) ? key.length() : 0;
        }
        int best = 0;
        for (String k : ordered) {
            if (key.startsWith(k)) {
                best = Math.max(best, k.length());
            }
        }
        return best;
    }
}
