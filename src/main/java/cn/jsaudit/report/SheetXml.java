package cn.jsaudit.report;

import static cn.jsaudit.report.PackageXml.MAIN;
import static cn.jsaudit.report.PackageXml.REL;
import static cn.jsaudit.report.PackageXml.escape;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.IntSupplier;
import org.apache.poi.ss.util.CellReference;

/**
 * Worksheet XML of the lists jsaudit writes itself (the xlsx report's sheets, an annotated copy's 审核结果): cells,
 * and the sheet around them — header frozen, columns as wide as their text up to {@link SheetTable#MAX_WIDTH}, a filter
 * over the list.
 */
final class SheetXml {

    private static final String[] COLUMNS = new String[32];

    static {
        for (int c = 0; c < COLUMNS.length; c++) {
            COLUMNS[c] = CellReference.convertNumToColString(c);
        }
    }

    private SheetXml() {
    }

    /** Column letters of a 0-based index. */
    static String column(int col) {
        return col < COLUMNS.length ? COLUMNS[col] : CellReference.convertNumToColString(col);
    }

    /** The header row (row 1) in {@code style}; each column starts as wide as its label and the filter button. */
    static void header(StringBuilder b, List<String> labels, int style, List<Integer> widths) {
        b.append("<row r=\"1\">");
        for (int c = 0; c < labels.size(); c++) {
            textCell(b, 0, c, labels.get(c), style);
            widths.add(SheetTable.width(labels.get(c)) + 2);
        }
        b.append("</row>");
    }

    /**
     * One value of a list as a cell: a BigDecimal as an amount ({@code amountStyle}), another number plain, anything
     * else as text — in {@code textStyle} when that is not 0, else wrapped where it is long or has several lines.
     * Widens the column to the value's width; null leaves the cell out. A style is asked for only when a cell takes
     * it (an annotated copy adds a style to the workbook the first time it is asked for).
     */
    static void value(StringBuilder b, int row, int col, Object v, IntSupplier amountStyle, IntSupplier wrapStyle,
                      int textStyle, List<Integer> widths) {
        if (v == null) {
            return;
        }
        String shown;
        if (v instanceof BigDecimal d) {
            shown = d.toPlainString();
            numberCell(b, row, col, shown, amountStyle.getAsInt());
        } else if (v instanceof Number n) {
            shown = n.toString();
            numberCell(b, row, col, shown, 0);
        } else {
            shown = v.toString();
            boolean wrap = SheetTable.width(shown) > SheetTable.MAX_WIDTH || shown.indexOf('\n') >= 0;
            textCell(b, row, col, shown, textStyle != 0 ? textStyle : wrap ? wrapStyle.getAsInt() : 0);
        }
        while (widths.size() <= col) {
            widths.add(0);
        }
        widths.set(col, Math.max(widths.get(col), SheetTable.width(shown)));
    }

    static void textCell(StringBuilder b, int row, int col, String text, int style) {
        cellStart(b, row, col, style);
        b.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(escape(text)).append("</t></is></c>");
    }

    static void numberCell(StringBuilder b, int row, int col, String value, int style) {
        cellStart(b, row, col, style);
        b.append("><v>").append(value).append("</v></c>");
    }

    private static void cellStart(StringBuilder b, int row, int col, int style) {
        b.append("<c r=\"").append(column(col)).append(row + 1).append('"');
        if (style != 0) {
            b.append(" s=\"").append(style).append('"');
        }
    }

    /**
     * The worksheet up to its first row: its size, the header row frozen, the column widths (in characters, capped).
     *
     * @param lastRow 0-based index of the last row written
     * @param selected whether the sheet is the one shown when the workbook opens
     */
    static String head(int lastRow, List<Integer> widths, boolean selected) {
        StringBuilder x = new StringBuilder(512);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"").append(MAIN)
                .append("\" xmlns:r=\"").append(REL).append("\"><dimension ref=\"A1:").append(column(widths.size() - 1))
                .append(lastRow + 1).append("\"/><sheetViews><sheetView").append(selected ? " tabSelected=\"1\"" : "")
                .append(" workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
                .append("<selection pane=\"bottomLeft\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int c = 0; c < widths.size(); c++) {
            x.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                    .append(Math.min(widths.get(c), SheetTable.MAX_WIDTH) + 1).append("\" customWidth=\"1\"/>");
        }
        return x.append("</cols><sheetData>").toString();
    }

    /**
     * The worksheet after its last row: the filter over the header and rows up to {@code filterLastRow} (0-based),
     * the hyperlinks if any, the page margins.
     */
    static String tail(int filterLastRow, int columns, CharSequence hyperlinks) {
        StringBuilder x = new StringBuilder(256 + hyperlinks.length());
        x.append("</sheetData><autoFilter ref=\"").append(filterRange(filterLastRow, columns)).append("\"/>");
        if (hyperlinks.length() > 0) {
            x.append("<hyperlinks>").append(hyperlinks).append("</hyperlinks>");
        }
        return x.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>")
                .toString();
    }

    /** "A1:O6": the header and the rows under it up to {@code lastRow} (0-based). */
    static String filterRange(int lastRow, int columns) {
        return "A1:" + column(columns - 1) + (lastRow + 1);
    }
}
