package cn.jsaudit.narrative;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph into sentences after 。；！？ (full- or half-width), keeping the end mark with
 * its sentence. Closing quotes and brackets right after the mark stay with the sentence. A half-width
 * ; ! ? ends a sentence only where a sentence can end: before a space, the paragraph's end or a
 * non-ASCII character — not inside ASCII text such as a cell reference ('Sheet1'!A1), a URL or a formula.
 */
final class SentenceSplitter {

    private static final String FULL_WIDTH_ENDS = "。；！？";
    private static final String ASCII_ENDS = ";!?";
    private static final String CLOSERS = "”’）)」』";

    private SentenceSplitter() {
    }

    static List<String> split(String paragraph) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < paragraph.length()) {
            if (endsSentence(paragraph, i)) {
                int end = i + 1;
                while (end < paragraph.length() && CLOSERS.indexOf(paragraph.charAt(end)) >= 0) {
                    end++;
                }
                add(sentences, paragraph.substring(start, end));
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        add(sentences, paragraph.substring(start));
        return sentences;
    }

    private static boolean endsSentence(String p, int i) {
        char c = p.charAt(i);
        if (FULL_WIDTH_ENDS.indexOf(c) >= 0) {
            return true;
        }
        if (ASCII_ENDS.indexOf(c) < 0) {
            return false;
        }
        int next = i + 1;
        while (next < p.length() && ASCII_ENDS.indexOf(p.charAt(next)) >= 0) {
            next++; // "?!" or "!!!" ends where the run ends
        }
        if (next > i + 1) {
            return false;
        }
        if (next == p.length()) {
            return true;
        }
        char after = p.charAt(next);
        return Character.isWhitespace(after) || after > 0x7F || CLOSERS.indexOf(after) >= 0;
    }

    private static void add(List<String> sentences, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            sentences.add(t);
        }
    }
}
