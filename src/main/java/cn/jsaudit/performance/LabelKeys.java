package cn.jsaudit.performance;

import cn.jsaudit.ruleapi.Labels;
import cn.jsaudit.ruleapi.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Labels of forms.yaml in {@link Labels#key} form, keyed once per rules folder: every cell of every form is asked
 * whether it names one. Answers as {@link Labels#matches} and {@link Labels#startsWithAny} do.
 * <p>
 * A cell's key is worked out only when the cell may name one ({@link #mayName}): {@link Labels#key} compacts a text
 * and then only cuts parts out of it (notes in brackets, a leading year, an ordinal, quotes, colons), so a text
 * whose key equals or starts with one of these keys holds that key's characters in the same order.
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

    /** True when the cell's label key equals one of these keys. */
    boolean matches(Grid grid, int row, int col) {
        return mayName(grid.compact(row, col)) && matches(grid.key(row, col));
    }

    /** True when the cell's label key starts with one of these keys. */
    boolean startsAny(Grid grid, int row, int col) {
        return mayName(grid.compact(row, col)) && startsAny(grid.key(row, col));
    }

    /**
     * False when no key of these can be the start of the key of a label, given compacted ({@link Text#compact}): it
     * holds the characters of none of them in order. Most cells of a form are so told apart without a key.
     */
    boolean mayName(String compacted) {
        for (String k : ordered) {
            if (holdsInOrder(compacted, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsInOrder(String text, String key) {
        int from = 0;
        for (int i = 0; i < key.length(); i++) {
            int at = text.indexOf(key.charAt(i), from);
            if (at < 0) {
                return false;
            }
            from = at + 1;
        }
        return true;
    }

    /** True when the key is one of these (the empty key too, when a label has one). */
    boolean contains(String key) {
        return keys.contains(key);
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
