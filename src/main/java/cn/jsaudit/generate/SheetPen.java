package cn.jsaudit.generate;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.apache.poi.ss.util.CellReference;

/**
 * Writes cells the way reporting software or a typist produces them: styles made once per workbook, the lines
 * above each table as the {@link Variant} places them, merged multi-level headers, and amounts printed in the
 * variant's manner — each amount's cell recorded, so the truth can name it in this layout.
 */
final class SheetPen {

    /** Where an amount was printed. */
    record Place(String sheet, String cell) {
        @Override
        public String toString() {
            return sheet + "!" + cell;
        }
    }

    private static final Map<String, String> SPACED = Map.of("收入", "收 入", "支出", "支 出", "项目", "项 目", "栏次", "栏 次");

    final Variant variant;
    private final Workbook wb;
    private final Random rnd;
    private final String unit;
    private final int year;
    private final Map<PrintedAmount, Place> placed = new LinkedHashMap<>();
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle label;
    private final CellStyle amount;
    private final CellStyle plain;

    SheetPen(Workbook wb, Random rnd, Variant variant, String unit, int year) {
        this.wb = wb;
        this.rnd = rnd;
        this.variant = variant;
        this.unit = unit;
        this.year = year;
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

    Random random() {
        return rnd;
    }

    /** The amounts printed so far and their cells. */
    Map<PrintedAmount, Place> placed() {
        return Collections.unmodifiableMap(placed);
    }

    /** The sheets of the layout's tables, created in the variant's order; element i holds table i. */
    Sheet[] sheets() {
        Sheet[] sheets = new Sheet[variant.sheetNames().size()];
        for (int i : variant.order()) {
            sheets[i] = wb.createSheet(variant.sheetNames().get(i));
        }
        return sheets;
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
        if (r1 != r2 || c1 != c2) {
            s.addMergedRegionUnsafe(new CellRangeAddress(r1, r2, c1, c2));
        }
    }

    /**
     * The title, the table's code and the unit line as the variant places them (the code may be null: Shanghai
     * prints none); returns the first row below them.
     */
    int heading(Sheet s, String titleText, String code, int lastCol) {
        String text = variant.yearInTitle() ? year + "年度" + titleText : titleText;
        int r = 0;
        switch (variant.title()) {
            case CODE_BELOW -> {
                title(s, 0, lastCol, text);
                cell(s, 1, lastCol).setCellValue(code);
                merge(s, 1, 1, 0, lastCol - 1);
                r = 2;
            }
            case CODE_BESIDE -> {
                title(s, 0, lastCol - 1, text);
                cell(s, 0, lastCol).setCellValue(code);
                r = 1;
            }
            case CODE_ABOVE -> {
                cell(s, 0, 0).setCellValue(code);
                title(s, 1, lastCol, text);
                r = 2;
            }
            case CODE_IN_TITLE -> {
                title(s, 0, lastCol, code + "　" + text);
                r = 1;
            }
            case NONE -> {
                title(s, 0, lastCol, text);
                r = 1;
            }
        }
        unitLine(s, r, lastCol);
        return r + 1;
    }

    private void title(Sheet s, int r, int lastCol, String text) {
        Cell t = cell(s, r, 0);
        t.setCellValue(text);
        t.setCellStyle(title);
        s.getRow(r).setHeight((short) 560);
        merge(s, r, r, 0, lastCol);
    }

    /** "部门：…" on the left (none in Shanghai), the year in the middle (Sichuan), the amount unit at the right. */
    private void unitLine(Sheet s, int r, int lastCol) {
        int unitFrom = Math.max(1, lastCol - 1);
        if (variant.unitLine() != null) {
            cell(s, r, 0).setCellValue(variant.unitLine());
            int end = unitFrom - 1;
            if (variant.yearInUnitLine() && unitFrom >= 3) {
                cell(s, r, unitFrom - 1).setCellValue(year + "年度");
                end = unitFrom - 2;
            }
            merge(s, r, r, 0, end);
        }
        cell(s, r, unitFrom).setCellValue(variant.amountUnit());
        merge(s, r, r, unitFrom, lastCol);
    }

    /**
     * A header of label paths, one per column from column {@code c0}, drawn from row {@code top} down: "本年支出/小计"
     * puts 本年支出 above 小计; equal labels side by side merge across; a path shorter than the deepest stretches
     * its last label down; an empty part ("合计//预算数") stretches the label above it down one more row.
     * Returns the row below the header.
     */
    int header(Sheet s, int top, int c0, List<String> paths) {
        int depth = paths.stream().mapToInt(p -> p.split("/", -1).length).max().orElse(1);
        String[][] parts = new String[paths.size()][];
        for (int c = 0; c < paths.size(); c++) {
            parts[c] = Arrays.copyOf(paths.get(c).split("/", -1), depth);
        }
        for (int r = 0; r < depth; r++) {
            int c = 0;
            while (c < paths.size()) {
                if (isEmpty(parts[c][r])) {
                    c++;
                    continue;
                }
                int end = end(parts[c], r);
                int to = c;
                while (to + 1 < paths.size() && end(parts[to + 1], r) == end
                        && Arrays.equals(parts[to + 1], 0, r + 1, parts[c], 0, r + 1)) {
                    to++;
                }
                header(s, top + r, top + end, c0 + c, c0 + to, parts[c][r]);
                c = to + 1;
            }
        }
        return top + depth;
    }

    /** The last row a label reaches: down over the empty (or missing) parts below it. */
    private static int end(String[] parts, int r) {
        int end = r;
        while (end + 1 < parts.length && isEmpty(parts[end + 1])) {
            end++;
        }
        return end;
    }

    private static boolean isEmpty(String part) {
        return part == null || part.isEmpty();
    }

    void header(Sheet s, int r, int c, String text) {
        Cell cell = cell(s, r, c);
        cell.setCellValue(typed(text));
        cell.setCellStyle(header);
    }

    void header(Sheet s, int r1, int r2, int c1, int c2, String text) {
        header(s, r1, c1, text);
        merge(s, r1, r2, c1, c2);
    }

    /** "栏次" over the label columns, then the amount columns numbered 1, 2, … from {@code first}. */
    void columnNumbers(Sheet s, int r, int labelFrom, int labelTo, int firstCol, int first, int count) {
        header(s, r, r, labelFrom, labelTo, "栏次");
        for (int k = 0; k < count; k++) {
            number(s, r, firstCol + k, first + k);
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

    /** A row label as typed: now and then a space after the ordinal's 、 (三、 国防支出) where the variant has strays. */
    void rowLabel(Sheet s, int r, int c, String text) {
        label(s, r, c, variant.straySpaces() && text.contains("、") && rnd.nextDouble() < 0.2
                ? text.replaceFirst("、", "、 ") : text);
    }

    void note(Sheet s, int r, int lastCol, String text) {
        Cell cell = cell(s, r, 0);
        cell.setCellValue(text);
        cell.setCellStyle(plain);
        merge(s, r, r, 0, lastCol);
    }

    /** A bordered cell left empty (a blank row of a printed form). */
    void blank(Sheet s, int r, int c) {
        label(s, r, c, "");
    }

    /**
     * Prints an amount (or nothing, where the table prints none): a number formatted #,##0.00, the same amount as
     * text now and then, a zero as the variant prints zeros, or the text an anomaly typed in its place.
     */
    void amount(Sheet s, int r, int c, PrintedAmount p) {
        if (p == null) {
            return;
        }
        print(s, r, c, p);
        if (placed.put(p, new Place(s.getSheetName(), new CellReference(r, c).formatAsString(false))) != null) {
            throw new IllegalStateException("printed twice: " + p);
        }
    }

    /**
     * Prints a figure that restates amounts printed elsewhere (the 人员经费 part of a line of a one-list 06, whose
     * 合计 is the amount itself): the same number, not an amount of its own, blank where the amount is text.
     */
    void restated(Sheet s, int r, int c, BigDecimal value) {
        if (value == null) {
            blank(s, r, c);
            return;
        }
        print(s, r, c, new PrintedAmount(null, null, null, null, null, 0, null, value));
    }

    private void print(Sheet s, int r, int c, PrintedAmount p) {
        Cell cell = cell(s, r, c);
        cell.setCellStyle(amount);
        if (!p.isNumber()) {
            cell.setCellValue(p.text);
        } else if (p.value.signum() == 0) {
            switch (variant.amounts().zero()) {
                case NUMBER -> cell.setCellValue(0.0);
                case DASH -> cell.setCellValue("-");
                case BLANK -> cell.setBlank();
            }
        } else {
            String text = variant.amounts().text(p.value, rnd);
            if (text != null) {
                cell.setCellValue(text);
            } else {
                cell.setCellValue(p.value.doubleValue());
            }
        }
    }

    /** A coin for a look this submission's layout draws (where the 合计 row of a one-list 06 stands). */
    boolean coin() {
        return rnd.nextBoolean();
    }

    void widths(Sheet s, int... widths) {
        for (int i = 0; i < widths.length; i++) {
            s.setColumnWidth(i, widths[i]);
        }
    }

    private String typed(String text) {
        return variant.straySpaces() ? SPACED.getOrDefault(text, text) : text;
    }
}
