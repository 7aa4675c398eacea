package cn.jsaudit.ruleapi;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.jsaudit.model.NarrativeTerm;

/** Matching of text against lexicon terms, for the narrative rules. */
public final class NarrativeTerms {

    private NarrativeTerms() {
    }

    /**
     * Lexicon patterns, compiled once with the words their matches need: a rule tests each against every sentence
     * of every submission, and most sentences hold none of those words.
     */
    private static final Map<String, GuardedPattern> COMPILED = new ConcurrentHashMap<>();

    /** True when the pattern is found anywhere in the text. */
    public static boolean finds(String pattern, String text) {
        if (text == null) {
            return false;
        }
        GuardedPattern p = COMPILED.size() < 4096 ? COMPILED.computeIfAbsent(pattern, GuardedPattern::compile)
                : GuardedPattern.compile(pattern);
        return p.find(text);
    }

    /** The years the pattern's group "year" matches in the text, in order. */
    public static java.util.List<Integer> years(String pattern, String text) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        if (text == null) {
            return out;
        }
        java.util.regex.Matcher m = COMPILED.computeIfAbsent(pattern, GuardedPattern::compile)
                .matcherIfAny(Text.compact(text));
        while (m != null && m.find()) {
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
        return firstIn(text, terms) != null;
    }
}
