package cn.jsaudit.pdf;

import cn.jsaudit.ingest.CellData;
import cn.jsaudit.ingest.SheetData;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Lays a printed table out as a sheet, the grid the workbook readers read: the lines above the table first (each
 * piece of text under the column it stands over), then the table's rows with its merged cells, then its notes.
 * Every cell is text as printed; the readers read amounts from text as from numbers.
 */
final class SheetBuilder {

    private SheetBuilder() {
    }

    /** The sheet and, for each of its rows, the page it is printed on. */
    record Built(SheetData sheet, int[] rowPages, int gridStart) {
    }

    static Built build(String name, PrintedTable table) {
        int cols = table.columns();
        List<CellData[]> rows = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        List<CellRangeAddress> merges = new ArrayList<>();
        for (TextLine line : table.heading()) {
            CellData[] row = new CellData[cols];
            for (TextLine chunk : line.chunks()) {
                int c = column(table.columnEdges(), chunk.x0(), chunk.x1());
                String text = row[c] == null ? chunk.text() : row[c].text() + " " + chunk.text();
                row[c] = CellData.text(text);
            }
            rows.add(row);
            pages.add(table.firstPage());
        }
        int gridStart = rows.size();
        for (int r = 0; r < table.rows(); r++) {
            rows.add(new CellData[cols]);
            pages.add(table.rowPage(r));
        }
        for (PrintedTable.Cell cell : table.cells()) {
            if (!cell.text().isEmpty()) {
                rows.get(gridStart + cell.row())[cell.col()] = CellData.text(cell.text());
            }
            if (cell.lastRow() > cell.row() || cell.lastCol() > cell.col()) {
                merges.add(new CellRangeAddress(gridStart + cell.row(), gridStart + cell.lastRow(), cell.col(), cell.lastCol()));
            }
        }
        for (TextLine line : table.notes()) {
            CellData[] row = new CellData[cols];
            row[0] = CellData.text(line.text().strip());
            rows.add(row);
            pages.add(table.lastPage());
        }
        CellData[][] grid = new CellData[rows.size()][];
        int[] rowPages = new int[rows.size()];
        for (int r = 0; r < grid.length; r++) {
            grid[r] = trimmed(rows.get(r));
            rowPages[r] = pages.get(r);
        }
        return new Built(new SheetData(name, grid, merges), rowPages, gridStart);
    }

    /** The column a piece of text stands under: where its middle falls, clamped to the table's width. */
    private static int column(float[] edges, float x0, float x1) {
        float middle = (x0 + x1) / 2;
        for (int c = 0; c < edges.length - 1; c++) {
            if (middle < edges[c + 1]) {
                return c;
            }
        }
        return edges.length - 2;
    }

    /** The row without its blank cells at the end, as a workbook row ends at its last value. */
    private static CellData[] trimmed(CellData[] row) {
        int end = row.length;
        while (end > 0 && row[end - 1] == null) {
            end--;
        }
        return java.util.Arrays.copyOf(row, end);
    }
}
