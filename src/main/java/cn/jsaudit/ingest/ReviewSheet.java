package cn.jsaudit.ingest;

/**
 * The 审核结果 sheet jsaudit puts first in an annotated workbook. It belongs to the review, not to the
 * submission: the loader never reads it as a table, only for the unit's explanations.
 */
public final class ReviewSheet {

    public static final String NAME = "审核结果";

    private ReviewSheet() {
    }

    /** True for a sheet named 审核结果 or whose first cell (A1) is titled so. */
    public static boolean is(SheetData sheet) {
        CellData a1 = sheet.cell(0, 0);
        return is(sheet.name(), a1 != null && a1.isText() ? a1.text() : "");
    }

    /** The same test on a sheet's name and the text in its A1 ("" when not text). */
    public static boolean is(String sheetName, String a1) {
        return Text.compact(sheetName).equals(NAME) || Text.compact(a1).startsWith(NAME);
    }
}
