package cn.jsaudit.model;

import java.math.BigDecimal;

/**
 * A number as a submission printed it: its value stands for an interval of ± half its last printed digit. Table
 * amounts, narrative claims and form numbers are all printed numbers, so one tolerance policy serves them all.
 */
public interface Printed {

    BigDecimal value();

    /** Half a unit of the last printed digit (96.26 → 0.005). */
    BigDecimal halfStep();

    /** True for a number printed as (exactly) zero. */
    boolean isZero();

    /** True for an amount of money in 万元 (the policy's floor for amounts applies to it). */
    default boolean isAmount() {
        return false;
    }
}
