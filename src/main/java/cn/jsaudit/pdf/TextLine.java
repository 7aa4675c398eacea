package cn.jsaudit.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Glyphs sharing a baseline, left to right: a printed line, or a table row's worth of cell texts. */
final class TextLine {

    /** Glyphs further apart than this share of the font size are in different chunks (cells, columns). */
    private static final float CHUNK_GAP = 0.9f;
    /** Glyphs of different text runs this far apart or more are different cells even when close. */
    private static final float RUN_GAP = 0.12f;

    private final List<Glyph> glyphs;
    private final float x0;
    private final float x1;
    private final float baseline;
    private final float size;
    private String text;

    TextLine(List<Glyph> glyphs) {
        List<Glyph> sorted = inReadingOrder(glyphs);
        this.glyphs = List.copyOf(sorted);
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float[] sizes = new float[sorted.size()];
        float[] baselines = new float[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            Glyph g = sorted.get(i);
            left = Math.min(left, g.x0());
            right = Math.max(right, g.x1());
            sizes[i] = g.size();
            baselines[i] = g.baseline();
        }
        this.x0 = left;
        this.x1 = right;
        this.size = median(sizes);
        this.baseline = median(baselines);
    }

    /**
     * Left to right, each text run kept whole: two cells printed over one another ("单位：万元" over "公开01表")
     * stay two texts instead of interleaving their characters.
     */
    private static List<Glyph> inReadingOrder(List<Glyph> glyphs) {
        java.util.Map<Integer, List<Glyph>> runs = new java.util.LinkedHashMap<>();
        for (Glyph g : glyphs) {
            runs.computeIfAbsent(g.run(), k -> new ArrayList<>()).add(g);
        }
        List<List<Glyph>> pieces = new ArrayList<>();
        for (List<Glyph> run : runs.values()) {
            run.sort(Comparator.comparingDouble(Glyph::x0));
            pieces.add(run);
        }
        pieces.sort(Comparator.comparingDouble(p -> p.get(0).x0()));
        List<Glyph> out = new ArrayList<>(glyphs.size());
        pieces.forEach(out::addAll);
        boolean overlapping = false;
        for (int i = 1; i < out.size() && !overlapping; i++) {
            overlapping = out.get(i).x0() < out.get(i - 1).x1() - 0.3f * out.get(i).size();
        }
        if (!overlapping) {
            // runs that interleave without overlapping (one glyph a run, or a run per font) read best by position
            out.sort(Comparator.comparingDouble(Glyph::x0));
        }
        return out;
    }

    private static float median(float[] values) {
        java.util.Arrays.sort(values);
        return values[values.length / 2];
    }

    List<Glyph> glyphs() {
        return glyphs;
    }

    float x0() {
        return x0;
    }

    float x1() {
        return x1;
    }

    float baseline() {
        return baseline;
    }

    float size() {
        return size;
    }

    float top() {
        return baseline - size * 0.88f;
    }

    float bottom() {
        return baseline + size * 0.12f;
    }

    String text() {
        if (text == null) {
            text = Spacing.line(glyphs);
        }
        return text;
    }

    /**
     * The line cut where its glyphs stand far apart, or where two text runs meet with a gap (a right-aligned amount
     * touching the next cell's left-aligned label): the pieces of a line printed over a table's columns.
     */
    List<TextLine> chunks() {
        List<TextLine> out = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        Glyph previous = null;
        for (Glyph g : glyphs) {
            if (previous != null) {
                float gap = g.x0() - previous.x1();
                float em = Math.max(g.size(), previous.size());
                boolean apart = gap > CHUNK_GAP * em
                        || (g.run() != previous.run() && (gap > RUN_GAP * em || gap < -0.25f * em));
                if (apart) {
                    out.add(new TextLine(current));
                    current = new ArrayList<>();
                }
            }
            current.add(g);
            previous = g;
        }
        if (!current.isEmpty()) {
            out.add(new TextLine(current));
        }
        return out;
    }

    /** Groups glyphs into lines by baseline, top to bottom. */
    static List<TextLine> of(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x0));
        List<TextLine> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float first = 0;
        for (Glyph g : sorted) {
            if (!current.isEmpty() && g.baseline() - first > 0.45f * Math.min(g.size(), current.get(0).size())) {
                lines.add(new TextLine(current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                first = g.baseline();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(new TextLine(current));
        }
        return lines;
    }

    @Override
    public String toString() {
        return text();
    }
}
