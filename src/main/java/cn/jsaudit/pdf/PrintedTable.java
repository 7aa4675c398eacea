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
    private final float[] columnEdges;
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
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < columns(); c++) {
            texts.add("");
        }
        for (Cell cell : cells) {
            if (cell.row() == row) {
                texts.set(cell.col(), cell.text());
            }
        }
        return texts;
    }

    /** Whether the other table's columns stand where this one's do (the same table continued on the next page). */
    boolean sameColumns(PrintedTable other) {
        if (other.columnEdges.length != columnEdges.length) {
            return false;
        }
        for (int i = 0; i < columnEdges.length; i++) {
            if (Math.abs(other.columnEdges[i] - columnEdges[i]) > 2.5f) {
                return false;
            }
        }
        return true;
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
