package cn.jsaudit.generate;

import cn.jsaudit.generate.Statement.Row;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The rows of a table by 科目 (tables 02, 03, 05 and the like): the 科目代码 in one column or split over 类 | 款 | 项
 * (经济分类: 类 | 款), the 科目名称, then the amounts; the 合计 row where the layout prints it.
 */
final class CodedRows {

    /** Where the 合计 row goes and where its label stands. */
    enum Total {
        /** First, its label merged over the code and name columns (the national export). */
        TOP_MERGED,
        /** First, its label in the 科目名称 column. */
        TOP_IN_NAME,
        /** Last, its label merged over the code and name columns. */
        BOTTOM,
        /** Not here: the layout prints it on a header row. */
        ELSEWHERE
    }

    private final SheetPen pen;
    private final Statement st;
    private final Variant.CodeColumns codes;
    private final int parts;

    /** @param parts the levels of the codes: 3 for 功能分类 (类, 款, 项), 2 for 经济分类 (类, 款) */
    CodedRows(SheetPen pen, Statement st, Variant.CodeColumns codes, int parts) {
        this.pen = pen;
        this.st = st;
        this.codes = codes;
        this.parts = parts;
    }

    /** The columns the code and the name take. */
    int width() {
        return (codes.split() ? parts : 1) + 1;
    }

    /** Column widths: narrow code columns, a wide 科目名称, then {@code amounts} amount columns. */
    int[] widths(int amounts) {
        int[] widths = new int[width() + amounts];
        java.util.Arrays.fill(widths, 3328);
        java.util.Arrays.fill(widths, 0, width() - 1, codes.split() ? 1280 : 2816);
        widths[width() - 1] = 9216;
        return widths;
    }

    /** Header paths of the code and name columns under {@code top} (项目, 经济分类科目编码 …). */
    List<String> headerPaths(String top, String codeLabel) {
        List<String> paths = new ArrayList<>();
        String prefix = top.isEmpty() ? "" : top + "/";
        if (codes.split()) {
            List<String> levels = List.of("类", "款", "项").subList(0, parts);
            levels.forEach(l -> paths.add(prefix + codeLabel + "/" + l));
        } else {
            paths.add(prefix + codeLabel);
        }
        paths.add(prefix + "科目名称");
        return paths;
    }

    /** Writes the table's rows from row {@code r}, amounts from column {@code firstAmount}; returns the next free row. */
    int write(Sheet s, int r, String table, int firstAmount, Total total) {
        List<Row> rows = st.rows(table);
        Row totalRow = rows.stream().filter(x -> x.code() == null).findFirst().orElse(null);
        if (totalRow != null && (total == Total.TOP_MERGED || total == Total.TOP_IN_NAME)) {
            r = totalRow(s, r, table, totalRow, firstAmount, total);
        }
        for (Row row : rows) {
            if (row.code() == null) {
                continue;
            }
            codeCells(pen, s, r, 0, row.code(), codes, parts);
            pen.label(s, r, width() - 1, row.name());
            amounts(s, r, table, row, firstAmount);
            r++;
        }
        if (totalRow != null && total == Total.BOTTOM) {
            r = totalRow(s, r, table, totalRow, firstAmount, total);
        }
        return r;
    }

    /** A row's amounts in row {@code r} (the 合计 row may stand on a header row). */
    void amounts(Sheet s, int r, String table, Row row, int firstAmount) {
        for (int k = 1; k <= st.columnCount(table); k++) {
            pen.amount(s, r, firstAmount + k - 1, st.at(table, row.key(), k));
        }
    }

    private int totalRow(Sheet s, int r, String table, Row row, int firstAmount, Total total) {
        if (total == Total.TOP_IN_NAME) {
            for (int c = 0; c < width() - 1; c++) {
                pen.blank(s, r, c);
            }
            pen.label(s, r, width() - 1, row.name());
        } else {
            pen.label(s, r, 0, row.name());
            pen.merge(s, r, r, 0, width() - 1);
        }
        amounts(s, r, table, row, firstAmount);
        return r + 1;
    }

    /**
     * The code in one column, or its parts from column {@code c0}: 类 "210", 款 "15", 项 "50", the parents'
     * parts repeated or left blank.
     */
    static void codeCells(SheetPen pen, Sheet s, int r, int c0, String code, Variant.CodeColumns codes, int parts) {
        if (!codes.split()) {
            pen.label(s, r, c0, code);
            return;
        }
        int own = code.length() == 3 ? 0 : code.length() == 5 ? 1 : 2;
        for (int k = 0; k < parts; k++) {
            String part = k == 0 ? code.substring(0, 3) : k <= own ? code.substring(1 + 2 * k, 3 + 2 * k) : "";
            boolean parent = k < own;
            pen.label(s, r, c0 + k, parent && codes == Variant.CodeColumns.SPLIT_BLANK ? "" : part);
        }
    }
}
