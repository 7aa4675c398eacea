package cn.jsaudit.narrative;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds paragraphs from text whose lines were broken for print (PDF text breaks lines mid-sentence
 * and even mid-number: "110.26 万元，占" / "本年支出"). A line ends a paragraph when it ends with a
 * sentence end or a colon, or when it or the next line is a heading.
 */
final class LineJoiner {

    private static final String PARAGRAPH_END = "。！？；：!?;:";

    private final HeadingDetector headings;

    LineJoiner(HeadingDetector headings) {
        this.headings = headings;
    }

    List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : text.split("\\R")) {
            String line = raw.replaceAll("\\p{Cntrl}", "").strip();
            if (line.isEmpty() || isPageNumber(line)) {
                continue;
            }
            if (current.length() > 0 && (headings.isHeading(line) || headings.isHeading(current.toString()))) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
            current.append(joint(current, line)).append(line);
            if (PARAGRAPH_END.indexOf(line.charAt(line.length() - 1)) >= 0) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    /** Lines are joined without a space, except between two Latin letters or digits ("IOT" / "设备" need none). */
    private static String joint(StringBuilder before, String next) {
        if (before.length() == 0) {
            return "";
        }
        char last = before.charAt(before.length() - 1);
        char first = next.charAt(0);
        return isLatinWord(last) && isLatinWord(first) && !Character.isDigit(last) ? " " : "";
    }

    private static boolean isLatinWord(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** A line of one to three digits alone is a page number left by the PDF conversion. */
    private static boolean isPageNumber(String line) {
        return line.matches("\\d{1,3}");
    }
}
