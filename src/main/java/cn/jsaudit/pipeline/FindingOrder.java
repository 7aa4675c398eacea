package cn.jsaudit.pipeline;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import java.util.Comparator;

/**
 * The one order findings are shown in: severity, table, place in the sheet (or the narrative, by paragraph number), rule —
 * the same for any thread count.
 */
public final class FindingOrder {

    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::severity)
            .thenComparing(f -> f.table() == null ? "\uffff" : f.table()) // findings about no table come last
            .thenComparing(f -> place(f.primaryLocation()))
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    /**
     * Reading order of places: file, sheet, page, row and column of a cell, then the number of a paragraph or row
     * as printed ("第9段" before "第10段"). The places of one finding merged from several firings are listed in it,
     * not in the order the rule engine happened to fire.
     */
    public static final Comparator<Location> READING = Comparator
            .comparing((Location l) -> l.file() == null ? "" : l.file())
            .thenComparing(l -> l.sheet() == null ? "" : l.sheet())
            .thenComparingInt(Location::page)
            .thenComparingInt(Location::rowIndex)
            .thenComparingInt(Location::columnIndex)
            .thenComparingLong(l -> firstNumber(l.cell()))
            .thenComparing(l -> l.cell() == null ? "" : l.cell());

    private FindingOrder() {
    }

    /** The first run of ASCII digits in a place's text ("第12段" → 12), or -1. */
    private static long firstNumber(String cell) {
        if (cell == null) {
            return -1;
        }
        long n = -1;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c >= '0' && c <= '9') {
                n = (n < 0 ? 0 : n * 10) + (c - '0');
                if (n > Integer.MAX_VALUE) {
                    return n; // a number that long orders after any paragraph; the text breaks the tie
                }
            } else if (n >= 0) {
                return n;
            }
        }
        return n;
    }

    private static String place(Location l) {
        if (l == null) {
            return "";
        }
        // a paragraph's number as a number: 第50段 before 第140段
        return String.format("%s|%08d|%04d|%010d|%s", l.sheet() == null ? "" : l.sheet(), l.rowIndex() + 1,
                l.columnIndex() + 1, firstNumber(l.cell()), l.cell() == null ? "" : l.cell());
    }
}
