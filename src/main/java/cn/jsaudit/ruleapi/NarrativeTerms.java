package cn.jsaudit.ruleapi;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import cn.jsaudit.model.NarrativeTerm;

/** Matching of text against lexicon terms, for the narrative rules. */
public final class NarrativeTerms {

    private NarrativeTerms() {
    }

    /** Lexicon patterns, compiled once: a rule tests each against every heading of every submission. */
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    /** True when the pattern is found anywhere in the text. */
    public static boolean finds(String pattern, String text) {
        if (text == null) {
            return false;
        }
        Pattern p = COMPILED.size() < 4096 ? COMPILED.computeIfAbsent(pattern, Pattern::compile) : Pattern.compile(pattern);
        return p.matcher(text).find();
    }

    /** The years the pattern's group "year" matches in the text, in order. */
    public static java.util.List<Integer> years(String pattern, String text) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        if (text == null) {
            return out;
        }
        java.util.regex.Matcher m = COMPILED.computeIfAbsent(pattern, Pattern::compile)
                .matcher(Text.compact(text));
        while (m.find()) {
            out.add(Integer.valueOf(m.group("year")));
        }
        return out;
    }

    /** The first term whose value the text contains, or null. */
    public static NarrativeTerm firstIn(String text, Collection<NarrativeTerm> terms) {
        if (text == null) {
            return null;
        }
        for (NarrativeTerm t : terms) {
            if (text.contains(t.value())) {
                return t;
            }
        }
        return null;
    }

    /** True when the text contains the value of any of the terms. */
    public static boolean containsAny(String text, Collection<NarrativeTerm> terms) {
        return text != null && terms.stream().anyMatch(t -> text.contains(t.value()));
    }
}
