package cn.jsaudit.narrative;

import java.util.Collection;
import java.util.regex.Pattern;

import cn.jsaudit.model.NarrativeTerm;

/** Matching of text against lexicon terms, for the narrative rules. */
public final class NarrativeTerms {

    private NarrativeTerms() {
    }

    /** True when the pattern is found anywhere in the text. */
    public static boolean finds(String pattern, String text) {
        return text != null && Pattern.compile(pattern).matcher(text).find();
    }

    /** True when the text contains the value of any of the terms. */
    public static boolean containsAny(String text, Collection<?> terms) {
        return text != null && terms.stream().anyMatch(t -> text.contains(((NarrativeTerm) t).value()));
    }
}
