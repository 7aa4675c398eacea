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
 * @param total         true for the block's first line (年度资金总额), false for its parts (其中：当年财政拨款 …)
 */
public record ExecutionLine(String form, String subject, FormNumber initialBudget, FormNumber budget,
                            FormNumber executed, FormNumber rate, FormNumber weight, FormNumber score,
                            boolean total) {

    /** A line not known to be the block's total. */
    public ExecutionLine(String form, String subject, FormNumber initialBudget, FormNumber budget,
                         FormNumber executed, FormNumber rate, FormNumber weight, FormNumber score) {
        this(form, subject, initialBudget, budget, executed, rate, weight, score, false);
    }

    /** 执行数 / 预算数 in percentage points, or null when either is missing or the budget is zero. */
    public BigDecimal recomputedRate() {
        if (budget == null || executed == null || budget.isZero()) {
            return null;
        }
        return executed.value().multiply(BigDecimal.valueOf(100)).divide(budget.value(), MathContext.DECIMAL64);
    }

    /** 执行数 / 年初预算数 in percentage points, or null when either is missing or the initial budget is zero. */
    public BigDecimal rateOnInitialBudget() {
        if (initialBudget == null || executed == null || initialBudget.isZero()) {
            return null;
        }
        return executed.value().multiply(BigDecimal.valueOf(100)).divide(initialBudget.value(), MathContext.DECIMAL64);
    }

    /** True when the line prints a 年初预算数 that differs from its 全年预算数 (the budget was adjusted). */
    public boolean budgetAdjusted() {
        return initialBudget != null && budget != null && initialBudget.value().compareTo(budget.value()) != 0;
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
