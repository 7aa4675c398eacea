package cn.jsaudit.model;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A control ratio (控制率) = actual / base, e.g. 财政供养人员 实际在职人数 / 编制数, or a ratio stated in
 * the narrative (运行成本控制率 134.11 %).
 *
 * @param form    the form id, or the narrative file
 * @param subject what is controlled ("财政供养人员", "三公经费", "运行成本")
 * @param base    编制数 / 预算数, or null
 * @param actual  实际在职人数 / 决算数, or null
 * @param stated  the printed 控制率 in percentage points, or null
 */
public record ControlRatio(String form, String subject, FormNumber base, FormNumber actual, FormNumber stated) {

    /** actual / base in percentage points, or null. */
    public BigDecimal recomputed() {
        if (base == null || actual == null || base.isZero()) {
            return null;
        }
        return actual.value().multiply(BigDecimal.valueOf(100)).divide(base.value(), MathContext.DECIMAL64);
    }

    /** The stated ratio, else the recomputed one. */
    public BigDecimal effective() {
        return stated != null ? stated.value() : recomputed();
    }

    public Location location() {
        return stated != null ? stated.location() : actual != null ? actual.location() : null;
    }
}
