package cn.jsaudit.report;

import static cn.jsaudit.report.PackageXml.MAIN;
import static cn.jsaudit.report.PackageXml.REL;
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
            textCell(rows, 0, c, header.get(c), styles.header());
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
                    numberCell(rows, r, c, shown, styles.number());
                } else if (v instanceof Number n) {
                    shown = n.toString();
                    numberCell(rows, r, c, shown, 0);
                } else {
                    shown = v.toString();
                    boolean wrap = SheetTable.width(shown) > SheetTable.MAX_WIDTH || shown.indexOf('\n') >= 0;
                    boolean isLink = link && c == WorkbookAnnotator.POSITION_COLUMN;
                    textCell(rows, r, c, shown, isLink ? styles.link() : wrap ? styles.wrap() : 0);
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
        textCell(rows, noteRow, 0, runNote, 0);
        rows.append("</row>");

        String lastColumn = CellReference.convertNumToColString(widths.size() - 1);
        StringBuilder x = new StringBuilder(rows.length() + links.length() + 1024);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"").append(MAIN)
                .append("\" xmlns:r=\"").append(REL).append("\"><dimension ref=\"A1:").append(lastColumn).append(noteRow + 1)
                .append("\"/><sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" ")
                .append("activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/></sheetView></sheetViews>")
                .append("<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int c = 0; c < widths.size(); c++) {
            x.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                    .append(Math.min(widths.get(c), SheetTable.MAX_WIDTH) + 1).append("\" customWidth=\"1\"/>");
        }
        x.append("</cols><sheetData>").append(rows).append("</sheetData><autoFilter ref=\"A1:").append(lastColumn).append(r)
                .append("\"/>");
        if (links.length() > 0) {
            x.append("<hyperlinks>").append(links).append("</hyperlinks>");
        }
        x.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void textCell(StringBuilder b, int row, int col, String text, int style) {
        b.append("<c r=\"").append(new CellReference(row, col).formatAsString(false)).append('"');
        if (style != 0) {
            b.append(" s=\"").append(style).append('"');
        }
        b.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(escape(text)).append("</t></is></c>");
    }

    private static void numberCell(StringBuilder b, int row, int col, String value, int style) {
        b.append("<c r=\"").append(new CellReference(row, col).formatAsString(false)).append('"');
        if (style != 0) {
            b.append(" s=\"").append(style).append('"');
        }
        b.append("><v>").append(value).append("</v></c>");
    }
}
