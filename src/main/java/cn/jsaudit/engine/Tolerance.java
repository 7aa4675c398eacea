package cn.jsaudit.engine;

import cn.jsaudit.model.Amount;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * The rounding tolerance of domain.md §3: each printed amount is an interval of ± half its last digit; two
 * sides disagree only when their intervals do not overlap, i.e. |left − right| exceeds the sum of the
 * half-steps of every amount on both sides (the XBRL "calc 1.1" rule).
 *
 * <p>By default a printed zero is taken as exact: an item the unit did not spend on is zero, not "somewhere
 * below 50 元". The auditor can change that, and set a floor, in rules/settings.yaml ({@link ToleranceSettings}).
 */
public final class Tolerance {

    private Tolerance() {
    }

    public static BigDecimal of(Collection<Amount> amounts) {
        return of(amounts, ToleranceSettings.DEFAULT);
    }

    /** A blank cell has a zero half-step and so never widens the tolerance, whatever the settings. */
    public static BigDecimal of(Collection<Amount> amounts, ToleranceSettings settings) {
        BigDecimal t = BigDecimal.ZERO;
        for (Amount a : amounts) {
            if (!a.isZero() || !settings.printedZerosExact()) {
                t = t.add(a.halfStep());
            }
        }
        return t.max(settings.minimum());
    }
}
