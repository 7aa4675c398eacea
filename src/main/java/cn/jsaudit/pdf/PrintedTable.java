package cn.jsaudit.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as printed: a grid of cells (a merged cell spans rows or columns), the page each row is printed on, the
 * column edges it was cut by, and the lines printed just above it (title, 公开NN表, unit and 金额单位) and just below
 * it (注, 空表说明). A table continued over a page break is one PrintedTable whose rows run over both pages.
 */
final class PrintedTable {

    /** One cell: its rows and columns (a merged one spans several) and its text. */
    record Cell(int row, int col, int lastRow, int lastCol, String text) {
    }

    private final List<Cell> cells = new ArrayList<>();
    private final List<Integer> rowPages = new ArrayList<>();
    private final List<Float> rowTops = new ArrayList<>();
    /** Top and bottom of the table's frame on each page it is printed on, header rows printed again included. */
    private final java.util.Map<Integer, float[]> frames = new java.util.HashMap<>();
    /** Points within which two tables' column edges are the same edge. */
    private static final float SAME_EDGE = 2.5f;

    private float[] columnEdges;
    private final boolean ruled;
    private final List<TextLine> heading = new ArrayList<>();
    private final List<TextLine> notes = new ArrayList<>();
    private int firstPage;
    private float top;
    private float bottom;

    PrintedTable(int page, float[] columnEdges, boolean ruled) {
        this.firstPage = page;
        this.columnEdges = columnEdges.clone();
        this.ruled = ruled;
    }

    /** Adds a row printed on the page at the given top; returns its index. */
    int addRow(int page, float rowTop, float rowBottom) {
        if (rowPages.isEmpty()) {
            top = rowTop;
        }
        rowPages.add(page);
        rowTops.add(rowTop);
        float[] frame = frames.computeIfAbsent(page, k -> new float[] {rowTop, rowBottom});
        frame[0] = Math.min(frame[0], rowTop);
        frame[1] = Math.max(frame[1], rowBottom);
        bottom = rowBottom;
        return rowPages.size() - 1;
    }

    void addCell(Cell cell) {
        cells.add(cell);
    }

    List<Cell> cells() {
        return cells;
    }

    int rows() {
        return rowPages.size();
    }

    int columns() {
        return columnEdges.length - 1;
    }

    float[] columnEdges() {
        return columnEdges;
    }

    int rowPage(int row) {
        return rowPages.get(row);
    }

    int firstPage() {
        return firstPage;
    }

    int lastPage() {
        return rowPages.isEmpty() ? firstPage : rowPages.get(rowPages.size() - 1);
    }

    boolean ruled() {
        return ruled;
    }

    /** Top of the first row on the first page. */
    float top() {
        return top;
    }

    /** Whether the rows printed on the page frame the band from top to bottom (text printed inside the table). */
    boolean frames(int page, float textTop, float textBottom) {
        float[] frame = frames.get(page);
        return frame != null && frame[0] <= textTop + 1 && frame[1] >= textBottom - 1;
    }

    /** Bottom of the last row on the last page. */
    float bottom() {
        return bottom;
    }

    float left() {
        return columnEdges[0];
    }

    float right() {
        return columnEdges[columnEdges.length - 1];
    }

    List<TextLine> heading() {
        return heading;
    }

    List<TextLine> notes() {
        return notes;
    }

    /** The texts of one row, column by column ("" where blank or covered by a merged cell starting elsewhere). */
    List<String> rowTexts(int row) {
        return rowTexts(row, columnEdges);
    }

    /** The texts of one row in a grid of {@code edges} that holds this table's own ({@link #sharedGrid}). */
    List<String> rowTexts(int row, float[] edges) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < edges.length - 1; c++) {
            texts.add("");
        }
        for (Cell cell : cells) {
            if (cell.row() == row) {
                texts.set(edgeIndex(edges, columnEdges[cell.col()]), cell.text());
            }
        }
        return texts;
    }

    /**
     * The column edges of this table and the other together, when the two can be one grid printed in parts: they
     * stand between the same outer edges. A sheet's columns print a wall only where a row's cells do not merge over
     * it, so the part of a form on one page may show 6 columns (its funds part) and the next page's part 8 (its
     * indicators, the columns between merged above). Null when the outer edges differ, or an edge of one stands
     * close to but not on one of the other's: columns of other widths, another table.
     */
    float[] sharedGrid(PrintedTable other) {
        float[] o = other.columnEdges;
        if (Math.abs(o[0] - left()) > SAME_EDGE || Math.abs(o[o.length - 1] - right()) > SAME_EDGE) {
            return null;
        }
        List<Float> edges = new ArrayList<>();
        for (float e : columnEdges) {
            edges.add(e);
        }
        for (float e : o) {
            double nearest = edges.stream().mapToDouble(x -> Math.abs(x - e)).min().orElseThrow();
            if (nearest > 3 * SAME_EDGE) {
                edges.add(e);
            } else if (nearest > SAME_EDGE) {
                return null; // nearly but not quite one edge: columns of another width, another table
            }
        }
        edges.sort(Float::compare);
        float[] grid = new float[edges.size()];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = edges.get(i);
        }
        return grid;
    }

    /**
     * The table laid out in a grid holding its own column edges and more ({@link #sharedGrid}): a cell between two of
     * its own edges spans the grid's columns between them.
     */
    void regrid(float[] edges) {
        List<Cell> moved = new ArrayList<>();
        for (Cell c : cells) {
            moved.add(new Cell(c.row(), edgeIndex(edges, columnEdges[c.col()]), c.lastRow(),
                    edgeIndex(edges, columnEdges[c.lastCol() + 1]) - 1, c.text()));
        }
        cells.clear();
        cells.addAll(moved);
        columnEdges = edges.clone();
    }

    /** The index of the edge standing at {@code x}. */
    private static int edgeIndex(float[] edges, float x) {
        int best = 0;
        for (int i = 1; i < edges.length; i++) {
            if (Math.abs(edges[i] - x) < Math.abs(edges[best] - x)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Appends the rows of the same table continued on a later page, leaving out the header rows it repeats (the
     * first {@code repeated} rows of {@code next}); the continuation's notes become this table's.
     */
    void append(PrintedTable next, int repeated) {
        int offset = rows() - repeated;
        for (int r = repeated; r < next.rows(); r++) {
            rowPages.add(next.rowPages.get(r));
            rowTops.add(next.rowTops.get(r));
        }
        for (Cell c : next.cells) {
            if (c.row() >= repeated) {
                cells.add(new Cell(c.row() + offset, c.col(), c.lastRow() + offset, c.lastCol(), c.text()));
            }
        }
        frames.putAll(next.frames);
        bottom = next.bottom;
        notes.clear();
        notes.addAll(next.notes);
    }
}
