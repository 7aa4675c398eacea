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

/** Copies a workbook opened with POI's user model (.xls, or an .xlsx the streaming reader refused) into {@link WorkbookData}. */
final class PoiLoader {

    private PoiLoader() {
    }

    static WorkbookData copy(Workbook wb) {
        List<SheetData> sheets = new ArrayList<>();
        for (Sheet sheet : wb) {
            sheets.add(copy(sheet));
        }
        return new WorkbookData(sheets);
    }

    private static SheetData copy(Sheet sheet) {
        CellData[][] rows = new CellData[Math.max(sheet.getLastRowNum() + 1, 0)][];
        for (Row row : sheet) {
            CellData[] cells = new CellData[Math.max(row.getLastCellNum(), 0)];
            for (Cell cell : row) {
                if (cell.getColumnIndex() < cells.length) {
                    cells[cell.getColumnIndex()] = value(cell);
                }
            }
            rows[row.getRowNum()] = cells;
        }
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
