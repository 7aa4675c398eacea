package cn.jsaudit.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts are generated in 分 (hundredths of a 元, exact longs) and printed in 万元 with two decimals, each
 * printed cell rounded on its own — which is how the reporting software produces the small differences
 * between a printed total and the sum of its printed items.
 */
final class Money {

    /** 100 元: the least non-zero amount generated, so that no amount prints as 0.00 (a printed zero is exact). */
    static final long MIN_FEN = 10_000;

    private static final BigDecimal FEN_PER_WAN = BigDecimal.valueOf(1_000_000);

    private Money() {
    }

    /** The printed 万元 amount of an amount in 分. */
    static BigDecimal wan(long fen) {
        return BigDecimal.valueOf(fen).divide(FEN_PER_WAN, 2, RoundingMode.HALF_UP);
    }

    /** "1,085.68" — the printed form with thousands separators. */
    static String grouped(BigDecimal wan) {
        return String.format("%,.2f", wan);
    }
}
