package cn.jsaudit.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * Copies a workbook opened with POI's user model (.xls, or an .xlsx the streaming reader refused) into
 * {@link WorkbookData}, counting what it keeps against the same {@link ReadBudget} as the streaming reader.
 */
final class PoiLoader {

    private PoiLoader() {
    }

    static WorkbookData copy(Workbook wb, ReadBudget budget) throws LimitExceeded {
        List<SheetData> sheets = new ArrayList<>();
        Computed computed = new Computed(wb);
        for (Sheet sheet : wb) {
            budget.startSheet(sheet.getSheetName());
            SheetData data = copy(sheet, budget, computed);
            int index = wb.getSheetIndex(sheet);
            sheets.add(wb.isSheetHidden(index) || wb.isSheetVeryHidden(index) ? data.asHidden() : data);
        }
        return new WorkbookData(sheets, computed.note());
    }

    private static SheetData copy(Sheet sheet, ReadBudget budget, Computed computed) throws LimitExceeded {
        CellData[][] rows = new CellData[Math.max(sheet.getLastRowNum() + 1, 0)][];
        for (Row row : sheet) {
            CellData[] cells = new CellData[Math.max(row.getLastCellNum(), 0)];
            boolean values = false;
            for (Cell cell : row) {
                if (cell.getColumnIndex() < cells.length) {
                    CellData value = computed.uncached(cell) ? computed.value(cell) : value(cell);
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
        java.util.BitSet hidden = new java.util.BitSet();
        int width = 0;
        for (CellData[] r : rows) {
            width = Math.max(width, r == null ? 0 : r.length);
        }
        for (int c = 0; c < width; c++) {
            if (sheet.isColumnHidden(c)) {
                hidden.set(c);
            }
        }
        return new SheetData(sheet.getSheetName(), rows, sheet.getMergedRegions()).withHiddenColumns(hidden);
    }

    /**
     * Formula cells a program wrote without their results: computed here as Excel would show them, and counted, so
     * that the reviewer is told once that the figures were computed, not read.
     */
    private static final class Computed {

        private final Workbook wb;
        private FormulaEvaluator evaluator;
        private int count;
        private int failed;
        private String first;

        Computed(Workbook wb) {
            this.wb = wb;
        }

        boolean uncached(Cell cell) {
            return cell instanceof XSSFCell x && x.getCellType() == CellType.FORMULA
                    && (!x.getCTCell().isSetV()
                        || x.getCTCell().getV().isEmpty() && x.getCachedFormulaResultType() != CellType.STRING);
        }

        CellData value(Cell cell) {
            if (evaluator == null) {
                evaluator = wb.getCreationHelper().createFormulaEvaluator();
                evaluator.setIgnoreMissingWorkbooks(true);
            }
            count++;
            first = first == null ? cell.getSheet().getSheetName() + "!" + cell.getAddress().formatAsString() : first;
            try {
                org.apache.poi.ss.usermodel.CellValue v = evaluator.evaluate(cell);
                return switch (v.getCellType()) {
                    case NUMERIC -> CellData.number(v.getNumberValue(), cell.getCellStyle().getDataFormat(),
                            cell.getCellStyle().getDataFormatString());
                    case STRING -> v.getStringValue().isEmpty() ? null : CellData.text(v.getStringValue());
                    case BOOLEAN -> CellData.bool(v.getBooleanValue());
                    case ERROR -> CellData.error(FormulaError.forInt(v.getErrorValue()).getString());
                    default -> null;
                };
            } catch (RuntimeException e) {
                // a function POI does not implement, a reference to another file: unknown, never zero
                failed++;
                return CellData.error("公式=" + cell.getCellFormula() + "（未保存计算结果，无法计算）");
            }
        }

        /** The one reading note: how many formulas were computed, where the first is, and how many could not be. */
        List<String> note() {
            if (count == 0) {
                return List.of();
            }
            return List.of(count + " 个公式单元格没有保存计算结果（如 " + first + "；文件可能由程序生成、未经 Excel 打开保存），"
                    + "已按公式计算后审核" + (failed > 0 ? "，其中 " + failed + " 个无法计算，按不是数字报告" : "")
                    + "；建议在 Excel 中打开并保存后再报送");
        }
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
