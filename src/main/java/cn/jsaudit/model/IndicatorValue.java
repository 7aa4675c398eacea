package cn.jsaudit.model;

import java.math.BigDecimal;

/**
 * A 年度指标值 or 实际完成值 as printed, with its comparator, number and unit when it is quantitative.
 * Qualitative values ("有所提升", "较好") keep only the text.
 *
 * @param text       the cell as printed
 * @param relation   the relation, EQUAL when none is printed; null when qualitative
 * @param number     the number, or null when qualitative
 * @param unit       the unit after the number ("%", "万人", "分钟", "次"), "" when none
 * @param location   the cell
 */
public record IndicatorValue(String text, Relation relation, BigDecimal number, String unit, Location location) {

    public boolean isQuantitative() {
        return number != null;
    }

    public boolean isPercent() {
        return "%".equals(unit);
    }

    /** True when both values are numbers of the same unit, so they can be compared. */
    public boolean comparableWith(IndicatorValue other) {
        return other != null && isQuantitative() && other.isQuantitative() && unit.equals(other.unit());
    }
}
