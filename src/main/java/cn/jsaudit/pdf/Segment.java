package cn.jsaudit.pdf;

/**
 * A ruling line on a page: horizontal ({@code y0 == y1}) or vertical ({@code x0 == x1}), in points with the origin
 * at the page's top left, {@code x0 <= x1} and {@code y0 <= y1}.
 */
record Segment(float x0, float y0, float x1, float y1) {

    boolean horizontal() {
        return y1 - y0 < x1 - x0;
    }

    float length() {
        return Math.max(x1 - x0, y1 - y0);
    }

    /** The horizontal or vertical line through two points, or null when they are neither, or too short to rule. */
    static Segment between(float ax, float ay, float bx, float by) {
        float dx = Math.abs(ax - bx);
        float dy = Math.abs(ay - by);
        if (dx < 1 && dy >= 2) {
            float x = (ax + bx) / 2;
            return new Segment(x, Math.min(ay, by), x, Math.max(ay, by));
        }
        if (dy < 1 && dx >= 2) {
            float y = (ay + by) / 2;
            return new Segment(Math.min(ax, bx), y, Math.max(ax, bx), y);
        }
        return null;
    }
}
