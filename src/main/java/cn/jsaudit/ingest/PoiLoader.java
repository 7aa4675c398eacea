package cn.jsaudit.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Copies a workbook opened with POI's user model (.xls, or an .xlsx the streaming reader refused) into
 * {@link WorkbookData}, counting what it keeps against the same {@link ReadBudget} as the streaming reader.
 */
final class PoiLoader {

    private PoiLoader() {
    }

    static WorkbookData copy(Workbook wb, ReadBudget budget) throws LimitExceeded {
        List<SheetData> sheets = new ArrayList<>();
        for (Sheet sheet : wb) {
            budget.startSheet(sheet.getSheetName());
            sheets.add(copy(sheet, budget));
        }
        return new WorkbookData(sheets);
    }

    private static SheetData copy(Sheet sheet, ReadBudget budget) throws LimitExceeded {
        CellData[][] rows = new CellData[Math.max(sheet.getLastRowNum() + 1, 0)][];
        for (Row row : sheet) {
            CellData[] cells = new CellData[Math.max(row.getLastCellNum(), 0)];
            boolean values = false;
            for (Cell cell : row) {
                if (cell.getColumnIndex() < cells.length) {
                    CellData value = value(cell);
                    if (value != null) {
                        budget.valueAt(row.getRowNum(), cell.getColumnIndex());
                        if (value.isText()) {
                            budget.text(row.getRowNum(), cell.getColumnIndex(), value.text().length());
                        }
                        values = true;
                    }
                    cells[cell.getColumnIndex()] = value;
                }
            }
            budget.keepRow(row.getRowNum(), cells.length, values);
            rows[row.getRowNum()] = cells;
        }
        budget.keepMerges(sheet.getNumMergedRegions());
        return new SheetData(sheet.getSheetName(), rows, sheet.getMergedRegions());
    }

    private static CellData value(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> {
                CellStyle style = cell.getCellStyle();
                yield CellData.number(cell.getNumericCellValue(), style.getDataFormat(), style.getDataFormatString());
            }
            case STRING -> {
                String s = cell.getStringCellValue();
                yield s.isEmpty() ? null : CellData.text(s);
            }
            case BOOLEAN -> CellData.bool(cell.getBooleanCellValue());
            case ERROR -> CellData.error(FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> null;
        };
    }
}
