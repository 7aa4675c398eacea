package cn.jsaudit.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

/**
 * Errors of the performance forms the way a reviewer meets them, each of a family the form rules catch. An anomaly
 * changes a form's figures ({@link #numbers}, before the texts are written) or its words ({@link #words}, after),
 * and names the rule, severity and cell the screening must report.
 */
enum FormAnomaly {
    RATE_MISCOMPUTED("执行率与执行数/预算数不符", "P-执行率-复核", "ERROR", ".rate") {
        @Override
        void numbers(List<FormPlan> plans, FormPlan p, Random rnd, long uncovered) {
            BigDecimal rate = new BigDecimal(p.rate);
            BigDecimal onInitial = FormPlanner.rate(p.executed, p.initialBudget);
            BigDecimal shifted;
            do {
                BigDecimal delta = BigDecimal.valueOf(30 + rnd.nextInt(270), 2);
                shifted = rate.add(delta).compareTo(BigDecimal.valueOf(100)) > 0 ? rate.subtract(delta) : rate.add(delta);
            } while (shifted.subtract(onInitial).abs().compareTo(BigDecimal.ONE) < 0);
            p.rate = shifted.toPlainString(); // the score stays that of the true rate
        }
    },
    RATE_ON_INITIAL("执行率以年初预算数为分母", "P-执行率-口径", "WARNING", ".rate") {
        @Override
        boolean applies(FormPlan p) {
            return !p.department && !p.initialStated; // a new 年初预算数 would also contradict the narrative
        }

        @Override
        void numbers(List<FormPlan> plans, FormPlan p, Random rnd, long uncovered) {
            p.initialBudget = FormPlanner.roundToHundredYuan(p.budget * (1.1 + 0.3 * rnd.nextDouble()));
            FormPlanner.setRate(p, FormPlanner.rate(p.executed, p.initialBudget));
        }
    },
    TOTAL_NOT_SUM("总分与各项得分之和不符", "P-总分-合计", "ERROR", ".total") {
        @Override
        boolean applies(FormPlan p) {
            return true;
        }

        @Override
        void words(List<FormPlan> plans, FormPlan p, Random rnd) {
            BigDecimal sum = new BigDecimal(p.execScore);
            for (FormPlan.Indicator i : p.indicators) {
                sum = sum.add(new BigDecimal(i.score));
            }
            p.total = sum.add(BigDecimal.valueOf(2 + rnd.nextInt(9))).toPlainString();
        }
    },
    SCORE_OVER_WEIGHT("得分超过分值", "P-得分-超分值", "ERROR", ".ind.{服务水平}.score") {
        @Override
        void words(List<FormPlan> plans, FormPlan p, Random rnd) {
            FormPlan.Indicator i = p.indicator(p.term + "服务水平");
            i.score = new BigDecimal(i.weight).add(BigDecimal.valueOf(1 + rnd.nextInt(5))).toPlainString();
        }
    },
    MISSED_FULL_SCORE("未达标指标得满分且未说明原因", "P-指标-未达标满分", "WARNING", ".ind.{工作合格率}.actual") {
        @Override
        void words(List<FormPlan> plans, FormPlan p, Random rnd) {
            p.indicator(p.term + "工作合格率").actual = (80 + rnd.nextInt(14)) + "%";
        }
    },
    TEXT_SUM("目标文字所列各项之和与合计不符", "P-文字-分项合计", "ERROR", ".actual") {
        @Override
        boolean applies(FormPlan p) {
            return p.statement.equals(FormPlan.BREAKDOWN);
        }

        @Override
        void words(List<FormPlan> plans, FormPlan p, Random rnd) {
            String line = p.actualGoals.get(1);
            String executed = FormPlanner.wan(p.executed);
            String other = FormPlanner.wan(p.executed + 10_000L * (100 + rnd.nextInt(5000)));
            p.actualGoals.set(1, line.replace("共" + executed + "万元", "共" + other + "万元"));
        }
    },
    TEXT_PRODUCT("目标文字的人数 × 单价与合计不符", "P-文字-数量单价", "ERROR", ".actual") {
        @Override
        boolean applies(FormPlan p) {
            return p.statement.equals(FormPlan.HEADS);
        }

        @Override
        void words(List<FormPlan> plans, FormPlan p, Random rnd) {
            String line = p.actualGoals.get(1);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("已对(\\d+)名").matcher(line);
            m.find();
            long heads = Long.parseLong(m.group(1));
            p.actualGoals.set(1, line.replace("已对" + heads + "名", "已对" + (heads + 1 + heads / 5 + rnd.nextInt(50)) + "名"));
        }
    },
    UNIT_SLIP("完成情况中的金额单位错写为元", "P-文字-金额单位", "INFO", ".actual") {
        @Override
        void words(List<FormPlan> plans, FormPlan p, Random rnd) {
            String executed = FormPlanner.wan(p.executed);
            p.actualGoals.set(0, p.actualGoals.get(0).replace("实际支出" + executed + "万元", "实际支出" + executed + "元"));
        }
    },
    COPIED_GOAL("项目目标抄自另一项目", "P-目标-抄录", "WARNING", ".target") {
        @Override
        boolean needsAnotherProject() {
            return true;
        }

        @Override
        void words(List<FormPlan> plans, FormPlan p, Random rnd) {
            FormPlan other = plans.stream().filter(o -> !o.department && o != p).findFirst().orElseThrow();
            p.targetGoals.set(2, other.targetGoals.get(2));
            p.actualGoals.set(2, other.actualGoals.get(2));
        }
    },
    FORMS_OVER_TABLES("项目表执行数合计超过公开表项目支出", "P-项目-表间", "WARNING", "table.project") {
        @Override
        void numbers(List<FormPlan> plans, FormPlan p, Random rnd, long uncovered) {
            long delta = uncovered + 10_000L * (100 + rnd.nextInt(2000));
            p.executed += delta;
            p.fiscal += delta;
            p.budget += delta;
            p.initialBudget += delta;
            FormPlanner.setRate(p, FormPlanner.rate(p.executed, p.budget));
        }
    },
    ADJUSTMENT_RATE("部门整体表的预算调整率与预算数不符", "P-整体-调整率", "WARNING", ".ind.{预算调整率}.actual") {
        @Override
        boolean applies(FormPlan p) {
            return p.department;
        }

        @Override
        void words(List<FormPlan> plans, FormPlan p, Random rnd) {
            BigDecimal stated = new BigDecimal(FormPlanner.adjustment(p)).add(BigDecimal.valueOf(5 + rnd.nextInt(11)));
            p.indicator("预算调整率").actual = stated.toPlainString() + "%";
        }
    };

    /** The cell key of the tables' 项目支出 total (FORMS_OVER_TABLES points there), filled in by the caller. */
    static final String TABLE = "table.project";

    private final String label;
    private final String rule;
    private final String severity;
    private final String cell;

    FormAnomaly(String label, String rule, String severity, String cell) {
        this.label = label;
        this.rule = rule;
        this.severity = severity;
        this.cell = cell;
    }

    String label() {
        return label;
    }

    String rule() {
        return rule;
    }

    String severity() {
        return severity;
    }

    /** The key of the cell the finding points at, for the form at {@code index} ("{…}" is the project's word). */
    String cellKey(int index, FormPlan p) {
        if (cell.equals(TABLE)) {
            return TABLE;
        }
        return index + cell.replace("{", p.term).replace("}", "");
    }

    /** True when the anomaly can be injected into the form (by default: a project form). */
    boolean applies(FormPlan p) {
        return !p.department;
    }

    boolean needsAnotherProject() {
        return false;
    }

    void numbers(List<FormPlan> plans, FormPlan p, Random rnd, long uncovered) {
    }

    void words(List<FormPlan> plans, FormPlan p, Random rnd) {
    }
}
