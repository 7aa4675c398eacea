package cn.jsaudit.narrative;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rebuilds paragraphs from text whose lines were broken for print (PDF text breaks lines mid-sentence
 * and even mid-number: "110.26 万元，占" / "本年支出"). A line continues on the next only when it runs
 * to the right margin (it is about as wide as the widest lines of the file) and does not end with a
 * sentence end or a colon, and neither it nor the next line is a heading. A file with one paragraph a
 * line therefore keeps its lines as they are.
 */
final class LineJoiner {

    private static final String PARAGRAPH_END = "。！？；：!?;:";
    /** a line at least this share of the typical full width reached the right margin */
    private static final double FULL_LINE = 0.75;
    /** the typical full width: this percentile of the line widths */
    private static final double WIDTH_PERCENTILE = 0.9;
    /** the characters \R matches one by one (it also matches "\r\n" as one) */
    private static final String LINE_TERMINATORS = "\n\u000B\f\r\u0085\u2028\u2029";
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,3}");

    private final HeadingDetector headings;

    LineJoiner(HeadingDetector headings) {
        this.headings = headings;
    }

    List<String> paragraphs(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : lines(text)) {
            String line = (hasControl(raw) ? CONTROL.matcher(raw).replaceAll("") : raw).strip();
            if (!line.isEmpty() && !isPageNumber(line)) {
                lines.add(line);
            }
        }
        double fullWidth = FULL_LINE * typicalWidth(lines);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (current.length() > 0 && (headings.isHeading(line) || headings.isHeading(current.toString()))) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
            current.append(joint(current, line)).append(line);
            boolean ended = PARAGRAPH_END.indexOf(line.charAt(line.length() - 1)) >= 0;
            if (ended || width(line) < fullWidth) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    /**
     * The text cut at every line terminator (what \R matches; "\r\n" gives an empty line between, which the caller
     * drops with the other empty ones).
     */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (LINE_TERMINATORS.indexOf(text.charAt(i)) >= 0) {
                lines.add(text.substring(start, i));
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    private static double typicalWidth(List<String> lines) {
        if (lines.isEmpty()) {
            return 0;
        }
        int[] widths = new int[lines.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(lines.get(i));
        }
        Arrays.sort(widths);
        return widths[(int) Math.min(widths.length - 1, Math.floor(widths.length * WIDTH_PERCENTILE))];
    }

    /** True when the line holds an ASCII control character ({@link #CONTROL}): most lines hold none. */
    private static boolean hasControl(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** Printed width: a CJK character is as wide as two Latin ones. */
    private static int width(String line) {
        int w = 0;
        for (int i = 0; i < line.length(); i++) {
            w += line.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return w;
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
        return PAGE_NUMBER.matcher(line).matches();
    }
}
