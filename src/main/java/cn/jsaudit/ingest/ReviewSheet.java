package cn.jsaudit.ingest;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The 审核结果 sheet jsaudit puts first in an annotated workbook. It belongs to the review, not to the
 * submission: the loader never reads it as a table, only for the unit's explanations.
 */
public final class ReviewSheet {

    public static final String NAME = "审核结果";

    private ReviewSheet() {
    }

    /** True for a sheet named 审核结果 or whose first cell (A1) is titled so. */
    public static boolean is(Sheet sheet) {
        if (Text.compact(sheet.getSheetName()).equals(NAME)) {
            return true;
        }
        // Only A1 is looked at: this runs for every sheet of every workbook, before any sheet is read in full.
        Row first = sheet.getRow(0);
        Cell a1 = first == null ? null : first.getCell(0);
        return a1 != null && a1.getCellType() == CellType.STRING && Text.compact(a1.getStringCellValue()).startsWith(NAME);
    }
}
