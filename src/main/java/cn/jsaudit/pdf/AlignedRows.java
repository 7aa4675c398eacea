package cn.jsaudit.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a table printed without ruling lines, set out by the alignment of their texts alone: a run of lines each
 * cut into three or more pieces standing far apart, amounts among them. jsaudit does not rebuild such a table (which
 * column a centred heading spans cannot be told from text alone); it finds the rows so that a PDF none of whose tables
 * could be read can say which pages hold tables printed so. A narrative's own small text table is such rows too.
 */
final class AlignedRows {

    /** A block shorter than this is a line or two of a form or a signature, not a table. */
    private static final int MIN_ROWS = 4;
    /** Pieces a line must be cut into to be a table row. */
    private static final int MIN_PIECES = 3;

    private AlignedRows() {
    }

    /** The lines of the page (top to bottom) that are the rows of tables without rulings. */
    static List<TextLine> find(List<TextLine> lines) {
        List<TextLine> rows = new ArrayList<>();
        List<TextLine> run = new ArrayList<>();
        for (TextLine line : lines) {
            if (isRow(line)) {
                run.add(line);
                continue;
            }
            keep(run, rows);
        }
        keep(run, rows);
        return rows;
    }

    private static void keep(List<TextLine> run, List<TextLine> rows) {
        if (run.size() >= MIN_ROWS && run.stream().filter(AlignedRows::hasAmount).count() >= MIN_ROWS / 2) {
            rows.addAll(run);
        }
        run.clear();
    }

    private static boolean isRow(TextLine line) {
        return line.chunks().size() >= MIN_PIECES;
    }

    private static boolean hasAmount(TextLine line) {
        return line.chunks().stream().anyMatch(c -> c.text().strip().matches("-?[\\d,]+(\\.\\d+)?%?"));
    }
}
