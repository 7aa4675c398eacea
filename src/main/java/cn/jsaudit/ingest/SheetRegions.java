package cn.jsaudit.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A sheet that prints several tables one under another (all nine tables on one sheet, as exports and PDF
 * conversions do) becomes one region per table, each read as a sheet of its own with its cells at their own
 * addresses. A new table starts at a row naming a table of a template (its title or code) after a blank row,
 * once the table above has printed numbers; a sheet with one table stays whole.
 */
final class SheetRegions {

    /** A heading row has few cells; a data row with a long label beside its amounts is no title. */
    private static final int HEADING_CELLS = 4;

    private SheetRegions() {
    }

    static List<SheetText> of(SheetData sheet, List<Template> templates) {
        SheetText whole = new SheetText(sheet);
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        boolean tableAbove = false; // a heading seen and numbers printed under it since the region began
        boolean heading = false;
        for (int r = 0; r <= sheet.lastRow(); r++) {
            int cells = filled(sheet, r);
            if (cells == 0) {
                continue;
            }
            if (cells <= HEADING_CELLS && TableHeading.namesTable(whole, r, templates)) {
                if (tableAbove && filled(sheet, r - 1) == 0) {
                    starts.add(r);
                    tableAbove = false;
                }
                heading = true;
            } else if (heading && !tableAbove && hasNumber(sheet, r)) {
                tableAbove = true;
            }
        }
        // a region without numbers is no table (a note naming the table under it): it stays with the one above
        for (int i = starts.size() - 1; i > 0; i--) {
            int bottom = i + 1 < starts.size() ? starts.get(i + 1) - 1 : sheet.lastRow();
            if (!hasNumber(sheet, starts.get(i), bottom)) {
                starts.remove(i);
            }
        }
        if (starts.size() == 1) {
            return List.of(whole);
        }
        List<SheetText> regions = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int bottom = i + 1 < starts.size() ? starts.get(i + 1) - 1 : sheet.lastRow();
            regions.add(new SheetText(sheet.region(starts.get(i), bottom)));
        }
        return regions;
    }

    private static int filled(SheetData sheet, int r) {
        int n = 0;
        for (CellData c : sheet.row(r)) {
            if (c != null && !(c.isText() && c.text().isBlank())) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasNumber(SheetData sheet, int top, int bottom) {
        for (int r = top; r <= bottom; r++) {
            if (hasNumber(sheet, r)) {
                return true;
            }
        }
        return false;
    }

    /** A number cell, or text that is an amount as printed ("1,234.50"): typed tables print amounts as text. */
    private static boolean hasNumber(SheetData sheet, int r) {
        for (CellData c : sheet.row(r)) {
            if (c != null && (c.kind() == CellData.Kind.NUMBER || c.isText() && AmountParser.isAmount(c.text()))) {
                return true;
            }
        }
        return false;
    }
}
