package cn.jsaudit.report;

import static cn.jsaudit.report.PackageXml.escape;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.ReviewSheet;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;

/**
 * The copy's 审核结果 sheet as worksheet XML: a header row with a filter, one row per finding with a link to its
 * cell, the run note under the list; columns as wide as their text (up to {@link SheetTable#MAX_WIDTH}), header frozen.
 */
final class ReviewSheetPart {

    private ReviewSheetPart() {
    }

    static byte[] write(List<Finding> findings, List<WorkbookSheet> sheets, String runNote, CopyStyles styles) {
        List<String> header = ReviewSheet.COLUMNS;
        List<Integer> widths = new ArrayList<>();
        StringBuilder rows = new StringBuilder(1024 + findings.size() * 512);
        StringBuilder links = new StringBuilder();
        rows.append("<row r=\"1\">");
        for (int c = 0; c < header.size(); c++) {
            SheetXml.textCell(rows, 0, c, header.get(c), styles.header());
            widths.add(SheetTable.width(header.get(c)) + 2); // room for the filter button
        }
        rows.append("</row>");
        int r = 1;
        for (Finding f : findings) {
            List<Object> values = WorkbookAnnotator.reviewValues(r, f);
            Location target = f.primaryLocation();
            boolean link = target != null && target.sheet() != null && target.rowIndex() >= 0
                    && CellMarks.sheetIndex(sheets, target.sheet()) >= 0;
            rows.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null) {
                    continue;
                }
                String shown;
                if (v instanceof BigDecimal d) {
                    shown = d.toPlainString();
                    SheetXml.numberCell(rows, r, c, shown, styles.number());
                } else if (v instanceof Number n) {
                    shown = n.toString();
                    SheetXml.numberCell(rows, r, c, shown, 0);
                } else {
                    shown = v.toString();
                    boolean wrap = SheetTable.width(shown) > SheetTable.MAX_WIDTH || shown.indexOf('\n') >= 0;
                    boolean isLink = link && c == WorkbookAnnotator.POSITION_COLUMN;
                    SheetXml.textCell(rows, r, c, shown, isLink ? styles.link() : wrap ? styles.wrap() : 0);
                }
                while (widths.size() <= c) {
                    widths.add(0);
                }
                widths.set(c, Math.max(widths.get(c), SheetTable.width(shown)));
            }
            rows.append("</row>");
            if (link) {
                links.append("<hyperlink ref=\"").append(new CellReference(r, WorkbookAnnotator.POSITION_COLUMN).formatAsString(false))
                        .append("\" location=\"").append(escape("'" + target.sheet().replace("'", "''") + "'!" + target.cell()))
                        .append("\"/>");
            }
            r++;
        }
        int noteRow = r + 1;
        rows.append("<row r=\"").append(noteRow + 1).append("\">");
        SheetXml.textCell(rows, noteRow, 0, runNote, 0);
        rows.append("</row>");

        String sheet = SheetXml.head(noteRow, widths, true) + rows + SheetXml.tail(r - 1, widths.size(), links);
        return sheet.getBytes(StandardCharsets.UTF_8);
    }
}
