package cn.jsaudit.model;

import java.util.List;

/**
 * Whether a cell lies on one of the lines a set of cells runs along — a column or a row of the same sheet — between
 * its first and last cell there or just beyond them (a part printed last or first of its group). A table identity's
 * cells are such a set: an amount that could not be read and lies on its line was one of its parts.
 */
public final class CellLines {

    private CellLines() {
    }

    public static boolean onLineOf(List<Location> cells, Location cell) {
        int row = cell.rowIndex();
        int col = cell.columnIndex();
        int top = Integer.MAX_VALUE;
        int bottom = -1;
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (Location l : cells) {
            if (!same(l.file(), cell.file()) || !same(l.sheet(), cell.sheet())) {
                continue;
            }
            if (l.columnIndex() == col) {
                top = Math.min(top, l.rowIndex());
                bottom = Math.max(bottom, l.rowIndex());
            }
            if (l.rowIndex() == row) {
                left = Math.min(left, l.columnIndex());
                right = Math.max(right, l.columnIndex());
            }
        }
        return bottom >= 0 && top - 1 <= row && row <= bottom + 1 || right >= 0 && left - 1 <= col && col <= right + 1;
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
