package cn.jsaudit.pipeline;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import java.util.Comparator;

/** The one order findings are shown in: severity, table, place in the sheet, rule — the same for any thread count. */
public final class FindingOrder {

    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::severity)
            .thenComparing(f -> f.table() == null ? "\uffff" : f.table()) // findings about no table come last
            .thenComparing(f -> place(f.primaryLocation()))
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    private FindingOrder() {
    }

    private static String place(Location l) {
        if (l == null) {
            return "";
        }
        return String.format("%s|%08d|%04d|%s", l.sheet() == null ? "" : l.sheet(), l.rowIndex() + 1, l.columnIndex() + 1,
                l.cell() == null ? "" : l.cell());
    }
}
