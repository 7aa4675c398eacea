package cn.jsaudit.pdf;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What decides whether a glyph of one page is printed where it stands: the clipping path in force when each
 * text-showing operator ran, and the opaque rectangles filled afterwards. Text too long for its cell is drawn on
 * and cut at the cell's border, or painted over by the next cell's background; both leave the hidden glyphs in
 * the PDF, and a reader that took them would read the next cell's text with pieces of its neighbour's.
 * Operators are counted in content-stream order, the same count in the text pass and the graphics pass.
 */
final class PageInk {

    /** An opaque filled rectangle (device space) and the operator that painted it. */
    private record Fill(int operator, Rectangle2D box) {
    }

    private final Map<Integer, Shape> clips = new HashMap<>();
    private final List<Fill> fills = new ArrayList<>();

    void textShown(int operator, Shape clip) {
        clips.put(operator, clip);
    }

    void filled(int operator, Rectangle2D box) {
        fills.add(new Fill(operator, box));
    }

    /**
     * Whether a point (device space) of a glyph shown by the operator is printed: null when it is (inside the
     * clipping path then in force and not under a rectangle filled later; also when the graphics pass did not see
     * the operator show text), else the clipping box that cut it off, or an empty box when it was painted over.
     */
    Rectangle2D hiddenBy(int operator, double x, double y) {
        Shape clip = clips.get(operator);
        if (clip == null) {
            return null;
        }
        if (!clip.contains(x, y)) {
            return clip.getBounds2D();
        }
        for (Fill f : fills) {
            if (f.operator() > operator && f.box().contains(x, y)) {
                return new Rectangle2D.Double();
            }
        }
        return null;
    }
}
