package cn.jsaudit.narrative;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph into sentences after 。；！？ (full- or half-width), keeping the end mark with
 * its sentence. Closing quotes and brackets right after the mark stay with the sentence.
 */
final class SentenceSplitter {

    private static final String ENDS = "。；！？;!?";
    private static final String CLOSERS = "”’）)」』";

    private SentenceSplitter() {
    }

    static List<String> split(String paragraph) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < paragraph.length()) {
            if (ENDS.indexOf(paragraph.charAt(i)) >= 0) {
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

    private static void add(List<String> sentences, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            sentences.add(t);
        }
    }
}
