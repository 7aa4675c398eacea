package cn.jsaudit.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A submission's performance forms: planned once from its accounts with an anomaly now and then, then printed in
 * one form layout into each table layout's workbook (or into a workbook of their own), with the findings the form
 * rules must give. Every table layout of a submission carries the same forms.
 */
final class PerformanceForms {

    /** The rules whose findings on generated forms the truth predicts in full. */
    static final List<String> MODELLED = List.of("P-读取存疑", "P-得分-超分值", "P-总分-合计", "P-分值-合计", "P-分值-合计栏",
            "P-分值-分组", "P-指标-定量得分", "P-指标-未达标满分", "P-指标-未达标", "P-完成率-超百", "P-执行率-复核",
            "P-执行率-口径", "P-执行率-零预算", "P-执行率-超百", "P-执行率-得分", "P-文字-分项合计", "P-文字-数量单价",
            "P-文字-金额单位", "P-文字-完成金额", "P-文字-成本分解", "P-目标-抄录", "P-目标-过时", "P-指标-单价",
            "P-整体-调整率", "P-整体-及时性", "P-项目-表间", "P-项目-表外", "P-指标-年度", "P-指标-重复",
            "P-整体-项目指标", "P-单位-名称", "P-单位-笔误", "P-签字-不一致");

    private static final String FAMILY = "绩效自评";

    private final Accounts a;
    private final FormLayout layout;
    private final List<FormPlan> plans;
    /** The anomalies injected, each with the index of its form. */
    private final List<Map.Entry<FormAnomaly, Integer>> injected = new ArrayList<>();
    private final Map<String, String> cells = new HashMap<>();

    PerformanceForms(Accounts a, FormLayout layout, Random rnd, List<FormAnomaly> anomalies) {
        this.a = a;
        this.layout = layout;
        FormPlanner planner = new FormPlanner(a, rnd);
        plans = planner.numbers();
        long uncovered = a.sum(Accounts.Item::project) - plans.stream().filter(p -> !p.department).mapToLong(p -> p.executed).sum();
        List<Map.Entry<FormAnomaly, Integer>> targets = new ArrayList<>();
        for (FormAnomaly k : anomalies) {
            int index = target(k, rnd);
            if (index >= 0) {
                targets.add(Map.entry(k, index));
                k.numbers(plans, plans.get(index), rnd, uncovered);
            }
        }
        planner.words(plans);
        for (Map.Entry<FormAnomaly, Integer> t : targets) {
            // a form may lose what the anomaly needs once its words are planned (too little money to split)
            if (t.getKey().applies(plans.get(t.getValue()))) {
                t.getKey().words(plans, plans.get(t.getValue()), rnd);
                injected.add(t);
            }
        }
    }

    /** Draws at most one anomaly, with the given probability. */
    static List<FormAnomaly> choose(Random rnd, double rate) {
        return rnd.nextDouble() < rate ? List.of(FormAnomaly.values()[rnd.nextInt(FormAnomaly.values().length)]) : List.of();
    }

    /** Prints the forms into {@code main}, or into a workbook of their own, which is returned (null otherwise). */
    XSSFWorkbook print(Workbook main) {
        XSSFWorkbook own = layout.inMainWorkbook() ? null : new XSSFWorkbook();
        FormsWriter writer = new FormsWriter(own == null ? main : own, layout, a.unit, a.year);
        writer.write(plans);
        cells.putAll(writer.cells());
        return own;
    }

    /** The anomalies injected, at their cells as last printed ({@code table}: the 03 table's 项目支出 cell). */
    List<Truth.InjectedAnomaly> anomalies(String table) {
        List<Truth.InjectedAnomaly> out = new ArrayList<>();
        for (Map.Entry<FormAnomaly, Integer> i : injected) {
            FormAnomaly k = i.getKey();
            out.add(new Truth.InjectedAnomaly(k.name(), k.label(), FAMILY, k.severity(), List.of(), List.of(cell(i, table))));
        }
        return out;
    }

    /**
     * The findings the form rules must give: one per anomaly, and the rounding note the forms' 执行数 leave against
     * the 03 table's 项目支出 ({@code total}, printed at {@code table}).
     */
    List<Truth.ExpectedFinding> expected(PrintedAmount total, String table) {
        List<Truth.ExpectedFinding> out = new ArrayList<>();
        for (Map.Entry<FormAnomaly, Integer> i : injected) {
            boolean atTable = i.getKey().cellKey(i.getValue(), plans.get(i.getValue())).equals(FormAnomaly.TABLE);
            out.add(finding(i.getKey().rule(), i.getKey().severity(), cell(i, table), atTable ? total : null));
        }
        if (total != null && total.isNumber() && out.stream().noneMatch(e -> e.rule().equals("P-项目-表间"))) {
            roundingNote(total).ifPresent(n -> out.add(finding("P-项目-表间", "INFO", table, total)));
        }
        return out;
    }

    private String cell(Map.Entry<FormAnomaly, Integer> i, String table) {
        String key = i.getKey().cellKey(i.getValue(), plans.get(i.getValue()));
        return key.equals(FormAnomaly.TABLE) ? table : cells.get(key);
    }

    /** The form the anomaly goes into: a random one it applies to; -1 when none does. */
    private int target(FormAnomaly k, Random rnd) {
        long projects = plans.stream().filter(p -> !p.department).count();
        if (k.needsAnotherProject() && projects < 2) {
            return -1;
        }
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            // statements are planned with the words: the first project states a breakdown, the second heads × price
            boolean applies = switch (k) {
                case TEXT_SUM -> i == 0 && !plans.get(i).department;
                case TEXT_PRODUCT -> i == 1 && !plans.get(i).department;
                default -> k.applies(plans.get(i));
            };
            if (applies) {
                candidates.add(i);
            }
        }
        return candidates.isEmpty() ? -1 : candidates.get(rnd.nextInt(candidates.size()));
    }

    /**
     * The note P-项目-表间 gives when the forms' printed 执行数 add up to the 03 table's 项目支出 only within rounding:
     * each amount printed to 0.01 万元 on its own.
     */
    private Optional<BigDecimal> roundingNote(PrintedAmount total) {
        List<FormPlan> projects = plans.stream().filter(p -> !p.department).toList();
        BigDecimal sum = projects.stream().map(p -> Money.wan(p.executed)).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tolerance = BigDecimal.valueOf(5, 3).multiply(BigDecimal.valueOf(projects.size() + 1L));
        BigDecimal diff = sum.subtract(total.value).abs();
        return projects.isEmpty() || diff.signum() == 0 || diff.compareTo(tolerance) > 0 ? Optional.empty() : Optional.of(sum);
    }

    private static Truth.ExpectedFinding finding(String rule, String severity, String at, PrintedAmount amount) {
        int bang = at.lastIndexOf('!');
        return new Truth.ExpectedFinding(rule, severity, at.substring(0, bang), at.substring(bang + 1),
                amount == null ? null : amount.role, amount == null ? null : amount.table,
                amount == null ? null : amount.row(), amount == null ? null : amount.column, null, null, null);
    }

    /** The 03 table's 合计 项目支出 among the statement's amounts, or null. */
    static PrintedAmount projectTotal(List<PrintedAmount> amounts) {
        return amounts.stream().filter(p -> "03".equals(p.table) && p.isTotal() && p.col == 3).findFirst().orElse(null);
    }
}
