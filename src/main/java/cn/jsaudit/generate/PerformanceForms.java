package cn.jsaudit.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A submission's performance forms: planned from its accounts, an anomaly injected now and then, printed in one
 * layout into the main workbook or a workbook of their own, with the findings the form rules must give.
 */
final class PerformanceForms {

    /** The rules whose findings on generated forms the truth predicts in full. */
    static final List<String> MODELLED = List.of("P-读取存疑", "P-得分-超分值", "P-总分-合计", "P-分值-合计", "P-分值-合计栏",
            "P-分值-分组", "P-指标-定量得分", "P-指标-未达标满分", "P-指标-未达标", "P-完成率-超百", "P-执行率-复核",
            "P-执行率-口径", "P-执行率-零预算", "P-执行率-超百", "P-执行率-得分", "P-文字-分项合计", "P-文字-数量单价",
            "P-文字-金额单位", "P-文字-完成金额", "P-文字-成本分解", "P-目标-抄录", "P-目标-过时", "P-指标-单价",
            "P-整体-调整率", "P-整体-及时性", "P-项目-表间", "P-项目-表外", "P-指标-年度", "P-指标-重复",
            "P-整体-项目指标", "P-单位-名称", "P-单位-笔误", "P-签字-不一致");

    /** What was written: the forms' own workbook (null when they went into the main one), anomalies, findings. */
    record Written(XSSFWorkbook workbook, List<Truth.InjectedAnomaly> anomalies, List<Truth.ExpectedFinding> expected) {
    }

    private final Accounts a;
    private final FormLayout layout;
    private final Random rnd;
    private final List<FormAnomaly> anomalies;

    PerformanceForms(Accounts a, FormLayout layout, Random rnd, List<FormAnomaly> anomalies) {
        this.a = a;
        this.layout = layout;
        this.rnd = rnd;
        this.anomalies = anomalies;
    }

    /** Draws at most one anomaly, with the given probability. */
    static List<FormAnomaly> choose(Random rnd, double rate) {
        return rnd.nextDouble() < rate ? List.of(FormAnomaly.values()[rnd.nextInt(FormAnomaly.values().length)]) : List.of();
    }

    /**
     * Writes the forms into {@code main} or a workbook of their own. {@code printed} holds the tables' amounts: the
     * forms' 执行数 are set against the 03 table's 项目支出.
     */
    Written write(XSSFWorkbook main, List<PrintedCell> printed) {
        FormPlanner planner = new FormPlanner(a, rnd);
        List<FormPlan> plans = planner.numbers();
        long uncovered = a.sum(Accounts.Item::project) - plans.stream().filter(p -> !p.department).mapToLong(p -> p.executed).sum();
        List<int[]> targets = new ArrayList<>(); // {anomaly ordinal, form index}
        for (FormAnomaly k : anomalies) {
            int index = target(k, plans);
            if (index >= 0) {
                targets.add(new int[] {k.ordinal(), index});
                k.numbers(plans, plans.get(index), rnd, uncovered);
            }
        }
        planner.words(plans);
        for (int[] t : targets) {
            FormAnomaly k = FormAnomaly.values()[t[0]];
            if (k.applies(plans.get(t[1]))) {
                k.words(plans, plans.get(t[1]), rnd);
            }
        }
        XSSFWorkbook own = layout.inMainWorkbook() ? null : new XSSFWorkbook();
        FormsWriter writer = new FormsWriter(own == null ? main : own, layout, a.unit, a.year);
        writer.write(plans);
        Map<String, String> cells = new java.util.HashMap<>(writer.cells());
        PrintedCell table = projectTotal(printed);
        List<Truth.InjectedAnomaly> injected = new ArrayList<>();
        List<Truth.ExpectedFinding> expected = new ArrayList<>();
        for (int[] t : targets) {
            FormAnomaly k = FormAnomaly.values()[t[0]];
            FormPlan p = plans.get(t[1]);
            if (!k.applies(p)) {
                continue; // the form lost what the anomaly needs (a FORMS_OVER_TABLES project too small to split)
            }
            String at = k.cellKey(t[1], p).equals(FormAnomaly.TABLE) ? table.toString() : cells.get(k.cellKey(t[1], p));
            injected.add(new Truth.InjectedAnomaly(k.name(), k.label(), List.of(at)));
            expected.add(finding(k.rule(), k.severity(), at));
        }
        if (table != null && table.isNumber() && expected.stream().noneMatch(e -> e.rule().equals("P-项目-表间"))) {
            roundingNote(plans, table).ifPresent(expected::add);
        }
        return new Written(own, injected, expected);
    }

    /** The form the anomaly goes into: a random one it applies to; -1 when none does. */
    private int target(FormAnomaly k, List<FormPlan> plans) {
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
    private static java.util.Optional<Truth.ExpectedFinding> roundingNote(List<FormPlan> plans, PrintedCell table) {
        List<FormPlan> projects = plans.stream().filter(p -> !p.department).toList();
        BigDecimal sum = projects.stream().map(p -> Money.wan(p.executed)).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tolerance = BigDecimal.valueOf(5, 3).multiply(BigDecimal.valueOf(projects.size() + 1L));
        BigDecimal diff = sum.subtract(table.value).abs();
        if (projects.isEmpty() || diff.signum() == 0 || diff.compareTo(tolerance) > 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(finding("P-项目-表间", "INFO", table.toString()));
    }

    private static Truth.ExpectedFinding finding(String rule, String severity, String at) {
        int bang = at.lastIndexOf('!');
        return new Truth.ExpectedFinding(rule, severity, at.substring(0, bang), at.substring(bang + 1));
    }

    /** The 03 table's 合计 项目支出 as printed. */
    private static PrintedCell projectTotal(List<PrintedCell> printed) {
        return printed.stream().filter(p -> "03".equals(p.table) && p.isTotal() && p.col == 3).findFirst().orElse(null);
    }
}
