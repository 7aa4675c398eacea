package cn.jsaudit.pdf;

/**
 * One glyph as drawn, in points with the origin at the page's top left: its text (one character, or a few for a
 * ligature), left and right edges, baseline, font size, the text-showing run that drew it (a producer draws a
 * spreadsheet cell's text in one run, so a run boundary between touching glyphs hints at a cell boundary), and,
 * for a glyph drawn but not printed (cut off by a clipping path, painted over), where it belongs.
 *
 * @param hidden null for a printed glyph; else the clipping box that cut it off (the cell it was drawn for) or
 *               {@link Hidden#UNDER_PAINT} when only the text it continues can say
 */
record Glyph(String text, float x0, float x1, float baseline, float size, int run, Hidden hidden) {

    /** Where a glyph not printed belongs: the box, in page points, that clipped it. */
    record Hidden(float x0, float y0, float x1, float y1) {

        static final Hidden UNDER_PAINT = new Hidden(Float.NaN, Float.NaN, Float.NaN, Float.NaN);

        boolean clipped() {
            return !Float.isNaN(x0);
        }
    }

    Glyph(String text, float x0, float x1, float baseline, float size, int run) {
        this(text, x0, x1, baseline, size, run, null);
    }

    boolean printed() {
        return hidden == null;
    }

    float top() {
        return baseline - size * 0.88f;
    }

    float bottom() {
        return baseline + size * 0.12f;
    }

    float centerX() {
        return (x0 + x1) / 2;
    }

    /**
     * Where the glyph stands across a line: its first quarter. A glyph cut in half by a cell's border belongs to the
     * cell it starts in, where the rest of its word is printed.
     */
    float anchorX() {
        return x0 + (x1 - x0) / 4;
    }

    float centerY() {
        return baseline - size * 0.38f;
    }

    char first() {
        return text.charAt(0);
    }

    char last() {
        return text.charAt(text.length() - 1);
    }
}
