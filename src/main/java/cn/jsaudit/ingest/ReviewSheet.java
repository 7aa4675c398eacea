package cn.jsaudit.ingest;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * The 审核结果 sheet jsaudit puts first in an annotated workbook. It belongs to the review, not to the
 * submission: the loader never reads it as a table, only for the unit's explanations.
 */
public final class ReviewSheet {

    public static final String NAME = "审核结果";

    private ReviewSheet() {
    }

    /** True for a sheet named 审核结果 or whose first cell is titled so. */
    public static boolean is(Sheet sheet) {
        if (Text.compact(sheet.getSheetName()).equals(NAME)) {
            return true;
        }
        SheetText s = new SheetText(sheet);
        return s.lastRow() >= 0 && Text.compact(s.own(0, 0)).startsWith(NAME);
    }
}
