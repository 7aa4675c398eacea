package cn.jsaudit.ruleapi;

import cn.jsaudit.model.Amount;
import cn.jsaudit.model.ExecutionLine;
import cn.jsaudit.model.FormKind;
import cn.jsaudit.model.FormNumber;
import cn.jsaudit.model.PerformanceForm;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The project forms' 执行数 set against the tables' 项目支出: all of them add up to it, or only some of them do (the
 * others are paid outside the unit's accounts, e.g. 财政代列), or none does.
 *
 * @param inside    the forms whose 执行数 make up the tables' amount (all forms when none do)
 * @param outside   the forms left out of it
 * @param sum       Σ 执行数 of {@code inside}
 * @param tolerance the rounding of the amounts compared
 * @param matched   true when {@code inside} adds up to the tables' amount within the tolerance
 */
public record FormsCoverage(List<ExecutionLine> inside, List<ExecutionLine> outside, BigDecimal sum,
                            BigDecimal tolerance, boolean matched) {

    /** Σ 执行数 of all the forms. */
    public BigDecimal all() {
        return sum.add(outside.stream().map(l -> l.executed().value()).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** How the project forms' totals cover the tables' amount; the smallest difference wins, a unique subset only. */
    public static List<FormsCoverage> of(Collection<PerformanceForm> forms, Collection<ExecutionLine> lines, Amount table,
                                         int limit) {
        Set<String> projects = forms.stream().filter(f -> f.kind() == FormKind.PROJECT)
                .map(PerformanceForm::id).collect(Collectors.toSet());
        List<ExecutionLine> totals = lines.stream()
                .filter(l -> l.total() && l.executed() != null && projects.contains(l.form()))
                .sorted(java.util.Comparator.comparing(ExecutionLine::form)).toList();
        if (totals.isEmpty()) {
            return List.of();
        }
        FormsCoverage all = coverage(totals, List.of(), table);
        if (all.matched() || totals.size() > limit) {
            return List.of(all);
        }
        FormsCoverage found = null;
        int hits = 0;
        for (int mask = 1; mask < (1 << totals.size()) - 1; mask++) {
            List<ExecutionLine> in = new ArrayList<>();
            List<ExecutionLine> out = new ArrayList<>();
            for (int k = 0; k < totals.size(); k++) {
                ((mask >> k & 1) == 1 ? in : out).add(totals.get(k));
            }
            FormsCoverage c = coverage(in, out, table);
            if (c.matched()) {
                hits++;
                found = c;
            }
        }
        return List.of(hits == 1 ? found : all);
    }

    private static FormsCoverage coverage(List<ExecutionLine> in, List<ExecutionLine> out, Amount table) {
        BigDecimal sum = in.stream().map(l -> l.executed().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tolerance = in.stream().map(ExecutionLine::executed).filter(n -> !n.isZero()).map(FormNumber::halfStep)
                .reduce(table.halfStep(), BigDecimal::add);
        return new FormsCoverage(in, out, sum, tolerance, sum.subtract(table.value()).abs().compareTo(tolerance) <= 0);
    }
}
