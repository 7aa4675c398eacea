package cn.jsaudit.performance;

import cn.jsaudit.ingest.CellData;
import cn.jsaudit.ingest.InputFindings;
import cn.jsaudit.ingest.SheetData;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Severity;
import cn.jsaudit.ruleapi.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;

/**
 * The columns of a form the sheet hides that hold figures (last year's 执行数, scores of a draft): the form is read as
 * printed, without them, and the reviewer is told once which they are, so that figures set aside are not taken for
 * figures overlooked. Hidden columns holding only words or blanks are not worth a word.
 */
final class HiddenFigures {

    /** A figure typed as text, with a unit the forms print after it ("19.82", "95%", "10分"). */
    private static final Pattern FIGURE = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?(?:%|分|万元|元)?");

    private HiddenFigures() {
    }

    /** One INFO naming the form's hidden columns that hold figures, or null when there are none. */
    static Finding of(Grid grid, String formLabel, int titleRow, int titleCol) {
        SheetData sheet = grid.sheet();
        int width = 0;
        for (int r = sheet.firstRow(); r <= sheet.lastRow(); r++) {
            width = Math.max(width, sheet.width(r));
        }
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            if (!sheet.columnHidden(c)) {
                continue;
            }
            int first = firstFigure(sheet, c);
            if (first >= 0) {
                columns.add(CellReference.convertNumToColString(c) + "栏“" + labelAbove(sheet, first, c) + "”");
            }
        }
        if (columns.isEmpty()) {
            return null;
        }
        return InputFindings.of(Severity.INFO, "%s（工作表「%s」）有 %d 栏已隐藏（不显示也不打印），按打印的表未读取：%s"
                .formatted(formLabel, grid.sheetName(), columns.size(), String.join("、", columns)), null,
                grid.location(titleRow, titleCol));
    }

    /** The first row whose cell in the column holds a figure other than zero, or -1. */
    private static int firstFigure(SheetData sheet, int c) {
        for (int r = sheet.firstRow(); r <= sheet.lastRow(); r++) {
            CellData cell = sheet.cell(r, c);
            if (cell == null) {
                continue;
            }
            if (cell.isNumber() ? cell.number() != 0 : isFigure(Text.compact(cell.printed()))) {
                return r;
            }
        }
        return -1;
    }

    private static boolean isFigure(String t) {
        return FIGURE.matcher(t).matches() && t.chars().anyMatch(ch -> ch >= '1' && ch <= '9');
    }

    /** The column's heading: the nearest words above its first figure, or （无栏名）. */
    private static String labelAbove(SheetData sheet, int row, int c) {
        for (int r = row - 1; r >= sheet.firstRow(); r--) {
            CellData cell = sheet.cell(r, c);
            if (cell != null && cell.isText() && Text.hasHan(cell.text())) {
                return Text.compact(cell.text());
            }
        }
        return "（无栏名）";
    }
}
