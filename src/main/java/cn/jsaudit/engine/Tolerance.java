package cn.jsaudit.engine;

import cn.jsaudit.model.Amount;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * The rounding tolerance of domain.md §3: each printed amount is an interval of ± half its last digit; two
 * sides disagree only when their intervals do not overlap, i.e. |left − right| exceeds the sum of the
 * half-steps of every amount on both sides (the XBRL "calc 1.1" rule).
 *
 * <p>A printed zero is taken as exact: an item the unit did not spend on is zero, not "somewhere below 50 元".
 */
public final class Tolerance {

    private Tolerance() {
    }

    public static BigDecimal of(Collection<Amount> amounts) {
        BigDecimal t = BigDecimal.ZERO;
        for (Amount a : amounts) {
            if (!a.isZero()) {
                t = t.add(a.halfStep());
            }
        }
        return t;
    }
}
