package cn.jsaudit.narrative;

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

    /** True when the text contains the value of any of the terms. */
    public static boolean containsAny(String text, Collection<?> terms) {
        return text != null && terms.stream().anyMatch(t -> text.contains(((NarrativeTerm) t).value()));
    }
}
