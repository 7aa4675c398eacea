package cn.jsaudit.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One part of a breakdown a form's goal text states, set against the cost indicators of the same form that name
 * the same thing ("医保宣传印制彩页费用 20万元" against 成本指标 "医保政策宣传活动费用 23.6万元").
 *
 * @param form             the form id
 * @param role             {@link FormText#TARGET} (compared with the indicators' targets) or {@link FormText#ACTUAL}
 * @param label            the part as the text names it
 * @param amount           its amount in 万元
 * @param indicators       the cost indicators it was paired with
 * @param indicatorAmount  their amounts' sum, in 万元
 * @param tolerance        the rounding both sides allow
 * @param locations        the text's cell, then the indicators' cells
 */
public record StatedPart(String form, String role, String label, FormNumber amount, List<String> indicators,
                         BigDecimal indicatorAmount, BigDecimal tolerance, List<Location> locations) {

    /** True when the part and its indicators differ beyond rounding. */
    public boolean differs() {
        return amount.value().subtract(indicatorAmount).abs().compareTo(tolerance) > 0;
    }
}
