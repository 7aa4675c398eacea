package cn.jsaudit.model;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One line of a form's budget execution block (年度资金总额, 部门整体支出总额, 其中：中央补助 …).
 * Any number may be null when its column is absent or blank.
 *
 * @param form          the form id
 * @param subject       the line label, e.g. "年度资金总额"
 * @param initialBudget 年初预算数
 * @param budget        全年预算数 / 预算数（A）
 * @param executed      全年执行数 / 执行数（B）
 * @param rate          执行率 as printed, in percentage points
 * @param weight        分值 of the execution score (from a 分值 column or a header such as "得分（20 分）")
 * @param score         得分
 */
public record ExecutionLine(String form, String subject, FormNumber initialBudget, FormNumber budget,
                            FormNumber executed, FormNumber rate, FormNumber weight, FormNumber score) {

    /** 执行数 / 预算数 in percentage points, or null when either is missing or the budget is zero. */
    public BigDecimal recomputedRate() {
        if (budget == null || executed == null || budget.isZero()) {
            return null;
        }
        return executed.value().multiply(BigDecimal.valueOf(100)).divide(budget.value(), MathContext.DECIMAL64);
    }

    /** The stated rate, else the recomputed one; null when neither is known. */
    public BigDecimal effectiveRate() {
        return rate != null ? rate.value() : recomputedRate();
    }

    /** The first cell of the line, for messages. */
    public Location location() {
        for (FormNumber n : new FormNumber[] {rate, executed, budget, score}) {
            if (n != null) {
                return n.location();
            }
        }
        return null;
    }
}
