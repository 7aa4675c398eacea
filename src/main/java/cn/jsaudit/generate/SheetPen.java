package cn.jsaudit.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/** Writes cells the way the reporting software exports them: styles made once per workbook, amounts registered. */
final class SheetPen {

    private final Workbook wb;
    private final Random rnd;
    private final Variant variant;
    private final List<PrintedCell> printed;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle label;
    private final CellStyle amount;
    private final CellStyle plain;

    SheetPen(Workbook wb, Random rnd, Variant variant, List<PrintedCell> printed) {
        this.wb = wb;
        this.rnd = rnd;
        this.variant = variant;
        this.printed = printed;
        Font bold = wb.createFont();
        bold.setBold(true);
        bold.setFontHeightInPoints((short) 16);
        bold.setFontName("宋体");
        title = wb.createCellStyle();
        title.setFont(bold);
        title.setAlignment(HorizontalAlignment.CENTER);
        header = bordered();
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        label = bordered();
        amount = bordered();
        amount.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
        amount.setAlignment(HorizontalAlignment.RIGHT);
        plain = wb.createCellStyle();
    }

    private CellStyle bordered() {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    Cell cell(Sheet s, int r, int c) {
        Row row = s.getRow(r);
        if (row == null) {
            row = s.createRow(r);
            row.setHeight((short) 300);
        }
        Cell cell = row.getCell(c);
        return cell == null ? row.createCell(c) : cell;
    }

    void merge(Sheet s, int r1, int r2, int c1, int c2) {
        s.addMergedRegionUnsafe(new CellRangeAddress(r1, r2, c1, c2));
    }

    /** The title merged across the width, the code at the right of the next row, the unit line below. */
    void heading(Sheet s, String titleText, String code, String unit, int year, int lastCol) {
        Cell t = cell(s, 0, 0);
        t.setCellValue(variant.yearInTitle() ? year + "年度" + titleText : titleText);
        t.setCellStyle(title);
        s.getRow(0).setHeight((short) 560);
        merge(s, 0, 0, 0, lastCol);
        cell(s, 1, lastCol).setCellValue(code);
        merge(s, 1, 1, 0, lastCol - 1);
        cell(s, 2, 0).setCellValue(variant.unitLabel() + unit);
        merge(s, 2, 2, 0, lastCol - 2);
        cell(s, 2, lastCol - 1).setCellValue("单位：万元");
        merge(s, 2, 2, lastCol - 1, lastCol);
    }

    void header(Sheet s, int r, int c, String text) {
        Cell cell = cell(s, r, c);
        cell.setCellValue(text);
        cell.setCellStyle(header);
    }

    void header(Sheet s, int r1, int r2, int c1, int c2, String text) {
        header(s, r1, c1, text);
        if (r1 != r2 || c1 != c2) {
            merge(s, r1, r2, c1, c2);
        }
    }

    void number(Sheet s, int r, int c, int n) {
        Cell cell = cell(s, r, c);
        cell.setCellValue(n);
        cell.setCellStyle(header);
    }

    void label(Sheet s, int r, int c, String text) {
        Cell cell = cell(s, r, c);
        cell.setCellValue(text);
        cell.setCellStyle(label);
    }

    void note(Sheet s, int r, int lastCol, String text) {
        Cell cell = cell(s, r, 0);
        cell.setCellValue(text);
        cell.setCellStyle(plain);
        merge(s, r, r, 0, lastCol);
    }

    /** An amount cell: a number formatted #,##0.00, or now and then the same amount typed as text. */
    PrintedCell amount(Sheet s, int r, int c, String table, Integer rowNo, String code, String name, int col, long fen) {
        BigDecimal wan = Money.wan(fen);
        Cell cell = cell(s, r, c);
        cell.setCellStyle(amount);
        if (wan.signum() != 0 && variant.textAmountShare() > 0 && rnd.nextDouble() < variant.textAmountShare()) {
            cell.setCellValue(rnd.nextBoolean() ? Money.grouped(wan) : wan.toPlainString() + " ");
        } else {
            cell.setCellValue(wan.doubleValue());
        }
        PrintedCell p = new PrintedCell(table, rowNo, code, name, col, cell, wan);
        printed.add(p);
        return p;
    }

    void widths(Sheet s, int... widths) {
        for (int i = 0; i < widths.length; i++) {
            s.setColumnWidth(i, widths[i]);
        }
    }
}
