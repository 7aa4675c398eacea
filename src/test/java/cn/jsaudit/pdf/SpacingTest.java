package cn.jsaudit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spaces a PDF draws between glyphs: kept between words, repaired inside numbers and between Chinese characters. */
class SpacingTest {

    private static final float SIZE = 10;

    @Test
    void aNumberDrawnInPiecesIsOneNumber() {
        assertEquals("1085.68", Spacing.line(glyphs("1085.", 3, "68")));
        assertEquals("36.3%", Spacing.line(glyphs("36.3", 3, "%")));
    }

    @Test
    void justifiedChineseHasNoSpaces() {
        assertEquals("经营支出", Spacing.line(glyphs("经", 6, "营", 6, "支", 6, "出")));
    }

    @Test
    void aNumberBesideChineseKeepsTheSpaceTheAuthorTyped() {
        assertEquals("558.64 万元", Spacing.line(glyphs("558.64", 3, "万元")));
        assertEquals("558.64万元", Spacing.line(glyphs("558.64", 0, "万元")));
    }

    @Test
    void wordsApartStayApart() {
        assertEquals("page 3", Spacing.line(glyphs("page", 3, "3")));
    }

    /** Glyphs of texts laid left to right, each text followed by a gap of the given points before the next. */
    private static List<Glyph> glyphs(Object... textsAndGaps) {
        List<Glyph> out = new ArrayList<>();
        float x = 50;
        for (Object o : textsAndGaps) {
            if (o instanceof Integer gap) {
                x += gap;
                continue;
            }
            for (char c : ((String) o).toCharArray()) {
                float w = Spacing.isCjk(c) ? SIZE : SIZE * 0.55f;
                out.add(new Glyph(String.valueOf(c), x, x + w, 100, SIZE, 1));
                x += w;
            }
        }
        return out;
    }
}
