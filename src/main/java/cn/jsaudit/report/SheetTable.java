package cn.jsaudit.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A list written as a sheet: bold frozen header, auto-filter, numbers as numeric cells, and columns as wide as
 * their text (a CJK character counts double), long text capped and wrapped, through POI: the 审核结果 sheet of a
 * workbook annotated through POI's user model (.xls). Sheets jsaudit writes as XML itself ({@link SheetXml}) are
 * laid out the same way and take their widths from here.
 */
final class SheetTable {

    /** Widest column, in characters; longer text wraps. */
    static final int MAX_WIDTH = 60;

    private final Sheet sheet;
    private final CellStyle number;
    private final CellStyle wrap;
    private final List<Integer> widths = new ArrayList<>();
    private int next;

    SheetTable(Workbook wb, Sheet sheet, List<String> header) {
        this.sheet = sheet;
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle head = wb.createCellStyle();
        head.setFont(bold);
        number = wb.createCellStyle();
        number.setDataFormat(wb.createDataFormat().getFormat("#,##0.00##"));
        wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        Row row = sheet.createRow(next++);
        for (int c = 0; c < header.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(header.get(c));
            cell.setCellStyle(head);
            widths.add(width(header.get(c)) + 2); // room for the filter button
        }
    }

    /** Appends a row; a value is a String, a BigDecimal or an Integer/Long (null leaves the cell blank). */
    Row add(List<?> values) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            String shown;
            if (v instanceof BigDecimal d) {
                cell.setCellValue(d.doubleValue());
                cell.setCellStyle(number);
                shown = d.toPlainString();
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
                shown = n.toString();
            } else {
                shown = v.toString();
                cell.setCellValue(shown);
                if (width(shown) > MAX_WIDTH || shown.indexOf('\n') >= 0) {
                    cell.setCellStyle(wrap);
                }
            }
            while (widths.size() <= c) {
                widths.add(0);
            }
            widths.set(c, Math.max(widths.get(c), width(shown)));
        }
        return row;
    }

    /** Freezes the header, sets the auto-filter over all rows and the column widths. */
    void finish() {
        sheet.createFreezePane(0, 1);
        int lastCol = widths.size() - 1;
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, lastCol));
        for (int c = 0; c <= lastCol; c++) {
            sheet.setColumnWidth(c, (Math.min(widths.get(c), MAX_WIDTH) + 1) * 256);
        }
    }

    /** Display width in character cells: CJK and full-width characters count two, others one. */
    static int width(String s) {
        int w = 0;
        int line = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                w = Math.max(w, line);
                line = 0;
                continue;
            }
            line += wide(cp) ? 2 : 1;
        }
        return Math.max(w, line);
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
