package cn.jsaudit.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Plans a submission's performance forms from its accounts, consistent with them and with themselves: one
 * 项目支出绩效自评表 per 项 with 一般公共预算 project spending (执行数 = that 项's project spending, so that the forms
 * add up to the tables' 项目支出 when every project is fiscal), and one 部门整体 form over the whole spending.
 * Numbers are planned first ({@link #numbers}), the words after ({@link #words}), so that an anomaly may change a
 * number and the texts still state it.
 */
final class FormPlanner {

    /** Project themes: the name, and the four characters of it the goals speak of. */
    private static final String[][] THEMES = {
        {"困难群众医疗救助补助", "困难群众"}, {"退役军人参保补助", "退役军人"}, {"乡村医生培训经费", "乡村医生"},
        {"信息系统运行维护经费", "信息系统"}, {"基层服务站建设补助", "基层服务"}, {"农业技术推广示范", "农业技术"},
        {"病虫害统防统治补助", "统防统治"}, {"在职职工健康体检", "在职职工"}, {"防汛抗旱应急保障", "防汛抗旱"},
        {"义务教育学生资助", "义务教育"}};
    /** Breakdown items of a project's money and their cost indicators' names (…费用). */
    private static final String TRAINING = "人员培训";
    /** The 经济分类 款 of 培训费, whose fiscal spending 公开09表 prints where it has a 培训费 column. */
    private static final String TRAINING_LINE = "30216";
    private static final String[] ITEMS = {"设备购置", "宣传印刷", "专家咨询", "场地租赁", "系统运维", TRAINING};
    private static final int[] PRICES = {100, 200, 300, 500};

    static final String EXEC_WEIGHT = "10";
    private static final BigDecimal PRINTED_CENT = new BigDecimal("0.01");

    private final Accounts a;
    private final Random rnd;

    FormPlanner(Accounts a, Random rnd) {
        this.a = a;
        this.rnd = rnd;
    }

    /** The forms' figures: budgets, 执行数, 执行率 and the execution score; the department form last. */
    List<FormPlan> numbers() {
        List<FormPlan> plans = new ArrayList<>();
        List<Accounts.Item> projects = a.items.stream().filter(i -> i.projectFiscal > 0).toList();
        for (int k = 0; k < projects.size(); k++) {
            Accounts.Item item = projects.get(k);
            String[] theme = THEMES[k % THEMES.length];
            String name = k < THEMES.length ? theme[0] : theme[0] + "（" + Catalogue.ORDINALS[k / THEMES.length] + "）";
            FormPlan p = new FormPlan(false, name, theme[1]);
            budget(p, item.project(), item.projectFiscal);
            if (Money.wan(item.fiscal()).subtract(Money.wan(item.project())).abs().compareTo(PRINTED_CENT) <= 0
                    && item.budget > 0) {
                // the narrative states this 项's 年初预算, and its 决算 as printed is the form's 执行数 (within the
                // last digit): a reader takes them for one project, so they have one 年初预算
                p.initialBudget = item.budget;
                p.initialStated = true;
            }
            plans.add(p);
        }
        FormPlan dept = new FormPlan(true, a.unit, "");
        budget(dept, a.expense(), a.sum(Accounts.Item::fiscal));
        plans.add(dept);
        return plans;
    }

    /** 全年预算 a little above 执行数; 年初预算 the same or adjusted by 5–20 %; rate and score from them. */
    private void budget(FormPlan p, long executed, long fiscal) {
        p.executed = executed;
        p.fiscal = Math.min(fiscal, executed);
        double r = 0.9 + 0.1 * rnd.nextDouble();
        p.budget = Math.max(executed, roundToHundredYuan(executed / r));
        if (rnd.nextBoolean()) {
            p.initialBudget = p.budget;
        } else {
            double s = (0.05 + 0.15 * rnd.nextDouble()) * (rnd.nextBoolean() ? 1 : -1);
            p.initialBudget = Math.max(Money.MIN_FEN, roundToHundredYuan(p.budget * (1 + s)));
            if (p.initialBudget == p.budget) {
                p.initialBudget += 1_000_000;
            }
        }
        setRate(p, rate(p.executed, p.budget));
    }

    static long roundToHundredYuan(double fen) {
        return Math.round(fen / 10_000.0) * 10_000;
    }

    /** executed / base in percentage points, two decimals, as printed. */
    static BigDecimal rate(long executed, long base) {
        return BigDecimal.valueOf(executed).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(base), 2, RoundingMode.HALF_UP);
    }

    /** Prints the rate, and the score it earns on the 全年 base. */
    static void setRate(FormPlan p, BigDecimal ratePoints) {
        p.rate = ratePoints.toPlainString();
        BigDecimal onBudget = rate(p.executed, p.budget).min(BigDecimal.valueOf(100));
        p.execWeight = EXEC_WEIGHT;
        p.execScore = new BigDecimal(EXEC_WEIGHT).multiply(onBudget).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    /** The indicators, goal texts and the department's paragraph, stating the planned figures. */
    void words(List<FormPlan> plans) {
        List<FormPlan> projects = plans.stream().filter(p -> !p.department).toList();
        for (int k = 0; k < projects.size(); k++) {
            FormPlan p = projects.get(k);
            int kind = k == 0 ? 0 : k == 1 ? 1 : rnd.nextInt(3); // 0 breakdown, 1 heads × price, 2 plain
            if ((kind == 1 && price(p) == 0) || (kind == 0 && yuan(p.executed) < 10_000)) {
                kind = 2;
            }
            project(p, kind);
        }
        department(plans.get(plans.size() - 1), projects);
    }

    private void project(FormPlan p, int kind) {
        String budget = wan(p.budget);
        String executed = wan(p.executed);
        p.targetGoals.add("目标1：围绕" + p.term + "相关工作组织实施本项目，项目预算金额为" + budget + "万元。");
        p.actualGoals.add("目标1：围绕" + p.term + "相关工作组织实施本项目，项目预算金额为" + budget + "万元，实际支出" + executed + "万元。");
        List<FormPlan.Indicator> costs = new ArrayList<>();
        String out = "产出指标";
        if (kind == 0) {
            p.statement = FormPlan.BREAKDOWN;
            String[] names = pick(3);
            long[] planned = split(p.budget);
            long[] spent = within(planned, p.executed);
            p.targetGoals.add("目标2：项目资金用于" + names[0] + wan(planned[0]) + "万元，" + names[1] + wan(planned[1]) + "万元，"
                    + names[2] + wan(planned[2]) + "万元，共" + budget + "万元。");
            p.actualGoals.add("目标2：项目资金用于" + names[0] + wan(spent[0]) + "万元，" + names[1] + wan(spent[1]) + "万元，"
                    + names[2] + wan(spent[2]) + "万元，共" + executed + "万元。");
            costs.add(new FormPlan.Indicator(out, 50, "成本指标", "总成本", budget + "万元", executed + "万元", "6"));
            for (int i = 0; i < 3; i++) {
                costs.add(new FormPlan.Indicator(out, 50, "成本指标", names[i] + "费用", wan(planned[i]) + "万元",
                        wan(spent[i]) + "万元", "3"));
            }
        } else if (kind == 1) {
            p.statement = FormPlan.HEADS;
            int price = price(p);
            long plannedHeads = heads(p.budget, price);
            long spentHeads = heads(p.executed, price);
            p.targetGoals.add("目标2：计划对" + plannedHeads + "名" + p.term + "对象按人均" + price + "元标准发放补助，共" + budget + "万元。");
            p.actualGoals.add("目标2：已对" + spentHeads + "名" + p.term + "对象按人均" + price + "元标准发放补助，共" + executed + "万元。");
            costs.add(new FormPlan.Indicator(out, 50, "成本指标", "总成本", budget + "万元", executed + "万元", "10"));
            costs.add(new FormPlan.Indicator(out, 50, "成本指标", "人均补助标准", price + "元/人", price + "元/人", "5"));
        } else {
            costs.add(new FormPlan.Indicator(out, 50, "成本指标", "总成本", budget + "万元", executed + "万元", "15"));
        }
        p.targetGoals.add("目标3：保障" + p.term + "相关工作顺利开展，提高服务对象满意度。");
        p.actualGoals.add("目标3：保障" + p.term + "相关工作顺利开展，提高服务对象满意度。");
        int count = 10 + rnd.nextInt(200);
        p.indicators.add(new FormPlan.Indicator(out, 50, "数量指标", p.term + "服务覆盖数", "≥" + count + "个",
                (count + rnd.nextInt(20)) + "个", "15"));
        p.indicators.add(new FormPlan.Indicator(out, 50, "质量指标", p.term + "工作合格率", "≥95%",
                (96 + rnd.nextInt(5)) + "%", "10"));
        p.indicators.add(new FormPlan.Indicator(out, 50, "时效指标", "项目完成时间", a.year + "年12月底前",
                a.year + "年12月底前", "10"));
        p.indicators.addAll(costs);
        benefits(p);
    }

    private void benefits(FormPlan p) {
        String subject = p.department ? "部门" : p.term;
        p.indicators.add(new FormPlan.Indicator("效益指标", 30, "社会效益指标", subject + "服务水平", "有所提升", "明显提升", "15"));
        p.indicators.add(new FormPlan.Indicator("效益指标", 30, "可持续影响指标", subject + "长效机制", "逐步健全", "持续发挥作用", "15"));
        p.indicators.add(new FormPlan.Indicator("满意度指标", 10, "服务对象满意度指标", "服务对象满意度", "≥90%",
                (92 + rnd.nextInt(7)) + "%", "10"));
    }

    /** The department form: budget completion and adjustment as its own figures state them, and its projects. */
    private void department(FormPlan d, List<FormPlan> projects) {
        String out = "产出指标";
        d.targetGoals.add("目标1：全面履行部门职责，年度预算" + wan(d.budget) + "万元。");
        d.actualGoals.add("目标1：全面履行部门职责，全年支出" + wan(d.executed) + "万元。");
        d.indicators.add(new FormPlan.Indicator(out, 50, "资金投入", "预算完成率", "≥90%", d.rate + "%", "15"));
        d.indicators.add(new FormPlan.Indicator(out, 50, "资金投入", "预算调整率", "≤50%", adjustment(d) + "%", "10"));
        d.indicators.add(new FormPlan.Indicator(out, 50, "人员管理", "在职人员控制率", "≤100%", "100%", "10"));
        d.indicators.add(new FormPlan.Indicator(out, 50, "重点工作", "重点工作完成率", "100%", "100%", "15"));
        benefits(d);
        if (projects.size() >= 2) {
            long sum = projects.stream().mapToLong(p -> p.executed).sum();
            StringBuilder b = new StringBuilder("本年度项目支出" + wan(sum) + "万元，其中");
            for (int k = 0; k < projects.size(); k++) {
                b.append(k == 0 ? "" : "，").append(projects.get(k).name).append(wan(projects.get(k).executed)).append("万元");
            }
            d.spendingParagraph = b.append("。").toString();
        }
    }

    /** |全年 − 年初| / 年初, as the department form prints it. */
    static String adjustment(FormPlan d) {
        return BigDecimal.valueOf(Math.abs(d.budget - d.initialBudget)).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(d.initialBudget), 2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A price per head that divides both the budget and the 执行数 into whole heads; 0 when none does. */
    private static int price(FormPlan p) {
        for (int price : PRICES) {
            if (heads(p.budget, price) > 0 && heads(p.executed, price) > 0
                    && yuan(p.budget) % price == 0 && yuan(p.executed) % price == 0) {
                return price;
            }
        }
        return 0;
    }

    private static long heads(long fen, int price) {
        return yuan(fen) / price;
    }

    /** The amount in 元 as printed in 万元 (two decimals): a multiple of 100 元. */
    private static long yuan(long fen) {
        return Money.wan(fen).movePointRight(4).longValueExact();
    }

    /** Three parts of an amount in 分, each a whole 100 元, adding up to its printed 万元 exactly. */
    private long[] split(long fen) {
        long hundreds = yuan(fen) / 100;
        long first = Math.max(1, Math.round(hundreds * (0.3 + 0.3 * rnd.nextDouble())));
        long second = Math.max(1, Math.round((hundreds - first) * (0.3 + 0.4 * rnd.nextDouble())));
        long third = hundreds - first - second;
        return new long[] {first * 10_000, second * 10_000, third * 10_000};
    }

    /**
     * An amount spread over planned parts, none spent beyond its plan: in proportion first (whole 100 元), the rest
     * where the plans leave room.
     */
    private static long[] within(long[] planned, long fen) {
        long total = yuan(fen) / 100;
        long[] plannedHundreds = new long[planned.length];
        long plannedTotal = 0;
        for (int i = 0; i < planned.length; i++) {
            plannedHundreds[i] = planned[i] / 10_000;
            plannedTotal += plannedHundreds[i];
        }
        long[] spent = new long[planned.length];
        long rest = total;
        for (int i = 0; i < planned.length; i++) {
            spent[i] = plannedHundreds[i] * total / plannedTotal;
            rest -= spent[i];
        }
        for (int i = 0; i < planned.length && rest > 0; i++) {
            long room = Math.min(rest, plannedHundreds[i] - spent[i]);
            spent[i] += room;
            rest -= room;
        }
        for (int i = 0; i < spent.length; i++) {
            spent[i] *= 10_000;
        }
        return spent;
    }

    /**
     * {@code n} cost items in random order. No training item where the accounts print no 培训费: a project form's
     * training cost beside a 培训费 of 0 is an anomaly a reviewer asks about (N-会议培训费-自评表), not a clean form.
     * The shuffle is the same either way, so every other submission of a seed stays as it was.
     */
    private String[] pick(int n) {
        List<String> all = new ArrayList<>(List.of(ITEMS));
        java.util.Collections.shuffle(all, rnd);
        if (Money.wan(a.fiscalLine(TRAINING_LINE)).signum() == 0) {
            all.remove(TRAINING);
        }
        return all.subList(0, n).toArray(String[]::new);
    }

    /** 万元 as a writer states it: 123.40 → "123.4", 50.00 → "50". */
    static String wan(long fen) {
        BigDecimal w = Money.wan(fen).stripTrailingZeros();
        return (w.scale() < 0 ? w.setScale(0) : w).toPlainString();
    }
}
