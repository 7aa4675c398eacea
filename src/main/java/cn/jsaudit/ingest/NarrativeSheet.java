package cn.jsaudit.ingest;

import cn.jsaudit.ruleapi.Text;

/**
 * Which sheet of a workbook holds the narrative (情况说明) when no .docx/.txt comes with it: a sheet named so, or one
 * whose first printed line is a title naming it (a long first line that mentions 情况说明 is text, not a title).
 */
public final class NarrativeSheet {

    private static final int LONGEST_TITLE = 30;

    private NarrativeSheet() {
    }

    /** The first such sheet the workbook shows (else the first hidden one), or null when the workbook has none. */
    public static SheetData of(WorkbookData wb) {
        SheetData hidden = null;
        for (SheetData sheet : wb.sheets()) {
            if (is(sheet)) {
                if (!sheet.hidden()) {
                    return sheet;
                }
                hidden = hidden == null ? sheet : hidden;
            }
        }
        return hidden;
    }

    static boolean is(SheetData sheet) {
        int firstRow = 0;
        while (firstRow < sheet.lastRow() && sheet.width(firstRow) == 0) {
            firstRow++;
        }
        String title = Text.compact(sheet.printed(firstRow, 0));
        return Text.compact(sheet.name()).contains("情况说明") || (title.contains("情况说明") && title.length() <= LONGEST_TITLE);
    }
}
