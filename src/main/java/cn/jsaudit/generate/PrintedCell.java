package cn.jsaudit.generate;

import cn.jsaudit.model.Codes;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;

/**
 * An amount the generator printed, with the keys the rules find it by (what the generator meant the cell to
 * be, independent of how the loader reads it back) and its place in the workbook.
 */
final class PrintedCell {

    final String table;
    final Integer rowNo;
    final String code;
    final String name;
    final int col;
    final Cell cell;
    /** The printed amount in 万元, or null when the cell holds text that is not a number. */
    BigDecimal value;

    PrintedCell(String table, Integer rowNo, String code, String name, int col, Cell cell, BigDecimal value) {
        this.table = table;
        this.rowNo = rowNo;
        this.code = code;
        this.name = name;
        this.col = col;
        this.cell = cell;
        this.value = value;
    }

    String level() {
        return Codes.level(code);
    }

    String parentCode() {
        return Codes.parent(code);
    }

    boolean isTotal() {
        return code == null && ("合计".equals(name) || "总计".equals(name));
    }

    boolean isNumber() {
        return value != null;
    }

    String sheet() {
        return cell.getSheet().getSheetName();
    }

    String ref() {
        return new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString(false);
    }

    @Override
    public String toString() {
        return sheet() + "!" + ref();
    }
}
