package cn.jsaudit.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads a generated workbook back with POI alone, as a reviewer's eye would — independent of jsaudit's readers:
 * amounts as numbers or typed text (separators, full-width digits, dashes for zero), labels without white space.
 */
final class WorkbookCells {

    private WorkbookCells() {
    }

    /** The amount a cell shows in 万元: blank, -, — and － are zero; text is read after NFKC and without separators. */
    static BigDecimal amount(Cell c) {
        if (c == null || c.getCellType() == CellType.BLANK) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (c.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(c.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
        }
        String s = Normalizer.normalize(c.getStringCellValue(), Normalizer.Form.NFKC).strip();
        if (s.equals("-") || s.equals("—") || s.equals("－")) {
            return BigDecimal.ZERO.setScale(2);
        }
        return new BigDecimal(s.replace(",", "").replace(" ", "")).setScale(2, RoundingMode.HALF_UP);
    }

    static String text(Cell c) {
        if (c == null) {
            return "";
        }
        return switch (c.getCellType()) {
            case STRING -> c.getStringCellValue().replaceAll("(?U)\\s+", "");
            case NUMERIC -> BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
            default -> "";
        };
    }

    /** The texts of a row, left to right, without white space (empty cells left out). */
    static List<String> row(Sheet s, int r) {
        List<String> out = new ArrayList<>();
        Row row = s.getRow(r);
        if (row != null) {
            for (Cell c : row) {
                String t = text(c);
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** The texts above row {@code r} in column {@code c}, a merged cell counting for every column it covers. */
    static Set<String> above(Sheet s, int r, int c) {
        Set<String> out = new LinkedHashSet<>();
        List<CellRangeAddress> merged = s.getMergedRegions();
        for (int k = 0; k < r; k++) {
            Cell cell = topLeft(s, merged, k, c);
            if (cell != null && cell.getCellType() == CellType.STRING) {
                out.add(text(cell));
            }
        }
        return out;
    }

    /** The cell whose value shows at (r, c): the cell itself, or the top-left cell of a merged region over it. */
    static Cell topLeft(Sheet s, List<CellRangeAddress> merged, int r, int c) {
        for (CellRangeAddress m : merged) {
            if (m.isInRange(r, c)) {
                Row row = s.getRow(m.getFirstRow());
                return row == null ? null : row.getCell(m.getFirstColumn());
            }
        }
        Row row = s.getRow(r);
        return row == null ? null : row.getCell(c);
    }

    /** Every text in the sheet, without white space. */
    static List<String> all(Sheet s) {
        List<String> out = new ArrayList<>();
        for (Row row : s) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && !text(c).isEmpty()) {
                    out.add(text(c));
                }
            }
        }
        return out;
    }
}
