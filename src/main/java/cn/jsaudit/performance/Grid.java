package cn.jsaudit.performance;

import cn.jsaudit.model.Location;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import java.util.HashMap;
import java.util.Map;

/**
 * A sheet as a printed form: every cell of a merge reads as the merge's top-left cell, and every cell
 * reads as text the way it is printed.
 */
final class Grid {

    private static final DataFormatter FORMATTER = new DataFormatter();

    private final Sheet sheet;
    private final String file;
    private final Map<CellAddress, CellRangeAddress> merges = new HashMap<>();

    Grid(Sheet sheet, String file) {
        this.sheet = sheet;
        this.file = file;
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            for (int row = r.getFirstRow(); row <= r.getLastRow(); row++) {
                for (int col = r.getFirstColumn(); col <= r.getLastColumn(); col++) {
                    merges.put(new CellAddress(row, col), r);
                }
            }
        }
    }

    String file() {
        return file;
    }

    String sheetName() {
        return sheet.getSheetName();
    }

    int lastRow() {
        return sheet.getLastRowNum();
    }

    /** One past the last column used in the row (0 for a missing row). */
    int width(int row) {
        Row r = sheet.getRow(row);
        return r == null || r.getLastCellNum() < 0 ? 0 : r.getLastCellNum();
    }

    /** The merge containing the cell, or null. */
    CellRangeAddress mergeAt(int row, int col) {
        return merges.get(new CellAddress(row, col));
    }

    /** The cell that holds the value shown at (row, col): the top-left of its merge. */
    Cell cell(int row, int col) {
        CellRangeAddress m = mergeAt(row, col);
        int r = m == null ? row : m.getFirstRow();
        int c = m == null ? col : m.getFirstColumn();
        Row rr = sheet.getRow(r);
        return rr == null ? null : rr.getCell(c);
    }

    /** True when (row, col) is not covered by a merge, or is its top-left cell. */
    boolean isAnchor(int row, int col) {
        CellRangeAddress m = mergeAt(row, col);
        return m == null || (m.getFirstRow() == row && m.getFirstColumn() == col);
    }

    /** How many rows the merge at (row, col) spans below and including row (1 when unmerged). */
    int rowsSpanned(int row, int col) {
        CellRangeAddress m = mergeAt(row, col);
        return m == null ? 1 : m.getLastRow() - row + 1;
    }

    /** The text as printed, stripped; "" for a blank or missing cell. */
    String text(int row, int col) {
        Cell c = cell(row, col);
        if (c == null) {
            return "";
        }
        if (c.getCellType() == CellType.FORMULA) {
            return switch (c.getCachedFormulaResultType()) {
                case STRING -> c.getStringCellValue().strip();
                case NUMERIC -> FORMATTER.formatRawCellContents(c.getNumericCellValue(),
                        c.getCellStyle().getDataFormat(), c.getCellStyle().getDataFormatString());
                default -> "";
            };
        }
        return FORMATTER.formatCellValue(c).strip();
    }

    /** The location of the value shown at (row, col), in A1 form. */
    Location location(int row, int col) {
        CellRangeAddress m = mergeAt(row, col);
        int r = m == null ? row : m.getFirstRow();
        int c = m == null ? col : m.getFirstColumn();
        return new Location(file, sheet.getSheetName(), new CellAddress(r, c).formatAsString());
    }

    /** The next column right of col whose shown value differs from col's merge and is not blank, or -1. */
    int nextFilled(int row, int col) {
        CellRangeAddress own = mergeAt(row, col);
        for (int c = col + 1; c < Math.max(width(row), col + 1) + 8; c++) {
            CellRangeAddress m = mergeAt(row, c);
            if (own != null && own.equals(m)) {
                continue;
            }
            if (!text(row, c).isEmpty()) {
                return c;
            }
        }
        return -1;
    }
}
