package cn.jsaudit.ruleapi;

import cn.jsaudit.model.ExecutionLine;
import cn.jsaudit.model.FormKind;
import cn.jsaudit.model.PerformanceForm;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The 年初 and 全年 budgets behind a 部门整体 form: its own execution line when it prints both, else the sum of the
 * project forms' totals that do.
 *
 * @param initial the 年初预算数
 * @param budget  the 全年预算数
 * @param projectForms how many project forms were summed; 0 when the department form prints both itself
 */
public record FormTotals(BigDecimal initial, BigDecimal budget, int projectForms) {

    /** (全年 − 年初) / 年初 in percentage points. */
    public BigDecimal adjustmentRate() {
        return budget.subtract(initial).multiply(BigDecimal.valueOf(100)).divide(initial, MathContext.DECIMAL64);
    }

    /** The budgets behind the department form; empty when neither it nor any project form prints both. */
    public static List<FormTotals> of(PerformanceForm dept, Collection<PerformanceForm> forms,
                                      Collection<ExecutionLine> lines) {
        List<ExecutionLine> own = lines(lines).stream().filter(l -> l.form().equals(dept.id())).toList();
        if (!own.isEmpty()) {
            return sum(own, 0);
        }
        Set<String> projects = forms.stream().filter(f -> f.kind() == FormKind.PROJECT)
                .map(PerformanceForm::id).collect(Collectors.toSet());
        List<ExecutionLine> theirs = lines(lines).stream().filter(l -> projects.contains(l.form())).toList();
        return sum(theirs, theirs.size());
    }

    private static List<ExecutionLine> lines(Collection<ExecutionLine> lines) {
        return lines.stream()
                .filter(l -> l.total() && l.initialBudget() != null && l.budget() != null).toList();
    }

    private static List<FormTotals> sum(List<ExecutionLine> lines, int projectForms) {
        BigDecimal initial = lines.stream().map(l -> l.initialBudget().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal budget = lines.stream().map(l -> l.budget().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return lines.isEmpty() || initial.signum() == 0 ? List.of() : List.of(new FormTotals(initial, budget, projectForms));
    }
}
