package cn.jsaudit.pdf;

/**
 * One glyph as printed, in points with the origin at the page's top left: its text (one character, or a few for a
 * ligature), left and right edges, baseline, font size, and the text-showing run that drew it (a producer draws a
 * spreadsheet cell's text in one run, so a run boundary between touching glyphs hints at a cell boundary).
 */
record Glyph(String text, float x0, float x1, float baseline, float size, int run) {

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
