package cn.jsaudit.pdf;

import java.util.Set;

/**
 * Numbers a page's content-stream operators in the order they run, the same in the text pass and the graphics
 * pass, so that what one pass learns about an operator (the clipping path, what was painted after it) serves the
 * other. The operators ' and " run T* and Tj themselves; those inner ones get no number of their own.
 */
final class OperatorClock {

    private static final Set<String> SHOWING = Set.of("Tj", "TJ", "'", "\"");
    private static final Set<String> COMPOUND = Set.of("'", "\"");

    private int count;
    private int inside;

    /** A new page: numbering starts again. */
    void reset() {
        count = 0;
        inside = 0;
    }

    /** Before an operator runs. */
    void before(String name) {
        if (inside == 0) {
            count++;
        }
        if (COMPOUND.contains(name)) {
            inside++;
        }
    }

    /** After it ran (or failed). */
    void after(String name) {
        if (COMPOUND.contains(name)) {
            inside--;
        }
    }

    /** The number of the operator running now. */
    int now() {
        return count;
    }

    static boolean showsText(String name) {
        return SHOWING.contains(name);
    }
}
