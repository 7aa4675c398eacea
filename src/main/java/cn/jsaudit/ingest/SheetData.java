package cn.jsaudit.ingest;

import cn.jsaudit.model.ReviewSheet;
import java.util.BitSet;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;

/** A sheet read into memory: its name, its non-blank cells by row and column (0-based) and its merged regions. */
public final class SheetData {

    private static final CellData[] NO_CELLS = new CellData[0];

    private final String name;
    private final CellData[][] rows;
    private final List<CellRangeAddress> merges;
    private final int firstRow;
    private final boolean hidden;
    private final BitSet hiddenColumns;
    /**
     * Each number cell's printed text, formatted on first use: the readers look at the same cells again for every
     * template and step (the number formatter is the costliest part of printing). Shared with the sheet's regions
     * and hidden views, whose cells sit at the same addresses.
     */
    private final String[][] printedNumbers;

    /** @param rows cells by row, then column; a row may be null or shorter than others, a cell null when blank */
    public SheetData(String name, CellData[][] rows, List<CellRangeAddress> merges) {
        this(name, rows, merges, 0, false, new BitSet(), new String[rows.length][]);
    }

    private SheetData(String name, CellData[][] rows, List<CellRangeAddress> merges, int firstRow, boolean hidden,
                      BitSet hiddenColumns, String[][] printedNumbers) {
        this.name = name;
        this.rows = rows;
        this.merges = List.copyOf(merges);
        this.firstRow = firstRow;
        this.hidden = hidden;
        this.hiddenColumns = hiddenColumns;
        this.printedNumbers = printedNumbers;
    }

    /** This sheet as one the workbook hides (hidden or very hidden): it is neither shown nor printed. */
    public SheetData asHidden() {
        return new SheetData(name, rows, merges, firstRow, true, hiddenColumns, printedNumbers);
    }

    /** This sheet with the columns (0-based) it hides: Excel neither shows nor prints them. */
    public SheetData withHiddenColumns(BitSet columns) {
        return columns.isEmpty() ? this : new SheetData(name, rows, merges, firstRow, hidden, (BitSet) columns.clone(),
                printedNumbers);
    }

    /** True when the sheet hides column {@code col} (a column kept aside: helper figures, last year's copy). */
    public boolean columnHidden(int col) {
        return hiddenColumns.get(col);
    }

    /** True when the workbook hides the sheet: a copy kept aside, not what the unit shows or prints. */
    public boolean hidden() {
        return hidden;
    }

    /**
     * Rows top…bottom of this sheet as a sheet of their own, for a sheet that prints several tables one under another:
     * rows keep their indexes (cell addresses stay those of the sheet), rows outside are blank.
     */
    public SheetData region(int top, int bottom) {
        CellData[][] part = new CellData[Math.min(bottom, lastRow()) + 1][];
        System.arraycopy(rows, top, part, top, part.length - top);
        List<CellRangeAddress> inside = merges.stream()
                .filter(m -> m.getFirstRow() >= top && m.getLastRow() <= bottom).toList();
        return new SheetData(name, part, inside, top, hidden, hiddenColumns, printedNumbers);
    }

    /** The first row of the sheet's content: 0, or the top of a {@link #region}. */
    public int firstRow() {
        return firstRow;
    }

    public String name() {
        return name;
    }

    /** The last row's index, -1 for an empty sheet. */
    public int lastRow() {
        return rows.length - 1;
    }

    /** One past the row's last column that holds a cell (0 for an empty or missing row). */
    public int width(int row) {
        return row < 0 || row >= rows.length || rows[row] == null ? 0 : rows[row].length;
    }

    /** The cell, or null when blank or outside the sheet. */
    public CellData cell(int row, int col) {
        if (row < 0 || row >= rows.length || col < 0) {
            return null;
        }
        CellData[] r = rows[row];
        return r == null || col >= r.length ? null : r[col];
    }

    /** True for jsaudit's 审核结果 sheet of an annotated copy ({@link ReviewSheet}): the unit's replies, never a table. */
    public boolean isReviewSheet() {
        CellData a1 = cell(0, 0);
        return ReviewSheet.is(name, a1 != null && a1.isText() ? a1.text() : "");
    }

    /** The row's cells (null where blank); an empty array for a missing row. */
    public CellData[] row(int row) {
        return row < 0 || row >= rows.length || rows[row] == null ? NO_CELLS : rows[row];
    }

    public List<CellRangeAddress> merges() {
        return merges;
    }

    /** Printed text of the cell itself, "" when blank. */
    public String printed(int row, int col) {
        CellData c = cell(row, col);
        if (c == null) {
            return "";
        }
        if (!c.isNumber()) {
            return c.printed();
        }
        String[] printed = printedNumbers[row];
        if (printed == null) {
            printed = new String[rows[row].length];
            printedNumbers[row] = printed;
        }
        if (printed[col] == null) {
            printed[col] = c.printed();
        }
        return printed[col];
    }
}
