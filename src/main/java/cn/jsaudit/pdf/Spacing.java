package cn.jsaudit.pdf;

import java.util.List;

/**
 * Where printed glyphs need a space between them when they become text. A PDF draws glyphs at positions and
 * seldom a space character; justified lines spread every character apart ("经 营 支 出"), and a number may be drawn
 * in pieces ("1085. 68"). A space is kept only where two Latin words or numbers stand apart, or a Latin word or
 * number stands apart from Chinese text as the author typed it ("558.64 万元"); never between two Chinese
 * characters, and never inside a number.
 */
final class Spacing {

    /** A gap of at least this share of the font size between words is a space. */
    private static final float WORD_GAP = 0.22f;

    private Spacing() {
    }

    /** The text of glyphs on one line, left to right. */
    static String line(List<Glyph> glyphs) {
        StringBuilder b = new StringBuilder();
        Glyph previous = null;
        for (Glyph g : glyphs) {
            if (previous != null && spaced(previous, g)) {
                b.append(' ');
            }
            b.append(g.text());
            previous = g;
        }
        return b.toString();
    }

    /** Whether the gap between two neighbouring glyphs on a line is a space. */
    static boolean spaced(Glyph a, Glyph b) {
        float gap = b.x0() - a.x1();
        float em = Math.max(a.size(), b.size());
        return gap > WORD_GAP * em && wordsApart(a.last(), b.first());
    }

    /** How a line ending in {@code last} joins the next line beginning with {@code first}: "" or " ". */
    static String lineJoint(char last, char first) {
        return isLatinWord(last) && isLatinWord(first) && !Character.isDigit(last) && !Character.isDigit(first) ? " " : "";
    }

    /** Two characters a visible gap makes two words: not Chinese on both sides, and not within a number. */
    private static boolean wordsApart(char a, char b) {
        if (isCjk(a) && isCjk(b)) {
            return false;
        }
        if (isNumberPart(a) && isNumberPart(b) && (a == '.' || b == '.' || a == ',' || b == ',' || b == '%')) {
            return false; // "1085. 68", "1 ,085", "36.3 %"
        }
        if (isCjk(a) || isCjk(b)) {
            // Chinese beside a Latin word or a number keeps the space the author typed; beside punctuation, none
            return isLatinWord(a) || isLatinWord(b);
        }
        return true;
    }

    private static boolean isNumberPart(char c) {
        return Character.isDigit(c) || c == '.' || c == ',' || c == '%';
    }

    static boolean isLatinWord(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** Chinese characters and the full-width punctuation set with them (，。：“” （） 、). */
    static boolean isCjk(char c) {
        return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2010 && c <= 0x206F) || c == 0x00B7;
    }
}
