package cn.jsaudit.ruleapi;

import cn.jsaudit.model.Amount;
import java.util.Comparator;

/** Orderings of amounts. */
final class Amounts {

    /** Top to bottom, left to right, as a reader goes through the sheet. */
    static final Comparator<Amount> BY_POSITION = Comparator
            .comparing((Amount a) -> a.source().sheet() == null ? "" : a.source().sheet())
            .thenComparingInt(a -> a.source().rowIndex())
            .thenComparingInt(a -> a.source().columnIndex());

    private Amounts() {
    }
}
