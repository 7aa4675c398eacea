package cn.jsaudit.ruleapi;

import cn.jsaudit.model.Printed;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collection;

/**
 * How every rule compares and prints numbers (rules/settings.yaml): each printed number is an interval of ± half
 * its last digit (domain.md §3), two statements of one quantity disagree only when |difference| exceeds the sum of
 * their half-steps, and a rate recomputed from printed parts also carries the parts' rounding. Table amounts,
 * narrative claims and form numbers share this one policy.
 *
 * @param printedZerosExact whether a printed 0 is exact (contributes nothing to a tolerance) or an interval like
 *                          every other printed number; by default exact: an item the unit did not spend on is zero,
 *                          not "somewhere below 50 元"
 * @param minimumTolerance  a floor (万元) under the tolerance of amounts compared with amounts, 0 for none
 * @param minimumRateTolerance a floor (percentage points) under the tolerance of a recomputed rate, 0 for none
 */
public record NumberPolicy(boolean printedZerosExact, BigDecimal minimumTolerance, BigDecimal minimumRateTolerance) {

    public static final NumberPolicy DEFAULT = new NumberPolicy(true, BigDecimal.ZERO, BigDecimal.ZERO);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext PRECISION = MathContext.DECIMAL64;
    /** Decimals of a recomputed rate's tolerance beyond the rate's own printing. */
    private static final int RATE_EXTRA_DECIMALS = 2;

    public NumberPolicy {
        minimumTolerance = minimumTolerance == null ? BigDecimal.ZERO : minimumTolerance;
        minimumRateTolerance = minimumRateTolerance == null ? BigDecimal.ZERO : minimumRateTolerance;
    }

    /** Half the last printed digit of the number; zero for a printed zero when zeros are exact. */
    public BigDecimal halfStep(Printed p) {
        return p == null || (p.isZero() && printedZerosExact) ? BigDecimal.ZERO : p.halfStep();
    }

    /** Σ of the numbers' half-steps; when they are all amounts, at least the floor for amounts. */
    public BigDecimal tolerance(Collection<? extends Printed> numbers) {
        BigDecimal t = BigDecimal.ZERO;
        boolean amounts = !numbers.isEmpty();
        for (Printed p : numbers) {
            t = t.add(halfStep(p));
            amounts &= p != null && p.isAmount();
        }
        return amounts ? t.max(minimumTolerance) : t;
    }

    /** Σ of the numbers' half-steps (see {@link #tolerance(Collection)}). */
    public BigDecimal tolerance(Printed... numbers) {
        return tolerance(Arrays.asList(numbers));
    }

    /** The tolerance of the numbers without the floor: the rounding of the print alone. */
    public BigDecimal printingTolerance(Collection<? extends Printed> numbers) {
        return numbers.stream().map(this::halfStep).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * How far a printed rate may lie from part / whole × 100: its own half-step plus how far the rounding of part
     * and whole (each ± its half-step) can move the quotient, rounded up to two decimals beyond the rate's print,
     * and at least the floor for rates. A zero part or whole adds no spread (the quotient is 0 or undefined).
     */
    public BigDecimal rateTolerance(Printed rate, BigDecimal part, BigDecimal partHalf, BigDecimal whole,
                                    BigDecimal wholeHalf) {
        BigDecimal spread = BigDecimal.ZERO;
        if (whole.signum() != 0 && part.signum() != 0) {
            BigDecimal w = whole.abs();
            spread = partHalf.divide(w, PRECISION)
                    .add(part.abs().multiply(wholeHalf).divide(w.multiply(w), PRECISION))
                    .multiply(HUNDRED);
        }
        int decimals = Math.max(rate.halfStep().stripTrailingZeros().scale() - 1, 0) + RATE_EXTRA_DECIMALS;
        return rate.halfStep().add(spread).setScale(decimals, RoundingMode.UP).max(minimumRateTolerance);
    }

    /** {@link #rateTolerance(Printed, BigDecimal, BigDecimal, BigDecimal, BigDecimal)} of printed part and whole. */
    public BigDecimal rateTolerance(Printed rate, Printed part, Printed whole) {
        return rateTolerance(rate, part.value(), halfStep(part), whole.value(), halfStep(whole));
    }

    /** True when |a − b| exceeds the tolerance. */
    public static boolean beyond(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
        return a.subtract(b).abs().compareTo(tolerance) > 0;
    }

    /** part / whole × 100, or null for a zero whole. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, PRECISION);
    }

    /**
     * A number as messages print it: exact when it has at most six decimals (printed amounts and their sums, 元
     * converted to 万元 included), else rounded to four (a computed quotient) — or to two significant digits when four
     * decimals would print a non-zero value as 0 (the tolerance of a table printed in 元 is 0.0000005 万元);
     * at least two decimals; "—" for none.
     */
    public static String fmt(BigDecimal v) {
        if (v == null) {
            return "—";
        }
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() > 6) {
            BigDecimal rounded = v.setScale(4, RoundingMode.HALF_UP);
            s = (rounded.signum() == 0 && v.signum() != 0 ? v.round(new MathContext(2, RoundingMode.HALF_UP)) : rounded)
                    .stripTrailingZeros();
        }
        return (s.scale() < 2 ? s.setScale(2) : s).toPlainString();
    }

    /** A rate to one decimal more than the printed rate it is compared with: "98.53%". */
    public static String fmtRate(BigDecimal v, Printed printed) {
        int decimals = Math.max(printed.halfStep().stripTrailingZeros().scale() - 1, 0) + 1;
        return v == null ? "—" : v.setScale(decimals, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A percentage to two decimals: 134.106… → "134.11%". */
    public static String pct(BigDecimal points) {
        return points.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
