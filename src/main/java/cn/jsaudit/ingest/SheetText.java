package cn.jsaudit.ingest;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Text of a sheet's cells as printed, with a merged region's value seen in every cell it covers. */
final class SheetText {

    /** DataFormatter keeps caches that are not thread-safe; submissions are screened on several threads. */
    private static final ThreadLocal<DataFormatter> FORMATTER = ThreadLocal.withInitial(DataFormatter::new);

    private final Sheet sheet;
    private final Map<Long, CellRangeAddress> mergedAt = new HashMap<>();

    SheetText(Sheet sheet) {
        this.sheet = sheet;
        for (CellRangeAddress region : sheet.getMergedRegions()) {
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

    Sheet sheet() {
        return sheet;
    }

    int lastRow() {
        return sheet.getLastRowNum();
    }

    int lastColumn(int uptoRow) {
        int max = 0;
        for (int r = 0; r <= Math.min(uptoRow, sheet.getLastRowNum()); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getLastCellNum() > max) {
                max = row.getLastCellNum();
            }
        }
        return max - 1;
    }

    /** The merged region covering the cell, or null. */
    CellRangeAddress mergedRegion(int r, int c) {
        return mergedAt.get(key(r, c));
    }

    /** The cell itself (no merge expansion), or null. */
    Cell cell(int r, int c) {
        Row row = sheet.getRow(r);
        return row == null ? null : row.getCell(c);
    }

    /** Printed text of the cell, or of the merged region covering it. */
    String raw(int r, int c) {
        CellRangeAddress region = mergedAt.get(key(r, c));
        Cell cell = region == null ? cell(r, c) : cell(region.getFirstRow(), region.getFirstColumn());
        if (cell == null) {
            return "";
        }
        return text(cell);
    }

    /** Printed text of the cell itself only (a merged region's value only at its top-left). */
    String own(int r, int c) {
        Cell cell = cell(r, c);
        if (cell == null) {
            return "";
        }
        return text(cell);
    }

    /** A cell's printed text; strings as they are (the formatter is only needed for numbers and is slow). */
    private static String text(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.STRING || (type == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.STRING)) {
            return cell.getStringCellValue();
        }
        if (type == CellType.BLANK) {
            return "";
        }
        if (type == CellType.NUMERIC && cell.getCellStyle().getDataFormat() == 0) {
            // "General": a whole number (行次, 栏次, a code typed as a number) prints as itself.
            double v = cell.getNumericCellValue();
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                return Long.toString((long) v);
            }
        }
        return FORMATTER.get().formatCellValue(cell);
    }

    /** {@link Text#compact} of {@link #raw}. */
    String compact(int r, int c) {
        return Text.compact(raw(r, c));
    }

    /** The row's text cells (numbers left out) joined by spaces. */
    String rowWords(int r) {
        Row row = sheet.getRow(r);
        if (row == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (Cell cell : row) {
            CellType type = cell.getCellType();
            if (type == CellType.STRING || (type == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.STRING)) {
                String t = cell.getStringCellValue().strip();
                if (!t.isEmpty()) {
                    b.append(t).append(' ');
                }
            }
        }
        return b.toString().strip();
    }

    /** The row's cells' own text joined by spaces. */
    String rowText(int r) {
        Row row = sheet.getRow(r);
        if (row == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            String t = own(r, c).strip();
            if (!t.isEmpty()) {
                b.append(t).append(' ');
            }
        }
        return b.toString().strip();
    }
}
