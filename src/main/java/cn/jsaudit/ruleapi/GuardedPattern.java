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
    /** every match starts where the text does: tried there alone, not at every place of the text */
    private final boolean anchored;
    /** words one of which every match ends the text with ("的$", "(各|均|共计)$"), or null when not known */
    private final String[] endings;

    private GuardedPattern(Pattern pattern, List<String> anyOf, boolean anchored, List<String> endings) {
        this.pattern = pattern;
        this.anyOf = anyOf.toArray(String[]::new);
        this.anchored = anchored;
        this.endings = endings == null ? null : endings.toArray(String[]::new);
    }

    public static GuardedPattern compile(String regex) {
        return new GuardedPattern(Pattern.compile(regex), RequiredWords.of(regex), anchoredAtStart(regex),
                endings(regex));
    }

    private static final String META = "\\^$.|?*+()[]{}";
    private static final String LINE_TERMINATORS = "\n\r\u0085\u2028\u2029";

    /**
     * The words one of which a text must end with for the regex to match in it, when the regex ends in $ right after
     * plain characters ("的$"), a group of plain alternatives ("(已经|已)$") or a class of plain characters
     * ("[≥≤<>=]+$"), outside any alternation; else null.
     */
    static List<String> endings(String regex) {
        if (!regex.endsWith("$") || regex.endsWith("\\$") || !readable(regex, 0)) {
            return null;
        }
        String body = regex.substring(0, regex.length() - 1);
        if (body.endsWith("]") || body.endsWith("]+")) {
            return classChars(body.substring(0, body.lastIndexOf(']') + 1));
        }
        if (body.endsWith(")") && !body.endsWith("\\)")) {
            int open = body.lastIndexOf('(');
            if (open < 0 || (open > 0 && body.charAt(open - 1) == '\\')) {
                return null;
            }
            String inner = body.substring(open + 1, body.length() - 1);
            if (inner.startsWith("?:")) {
                inner = inner.substring(2);
            }
            List<String> words = List.of(inner.split("\\|", -1));
            return words.stream().allMatch(w -> !w.isEmpty() && isPlain(w)) ? words : null;
        }
        int start = body.length();
        while (start > 0 && META.indexOf(body.charAt(start - 1)) < 0) {
            start--;
        }
        if (start > 0 && body.charAt(start - 1) == '\\') {
            return null; // the run is an escape's letters (\d, \u4e00): not plain characters
        }
        return start < body.length() ? List.of(body.substring(start)) : null;
    }

    /** The characters of a class of plain characters that ends the text ("[≥≤<>=]"), each a word; else null. */
    private static List<String> classChars(String body) {
        int open = body.lastIndexOf('[');
        if (open < 0 || (open > 0 && body.charAt(open - 1) == '\\')) {
            return null;
        }
        String chars = body.substring(open + 1, body.length() - 1);
        if (chars.isEmpty() || chars.startsWith("^") || chars.indexOf('-') >= 0 || chars.contains("&&") || !isPlain(chars)) {
            return null;
        }
        return chars.chars().mapToObj(c -> String.valueOf((char) c)).toList();
    }

    private static boolean isPlain(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (META.indexOf(word.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the regex opens with ^ outside any alternation ("^(其中|包括)", not "^a|b"), so that a match can
     * only start at the text's start. Inline flags ((?m) makes ^ match after each line break), \Q…\E and nested
     * character classes are not read: such a regex counts as not anchored.
     */
    static boolean anchoredAtStart(String regex) {
        return regex.startsWith("^") && readable(regex, 1);
    }

    /**
     * True when the regex from {@code from} on has no alternation outside groups, no inline flags, no \\Q…\\E and
     * no nested character class: what {@link #anchoredAtStart} and {@link #endings} need to read it.
     */
    private static boolean readable(String regex, int from) {
        int depth = 0;
        boolean inClass = false;
        for (int i = from; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
                    return false;
                }
                i++;
            } else if (inClass) {
                if (c == '[') {
                    return false;
                }
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (regex.startsWith("]", i + 1) || regex.startsWith("^]", i + 1)) {
                    return false; // a literal ] first in the class
                }
            } else if (c == '(') {
                if (regex.startsWith("(?", i) && i + 2 < regex.length() && isFlag(regex.charAt(i + 2))) {
                    return false;
                }
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFlag(char c) {
        return Character.isLetter(c) || c == '-';
    }

    public Pattern pattern() {
        return pattern;
    }

    /** False when the text cannot hold a match; true says only that the pattern has to be tried. */
    public boolean mayMatch(String text) {
        if (endings != null && !endsWithAny(text)) {
            return false;
        }
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

    /** True when the text ends with one of {@link #endings}, or with a line break ($ also matches before one). */
    private boolean endsWithAny(String text) {
        if (!text.isEmpty() && LINE_TERMINATORS.indexOf(text.charAt(text.length() - 1)) >= 0) {
            return true;
        }
        for (String w : endings) {
            if (text.endsWith(w)) {
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
        if (!mayMatch(text)) {
            return false;
        }
        Matcher m = pattern.matcher(text);
        return anchored ? m.lookingAt() : m.find();
    }

    /** As {@link Matcher#replaceFirst(String)}. */
    public String replaceFirst(String text, String replacement) {
        if (!mayMatch(text)) {
            return text;
        }
        Matcher m = pattern.matcher(text);
        if (!anchored) {
            return m.replaceFirst(replacement);
        }
        if (!m.lookingAt()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        m.appendReplacement(b, replacement);
        m.appendTail(b);
        return b.toString();
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
