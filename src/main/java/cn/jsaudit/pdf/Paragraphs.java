package cn.jsaudit.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rebuilds the paragraphs of the running text from its printed lines. A line continues the one before unless a
 * paragraph visibly starts: a wider gap than the page's line spacing, an indented first line, the line before
 * ending short of the right margin, another font size, a heading after a sentence's end, or a table in between. A
 * paragraph broken by a page break is joined again when the last line of the page runs to the margin.
 */
final class Paragraphs {

    /** A heading of the narrative after a line ending a sentence starts a paragraph even when that line was full. */
    private static final Pattern HEADING = Pattern.compile("^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\\d+[.．、])");
    private static final String SENTENCE_END = "。；：;:！？!?";
    private static final String OPENING = "（(“‘《〈【[";
    /** A page with fewer lines than this shows too little of its margins. */
    private static final int FEW_LINES = 8;

    private final Map<Integer, Float> leftMargin = new HashMap<>();
    private final Map<Integer, Float> rightMargin = new HashMap<>();
    private final Map<Integer, Float> pitch = new HashMap<>();

    private final List<PdfDisclosure.Paragraph> out = new ArrayList<>();
    private final Map<Integer, Integer> perPage = new HashMap<>();
    private StringBuilder current;
    private int currentPage;
    private TextLine previous;
    private int previousPage;

    /**
     * @param lines  the running text's lines in reading order, by page
     * @param widths each page's width: a page of few lines takes its margins from the pages of its width
     */
    Paragraphs(Map<Integer, List<TextLine>> lines, Map<Integer, Float> widths) {
        Map<Integer, List<TextLine>> byWidth = new HashMap<>();
        lines.forEach((page, l) -> byWidth.computeIfAbsent(Math.round(widths.get(page)), k -> new ArrayList<>()).addAll(l));
        for (Map.Entry<Integer, List<TextLine>> e : lines.entrySet()) {
            List<TextLine> page = e.getValue().size() >= FEW_LINES ? e.getValue()
                    : byWidth.get(Math.round(widths.get(e.getKey())));
            leftMargin.put(e.getKey(), mostCommonLeft(page));
            rightMargin.put(e.getKey(), rightEdge(page));
            pitch.put(e.getKey(), linePitch(page));
        }
    }

    /** A line of running text. */
    void line(int page, TextLine line) {
        if (current != null && startsParagraph(page, line)) {
            flush();
        }
        String text = line.text().strip();
        if (current == null) {
            current = new StringBuilder();
            currentPage = page;
        } else {
            current.append(Spacing.lineJoint(current.charAt(current.length() - 1), text.charAt(0)));
        }
        current.append(text);
        previous = line;
        previousPage = page;
    }

    /** Something that is not running text (a table) stands between lines: the paragraph ends. */
    void interruption() {
        flush();
        previous = null;
    }

    /** A paragraph of its own (a table cell read as text). */
    void paragraph(int page, String text) {
        flush();
        previous = null;
        add(page, text);
    }

    List<PdfDisclosure.Paragraph> paragraphs() {
        flush();
        return out;
    }

    private boolean startsParagraph(int page, TextLine line) {
        if (previous == null) {
            return true;
        }
        String before = previous.text().strip();
        String text = line.text().strip();
        char end = before.charAt(before.length() - 1);
        if (Math.abs(line.size() - previous.size()) > 0.1f * previous.size()) {
            return true;
        }
        if (SENTENCE_END.indexOf(end) >= 0 && HEADING.matcher(text).find()) {
            return true;
        }
        float em = line.size();
        boolean indented = line.x0() > leftMargin.get(page) + 0.9f * em;
        // the line before is full when the next line's first word would not have fitted after it (a number or a
        // bracketed word wraps whole, leaving a line well short of the margin inside a paragraph)
        boolean previousFull = previous.x1() + firstWordWidth(line) >= rightMargin.get(previousPage) - 0.5f * em;
        if (page != previousPage) {
            return indented || !previousFull;
        }
        float gap = line.baseline() - previous.baseline();
        return indented || !previousFull || gap > 1.35f * pitch.get(page) || gap < 0;
    }

    /**
     * The width of what a line breaker keeps together at the start of the line: up to the first Chinese character
     * that may begin a line (not one right after an opening bracket), or up to a space.
     */
    static float firstWordWidth(TextLine line) {
        List<Glyph> glyphs = line.glyphs();
        Glyph first = glyphs.get(0);
        Glyph last = first;
        for (int i = 1; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            boolean breakBefore = isIdeograph(g.first()) && OPENING.indexOf(last.last()) < 0
                    || Spacing.spaced(last, g);
            if (breakBefore) {
                break;
            }
            last = g;
        }
        return last.x1() - first.x0();
    }

    private static boolean isIdeograph(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private void flush() {
        if (current != null) {
            add(currentPage, current.toString());
            current = null;
        }
    }

    private void add(int page, String text) {
        if (!text.isBlank()) {
            int n = perPage.merge(page, 1, Integer::sum);
            out.add(new PdfDisclosure.Paragraph(text.strip(), page, n));
        }
    }

    /** The left edge most lines of the page start at (first lines of paragraphs are indented from it). */
    private static float mostCommonLeft(List<TextLine> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (TextLine l : lines) {
            counts.merge(Math.round(l.x0() / 2), 1, Integer::sum);
        }
        int best = counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(0);
        return best * 2f;
    }

    /** Where the page's full lines end: the right edge reached by the longest lines. */
    private static float rightEdge(List<TextLine> lines) {
        if (lines.isEmpty()) {
            return 0;
        }
        float[] rights = new float[lines.size()];
        for (int i = 0; i < rights.length; i++) {
            rights[i] = lines.get(i).x1();
        }
        Arrays.sort(rights);
        return rights[(int) Math.floor((rights.length - 1) * 0.9)];
    }

    /** The usual distance between the baselines of two lines of a paragraph on the page. */
    private static float linePitch(List<TextLine> lines) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            float gap = lines.get(i).baseline() - lines.get(i - 1).baseline();
            if (gap > 0 && gap < 3 * lines.get(i).size()) {
                gaps.add(gap);
            }
        }
        if (gaps.isEmpty()) {
            return lines.isEmpty() ? 12 : lines.get(0).size() * 1.5f;
        }
        gaps.sort(null);
        return gaps.get(gaps.size() / 4); // the shorter gaps: lines within paragraphs outnumber the breaks
    }
}
