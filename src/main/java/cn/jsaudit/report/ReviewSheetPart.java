package cn.jsaudit.report;

import static cn.jsaudit.report.PackageXml.escape;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.ReviewSheet;
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
        SheetXml.header(rows, header, styles.header(), widths);
        int r = 1;
        for (Finding f : findings) {
            List<Object> values = WorkbookAnnotator.reviewValues(r, f);
            Location target = f.primaryLocation();
            boolean link = target != null && target.sheet() != null && target.rowIndex() >= 0
                    && CellMarks.sheetIndex(sheets, target.sheet()) >= 0;
            rows.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < values.size(); c++) {
                int text = link && c == WorkbookAnnotator.POSITION_COLUMN ? styles.link() : 0;
                SheetXml.value(rows, r, c, values.get(c), styles::number, styles::wrap, text, widths);
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
