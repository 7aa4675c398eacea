package cn.jsaudit.ingest;

import cn.jsaudit.ruleapi.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.poi.ss.util.CellRangeAddress;

/** Text of a sheet's cells as printed, with a merged region's value seen in every cell it covers. */
final class SheetText {

    private final SheetData sheet;
    private final Map<Long, CellRangeAddress> mergedAt = new HashMap<>();
    // Every template's heading reader scans the same top rows: their keys and lines are worked out once.
    private final Map<Integer, String> rowTexts = new HashMap<>();
    private TableHeading.Lines headingLines;
    private List<HeadingCell> headingCells;
    private final String[][] compacted;
    private Set<String> headerCells;

    SheetText(SheetData sheet) {
        this.sheet = sheet;
        this.compacted = new String[sheet.lastRow() + 1][];
        for (CellRangeAddress region : sheet.merges()) {
            // Only small regions matter for headers; a note merged across the width is read at its top-left.
            for (int r = region.getFirstRow(); r <= Math.min(region.getLastRow(), region.getFirstRow() + 50); r++) {
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    mergedAt.put(key(r, c), region);
                }
            }
        }
    }

    private static long key(int r, int c) {
        return ((long) r << 20) | c;
    }

    SheetData sheet() {
        return sheet;
    }

    String name() {
        return sheet.name();
    }

    int firstRow() {
        return sheet.firstRow();
    }

    int lastRow() {
        return sheet.lastRow();
    }

    int lastColumn(int uptoRow) {
        int max = 0;
        for (int r = 0; r <= Math.min(uptoRow, sheet.lastRow()); r++) {
            max = Math.max(max, sheet.width(r));
        }
        return max - 1;
    }

    /** The merged region covering the cell, or null. */
    CellRangeAddress mergedRegion(int r, int c) {
        return mergedAt.get(key(r, c));
    }

    /** The cell itself (no merge expansion), or null when blank. */
    CellData cell(int r, int c) {
        return sheet.cell(r, c);
    }

    /** Printed text of the cell, or of the merged region covering it. */
    String raw(int r, int c) {
        CellRangeAddress region = mergedAt.get(key(r, c));
        return region == null ? sheet.printed(r, c) : sheet.printed(region.getFirstRow(), region.getFirstColumn());
    }

    /** Printed text of the cell itself only (a merged region's value only at its top-left). */
    String own(int r, int c) {
        return sheet.printed(r, c);
    }

    /** {@link Text#compact} of {@link #raw}, kept for the cells of each row: layouts and readings look again. */
    String compact(int r, int c) {
        if (r < 0 || r >= compacted.length || c < 0 || c >= sheet.width(r)) {
            return Text.compact(raw(r, c));
        }
        String[] row = compacted[r];
        if (row == null) {
            row = new String[sheet.width(r)];
            compacted[r] = row;
        }
        if (row[c] == null) {
            row[c] = Text.compact(raw(r, c));
        }
        return row[c];
    }

    /** The row's text cells (numbers left out) joined by spaces. */
    String rowWords(int r) {
        StringBuilder b = new StringBuilder();
        for (CellData cell : sheet.row(r)) {
            if (cell != null && cell.isText()) {
                String t = cell.text().strip();
                if (!t.isEmpty()) {
                    b.append(t).append(' ');
                }
            }
        }
        return b.toString().strip();
    }

    /** The heading lines, read once whichever templates look at this sheet. */
    TableHeading.Lines headingLines(Supplier<TableHeading.Lines> read) {
        if (headingLines == null) {
            headingLines = read.get();
        }
        return headingLines;
    }

    /** A text cell of the top rows, where a table's title and code stand. */
    record HeadingCell(int row, String text, TableHeading.CellKey key) {
    }

    /**
     * The non-blank text cells of the first {@link TableHeading#SCAN_ROWS} rows, in reading order: titles and table
     * codes are text (numbers such as 栏次 cannot name a table). Found once whichever templates look at this sheet.
     */
    List<HeadingCell> headingCells() {
        if (headingCells == null) {
            List<HeadingCell> cells = new ArrayList<>();
            int rows = Math.min(firstRow() + TableHeading.SCAN_ROWS, lastRow() + 1);
            for (int r = firstRow(); r < rows; r++) {
                for (int c = 0; c < sheet.width(r); c++) {
                    CellData cell = sheet.cell(r, c);
                    if (cell != null && cell.isText() && !cell.text().isBlank()) {
                        cells.add(new HeadingCell(r, cell.text(), TableHeading.CellKey.of(cell.text())));
                    }
                }
            }
            headingCells = List.copyOf(cells);
        }
        return headingCells;
    }

    /**
     * {@link #compact} of every cell (blanks as "") of the sheet's rows down to {@link TableHeading#SIGNATURE_ROWS}
     * below its first, as wide as the widest of them: the header's labels. Worked out once whichever templates look
     * at this sheet.
     */
    Set<String> headerCells() {
        if (headerCells == null) {
            Set<String> cells = new HashSet<>();
            int lastRow = Math.min(firstRow() + TableHeading.SIGNATURE_ROWS, lastRow());
            int lastColumn = lastColumn(lastRow);
            for (int r = firstRow(); r <= lastRow; r++) {
                for (int c = 0; c <= lastColumn; c++) {
                    cells.add(compact(r, c));
                }
            }
            headerCells = cells;
        }
        return headerCells;
    }

    /** The row's cells' own text joined by spaces. */
    String rowText(int r) {
        return rowTexts.computeIfAbsent(r, this::joinRow);
    }

    private String joinRow(int r) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < sheet.width(r); c++) {
            String t = own(r, c).strip();
            if (!t.isEmpty()) {
                b.append(t).append(' ');
            }
        }
        return b.toString().strip();
    }
}
