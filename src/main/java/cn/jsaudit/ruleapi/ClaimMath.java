package cn.jsaudit.ruleapi;

import java.math.BigDecimal;
import java.util.Collection;

import cn.jsaudit.model.Claim;

/**
 * Arithmetic on claims the narrative rules call: signed sums, prior-year bases, order in the text. Tolerances
 * and printing are the number policy's ({@code check.tolerance}, {@code NumberPolicy.fmt}).
 */
public final class ClaimMath {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ClaimMath() {
    }

    public static boolean differ(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) != 0;
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
}
