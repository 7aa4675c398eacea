package cn.jsaudit.ruleapi;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a regular expression (as {@link java.util.regex.Pattern} compiles it, without flags) for the words one of
 * which every match must contain: "(?&lt;prefix&gt;[一-龥]{2,8})〔(?&lt;year&gt;\d{4})〕(?&lt;no&gt;\d{1,5})号" needs 号,
 * "决算数?较上年(增加|增长)的?主要原因" needs 主要原因, "(为|是|达)$" one of 为, 是, 达. Only what is surely required
 * counts: characters and groups under a quantifier that allows none, inside character classes and lookarounds
 * are passed over. A construct it does not read (inline flags, \Q…\E, \p{…}, back references, characters
 * beyond the BMP) gives no words: the pattern is then always tried.
 */
final class RequiredWords {

    private final String regex;
    private int at;

    private RequiredWords(String regex) {
        this.regex = regex;
    }

    /** Words one of which every match contains; empty when nothing is surely required. */
    static List<String> of(String regex) {
        RequiredWords r = new RequiredWords(regex);
        try {
            List<String> words = r.alternation();
            return words == null || r.at != regex.length() ? List.of() : words;
        } catch (Unreadable e) {
            return List.of();
        }
    }

    /** A construct this reader does not follow. */
    private static final class Unreadable extends Exception {
        Unreadable() {
            super(null, null, false, false);
        }
    }

    /** "a|b|c": every branch must say what it needs, and one of those is needed. */
    private List<String> alternation() throws Unreadable {
        List<String> any = new ArrayList<>();
        boolean known = true;
        while (true) {
            List<String> branch = sequence();
            if (branch == null) {
                known = false;
            } else {
                any.addAll(branch);
            }
            if (at < regex.length() && regex.charAt(at) == '|') {
                at++;
            } else {
                return known ? any : null;
            }
        }
    }

    /** The best requirement of a branch: its longest run of plain characters, or a group's words. */
    private List<String> sequence() throws Unreadable {
        List<String> best = null;
        StringBuilder run = new StringBuilder();
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            char c = regex.charAt(at);
            if (Character.isSurrogate(c)) {
                throw new Unreadable();
            }
            List<String> group = null;
            boolean literal = false;
            char plain = 0;
            switch (c) {
                case '(' -> group = group();
                case '[' -> skipClass();
                case '\\' -> {
                    literal = escape();
                    plain = regex.charAt(at - 1);
                }
                case '.', '^', '$' -> at++;
                case '*', '+', '?', '{' -> throw new Unreadable();
                default -> {
                    literal = true;
                    plain = c;
                    at++;
                }
            }
            boolean required = quantifierAllowsOne();
            if (literal && required) {
                run.append(plain);
                continue;
            }
            best = better(best, run.isEmpty() ? null : List.of(run.toString()));
            run.setLength(0);
            if (required) {
                best = better(best, group);
            }
        }
        return better(best, run.isEmpty() ? null : List.of(run.toString()));
    }

    /** The words of a plain, non-capturing or named group; null for a lookaround or an atomic group. */
    private List<String> group() throws Unreadable {
        at++;
        boolean counts = true;
        if (regex.startsWith("?", at)) {
            if (regex.startsWith("?:", at)) {
                at += 2;
            } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at) || regex.startsWith("?>", at)) {
                at += 2;
                counts = false;
            } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
                at += 3;
                counts = false;
            } else if (regex.startsWith("?<", at)) {
                int close = regex.indexOf('>', at);
                if (close < 0) {
                    throw new Unreadable();
                }
                at = close + 1;
            } else {
                throw new Unreadable(); // inline flags change what a character matches
            }
        }
        List<String> inner = alternation();
        if (at >= regex.length() || regex.charAt(at) != ')') {
            throw new Unreadable();
        }
        at++;
        return counts ? inner : null;
    }

    private void skipClass() throws Unreadable {
        int depth = 0;
        at++;
        if (regex.startsWith("^", at)) {
            at++;
        }
        if (regex.startsWith("]", at)) {
            throw new Unreadable();
        }
        while (at < regex.length()) {
            char c = regex.charAt(at++);
            if (c == '\\') {
                at++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                if (depth == 0) {
                    return;
                }
                depth--;
            }
        }
        throw new Unreadable();
    }

    /** Consumes an escape; true when it stands for its own character ("\(" is a bracket, "\d" a class). */
    private boolean escape() throws Unreadable {
        if (at + 1 >= regex.length()) {
            throw new Unreadable();
        }
        char e = regex.charAt(at + 1);
        at += 2;
        if (!Character.isLetterOrDigit(e)) {
            return true;
        }
        if ("dDsSwWhHvVRXbBAGZz".indexOf(e) >= 0) {
            return false;
        }
        throw new Unreadable();
    }

    /** Consumes the quantifier after an atom, if any; false when it lets the atom be absent or repeat. */
    private boolean quantifierAllowsOne() throws Unreadable {
        if (at >= regex.length()) {
            return true;
        }
        char q = regex.charAt(at);
        if (q == '?' || q == '*' || q == '+') {
            at++;
        } else if (q == '{') {
            int close = regex.indexOf('}', at);
            if (close < 0) {
                throw new Unreadable();
            }
            at = close + 1;
        } else {
            return true;
        }
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++;
        }
        return false;
    }

    /** The more selective of two requirements: the longer shortest word, then fewer words. */
    private static List<String> better(List<String> a, List<String> b) {
        if (a == null || b == null || b.isEmpty()) {
            return a == null ? b : a;
        }
        int ma = shortest(a);
        int mb = shortest(b);
        return mb > ma || (mb == ma && b.size() < a.size()) ? b : a;
    }

    private static int shortest(List<String> words) {
        int min = Integer.MAX_VALUE;
        for (String w : words) {
            min = Math.min(min, w.length());
        }
        return min;
    }
}
