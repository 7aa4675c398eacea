package cn.jsaudit.ruleapi;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import cn.jsaudit.model.NarrativeTerm;

/**
 * What a reason sentence gives as the reason, and whether that says anything about the item it explains.
 * "人员变动，缴费基数正常变动" explains every line of every unit: a reason made only of the lexicon's
 * generic-reason phrases (and the words joining them) is no reason for the item.
 */
public final class Reasons {

    private static final String JOINERS = "，,、；;。和及与以及等的了";

    private Reasons() {
    }

    /** The text after the sentence's first reason-marker ("主要原因是…"), or "" when it gives none. */
    public static String of(String sentence, Collection<NarrativeTerm> terms) {
        String text = sentence == null ? "" : Text.compact(sentence);
        int best = -1;
        String marker = null;
        for (NarrativeTerm t : terms(terms, "reason-marker")) {
            int at = text.indexOf(t.value());
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
                marker = t.value();
            }
        }
        return best < 0 ? "" : text.substring(best + marker.length());
    }

    /** True when the reason is empty or consists of generic-reason phrases only. */
    public static boolean isGeneric(String reason, Collection<NarrativeTerm> terms) {
        String rest = reason;
        List<String> generic = terms(terms, "generic-reason").stream().map(NarrativeTerm::value)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String g : generic) {
            rest = rest.replace(g, "");
        }
        StringBuilder left = new StringBuilder();
        for (int i = 0; i < rest.length(); i++) {
            if (JOINERS.indexOf(rest.charAt(i)) < 0) {
                left.append(rest.charAt(i));
            }
        }
        return left.length() <= 1;
    }

    private static List<NarrativeTerm> terms(Collection<NarrativeTerm> facts, String category) {
        return facts.stream()
                .filter(t -> t.category().equals(category)).toList();
    }
}
