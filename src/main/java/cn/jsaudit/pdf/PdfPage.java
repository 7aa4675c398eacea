package cn.jsaudit.pdf;

import java.util.List;

/**
 * What one page holds for reading: its glyphs, its ruling lines and how much of it images cover (a page of images
 * and no glyphs is a scan without a text layer).
 *
 * @param number     1-based page number
 * @param imageShare the share of the page's area covered by images (0 to 1, overlaps counted twice)
 */
record PdfPage(int number, float width, float height, List<Glyph> glyphs, List<Segment> rulings, double imageShare) {

    PdfPage {
        glyphs = List.copyOf(glyphs);
        rulings = List.copyOf(rulings);
    }

    /** Images but no text at all: a scanned page whose words a reader cannot take without guessing (OCR). */
    boolean scanned() {
        return glyphs.isEmpty() && imageShare > 0.3;
    }
}
