package cn.jsaudit.narrative;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;

import cn.jsaudit.model.Amount;
import cn.jsaudit.model.Claim;

/**
 * Arithmetic the narrative rules call: tolerances of printed figures and rates recomputed from their
 * parts. A printed figure stands for ± half its last digit; a printed zero is exact.
 */
public final class ClaimMath {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private ClaimMath() {
    }

    /** Half a unit of the claim's last printed digit, zero for a printed zero. */
    public static BigDecimal halfStep(Claim c) {
        return c.isZero() ? BigDecimal.ZERO : c.halfStep();
    }

    /** Half a unit of the cell's last printed digit, zero for a printed zero. */
    public static BigDecimal halfStep(Amount a) {
        return a.isZero() ? BigDecimal.ZERO : a.halfStep();
    }

    /** Tolerance between a text figure and a table cell. */
    public static BigDecimal tolerance(Claim c, Amount a) {
        return halfStep(c).add(halfStep(a));
    }

    /** Tolerance between two text figures. */
    public static BigDecimal tolerance(Claim a, Claim b) {
        return halfStep(a).add(halfStep(b));
    }

    public static boolean differ(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) != 0;
    }

    public static boolean beyond(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
        return a.subtract(b).abs().compareTo(tolerance) > 0;
    }

    /**
     * True when two printed statements of one quantity cannot both be roundings of the same value: rounded half up,
     * a printed figure stands for [v − h, v + h), so figures one last-digit unit apart ("98%" and "99%") disagree.
     */
    public static boolean disagree(Claim a, Claim b) {
        return a.value().subtract(b.value()).abs().compareTo(tolerance(a, b)) >= 0
                && a.value().compareTo(b.value()) != 0;
    }

    /** part / whole × 100, or null for a zero whole. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, PRECISION);
    }

    /**
     * How far a printed rate may lie from part/whole × 100: half its last digit, plus how much the
     * rounding of part and whole (each ± its half-step) can move the quotient.
     */
    public static BigDecimal rateTolerance(Claim rate, BigDecimal part, BigDecimal partHalf, BigDecimal whole,
                                           BigDecimal wholeHalf) {
        BigDecimal w = whole.abs();
        BigDecimal spread = partHalf.divide(w, PRECISION)
                .add(part.abs().multiply(wholeHalf).divide(w.multiply(w), PRECISION))
                .multiply(HUNDRED);
        return rate.halfStep().add(spread).setScale(rate.scale() + 2, RoundingMode.UP);
    }

    /** True when a printed rate lies beyond part/whole × 100 by more than {@link #rateTolerance}. */
    public static boolean rateBeyond(Claim rate, BigDecimal part, BigDecimal partHalf, BigDecimal whole,
                                     BigDecimal wholeHalf) {
        BigDecimal expected = percent(part.abs(), whole.abs());
        return expected != null
                && beyond(rate.value(), expected, rateTolerance(rate, part, partHalf, whole, wholeHalf));
    }

    /** The growth rate's prior-year base: current − change (with the change's sign). */
    public static BigDecimal prior(Claim current, Claim change) {
        return current.value().subtract(change.signedValue());
    }

    /** True when the rate is above 100 %. */
    public static boolean overHundred(BigDecimal rate) {
        return rate != null && rate.compareTo(HUNDRED) > 0;
    }

    /** True when the two amounts differ by more than {@code percent} % of the larger. */
    public static boolean apartBy(BigDecimal a, BigDecimal b, BigDecimal percent) {
        BigDecimal larger = a.abs().max(b.abs());
        return larger.signum() > 0
                && a.subtract(b).abs().multiply(HUNDRED).compareTo(larger.multiply(percent)) > 0;
    }

    /** True when claim {@code a} stands before claim {@code b} in the text (same sentence: in the order stated). */
    public static boolean before(Claim a, Claim b) {
        int[] x = position(a);
        int[] y = position(b);
        for (int i = 0; i < x.length; i++) {
            if (x[i] != y[i]) {
                return x[i] < y[i];
            }
        }
        return false;
    }

    /** "段落12-2-3" → [12, 2, 3]. */
    private static int[] position(Claim c) {
        String[] parts = c.id().substring(2).split("-");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
    }

    /** True when both claims stand in one sentence. */
    public static boolean sameSentence(Claim a, Claim b) {
        int[] x = position(a);
        int[] y = position(b);
        return x[0] == y[0] && x[1] == y[1];
    }

    /** Sum of the claims' values with the signs their direction words give (增加 +, 减少 −). */
    public static BigDecimal sumSigned(Collection<Claim> claims) {
        return claims.stream().map(Claim::signedValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Sum of the claims' values. */
    public static BigDecimal sum(Collection<Claim> claims) {
        return claims.stream().map(Claim::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Sum of the claims' half-steps. */
    public static BigDecimal halfSteps(Collection<Claim> claims) {
        return claims.stream().map(ClaimMath::halfStep).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A value as printed in messages: at most four decimals, no trailing zeros beyond two. */
    public static String fmt(BigDecimal v) {
        if (v == null) {
            return "—";
        }
        BigDecimal r = v.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return (r.scale() < 2 ? r.setScale(2) : r).toPlainString();
    }

    /** A rate as printed in messages, to one more decimal than the claim printed. */
    public static String fmtRate(BigDecimal v, Claim printed) {
        return v == null ? "—" : v.setScale(printed.scale() + 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
