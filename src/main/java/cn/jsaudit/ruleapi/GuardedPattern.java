package cn.jsaudit.ruleapi;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lexicon regular expression with the words one of which every match contains ({@link RequiredWords}): a text
 * without any of them is passed over with a few {@code indexOf}s instead of a regex search. Most sentences hold
 * no document number, no reason phrase, no 年 for a year pattern; the lexicon stays the only place the patterns are
 * written.
 */
public final class GuardedPattern {

    private final Pattern pattern;
    private final String[] anyOf;

    private GuardedPattern(Pattern pattern, List<String> anyOf) {
        this.pattern = pattern;
        this.anyOf = anyOf.toArray(String[]::new);
    }

    public static GuardedPattern compile(String regex) {
        return new GuardedPattern(Pattern.compile(regex), RequiredWords.of(regex));
    }

    public Pattern pattern() {
        return pattern;
    }

    /** False when the text cannot hold a match; true says only that the pattern has to be tried. */
    public boolean mayMatch(String text) {
        if (anyOf.length == 0) {
            return true;
        }
        for (String w : anyOf) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A matcher over the text, or null when the text cannot hold a match. */
    public Matcher matcherIfAny(String text) {
        return mayMatch(text) ? pattern.matcher(text) : null;
    }

    /** As {@link Matcher#find()} on the whole text. */
    public boolean find(String text) {
        return mayMatch(text) && pattern.matcher(text).find();
    }

    /** As {@link Matcher#replaceFirst(String)}. */
    public String replaceFirst(String text, String replacement) {
        return mayMatch(text) ? pattern.matcher(text).replaceFirst(replacement) : text;
    }

    /** As {@link Matcher#replaceAll(String)}. */
    public String replaceAll(String text, String replacement) {
        return mayMatch(text) ? pattern.matcher(text).replaceAll(replacement) : text;
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}
