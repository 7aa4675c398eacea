package cn.jsaudit.model;

import java.math.BigDecimal;

/**
 * A number printed in a performance form. Rates are held in percentage points (58.31 for 58.31 %),
 * amounts in 万元 as printed, scores in points.
 *
 * @param value    the number
 * @param halfStep half of the last printed digit (0.005 for two decimals): the rounding the print allows
 * @param text     the cell as printed ("100%", "100 分", "0.5831" shown as 58.31%)
 * @param location the cell (top-left of its merge)
 */
public record FormNumber(BigDecimal value, BigDecimal halfStep, String text, Location location) implements Printed {

    @Override
    public boolean isZero() {
        return value.signum() == 0;
    }

    /** Half a unit of the given number of decimals: 2 → 0.005. */
    public static BigDecimal halfStepOf(int decimals) {
        return BigDecimal.valueOf(5, Math.max(decimals, 0) + 1);
    }
}
