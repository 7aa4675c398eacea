package cn.jsaudit.generate;

import cn.jsaudit.generate.Accounts.Item;
import cn.jsaudit.generate.Accounts.ThreePublic;
import cn.jsaudit.generate.Catalogue.FunctionClass;
import cn.jsaudit.generate.Catalogue.Line;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The 情况说明 as units write it: one section per table restating amounts, shares of a base (占…%), changes on
 * last year (增加…万元，增长…%) and the reason. Amounts are the printed 万元 figures of the true accounts, shares
 * and growth are computed from those printed figures and rounded to one decimal.
 */
final class NarrativeWriter {

    private static final String[] UP_REASONS = {"人员增加及工资标准调整", "新增专项工作任务，财政追加预算",
        "机关事业单位养老保险缴费基数调整", "信息化建设项目支出增加"};
    private static final String[] DOWN_REASONS = {"严格落实过紧日子要求，压减一般性支出", "上年一次性项目本年不再安排",
        "部分人员退休，人员经费减少", "项目支出减少"};

    private static final java.util.Set<String> THREE_PUBLIC_LINES = java.util.Set.of("30212", "30217", "30231", "31013");

    private final Accounts a;
    private final Random rnd;
    private final StringBuilder b = new StringBuilder();

    NarrativeWriter(Accounts a, Random rnd) {
        this.a = a;
        this.rnd = rnd;
    }

    String write() {
        int y = a.year;
        line(a.unit + y + " 年度部门决算");
        line("第三部分 " + y + " 年度部门决算情况说明");
        line("一、收入支出决算总体情况说明");
        BigDecimal grand = Money.wan(a.grandTotal());
        line(y + " 年度收、支总计均为 " + amt(grand) + " 万元。" + change("收、支总计各", grand, Money.wan(a.priorGrandTotal)));
        line("二、收入决算情况说明");
        BigDecimal income = Money.wan(a.income());
        BigDecimal fiscalIncome = Money.wan(a.sum(Item::fiscalIncome));
        BigDecimal other = Money.wan(a.sum(Item::otherIncome));
        line(y + " 年度收入合计 " + amt(income) + " 万元，" + change("收入合计", income, Money.wan(a.priorIncome))
                + "其中：财政拨款收入 " + amt(fiscalIncome) + " 万元，占本年收入 " + share(fiscalIncome, income)
                + "；上级补助收入 0 万元，占本年收入 0%；事业收入 " + amt(a.institution ? other : BigDecimal.ZERO)
                + " 万元，占本年收入 " + share(a.institution ? other : BigDecimal.ZERO, income)
                + "；经营收入 0 万元，占本年收入 0%；附属单位上缴收入 0 万元，占本年收入 0%；其他收入 "
                + amt(a.institution ? BigDecimal.ZERO : other) + " 万元，占本年收入 "
                + share(a.institution ? BigDecimal.ZERO : other, income) + "。");
        line("三、支出决算情况说明");
        BigDecimal expense = Money.wan(a.expense());
        BigDecimal basic = Money.wan(a.sum(Item::basic));
        BigDecimal project = Money.wan(a.sum(Item::project));
        line(y + " 年度支出合计 " + amt(expense) + " 万元，" + change("支出合计", expense, Money.wan(a.priorExpense))
                + "其中：基本支出 " + amt(basic) + " 万元，占本年支出 " + share(basic, expense) + "；项目支出 " + amt(project)
                + " 万元，占本年支出 " + share(project, expense) + "；上缴上级支出 0 万元，占本年支出 0%；经营支出 0 万元，"
                + "占本年支出 0%；对附属单位补助支出 0 万元，占本年支出 0%。");
        line("四、财政拨款收入支出决算总体情况说明");
        BigDecimal fiscalGrand = Money.wan(a.fiscalGrandTotal());
        line(y + " 年度财政拨款收、支总计均为 " + amt(fiscalGrand) + " 万元。"
                + change("财政拨款收、支总计各", fiscalGrand, Money.wan(a.priorFiscalGrandTotal)));
        generalBudget(expense);
        basicSpending();
        line("七、政府性基金预算财政拨款收入支出决算情况说明");
        line(y + " 年度政府性基金预算财政拨款年初结转和结余 0 万元，本年收入 0 万元，本年支出 0 万元，年末结转和结余 0 万元。"
                + "具体支出情况为：" + y + " 年本单位无政府性基金预算财政拨款支出。");
        line("八、国有资本经营预算财政拨款支出决算情况说明");
        line(y + " 年度国有资本经营预算财政拨款本年支出 0 万元。具体支出情况为：" + y + " 年度无国有资本经营预算财政拨款支出。");
        threePublic();
        otherSections();
        return b.toString();
    }

    /** 十 to 十三: the sections every 情况说明 must have, with amounts that add up. */
    private void otherSections() {
        int y = a.year;
        line("十、机关运行经费支出说明");
        line(a.institution ? "本单位为事业单位，不涉及机关运行经费。"
                : y + " 年度本单位机关运行经费支出 " + amt(Money.wan(a.goods())) + " 万元，主要用于办公费、差旅费、水电费、公务用车运行维护费等支出。");
        line("十一、政府采购支出说明");
        BigDecimal goods = Money.wan(a.economic.get("31002"));
        BigDecimal services = Money.wan(a.economic.get("30209"));
        BigDecimal total = goods.add(services);
        line("本部门 " + y + " 年度政府采购支出总额 " + amt(total) + " 万元，其中：政府采购货物支出 " + amt(goods)
                + " 万元、政府采购工程支出 0 万元、政府采购服务支出 " + amt(services) + " 万元。");
        line("十二、国有资产占用情况说明");
        int cars = a.economic.get("30231") > 0 ? 1 + (a.staff / 30) : 0;
        line("截至 " + y + " 年 12 月 31 日，本单位共有车辆 " + cars + " 辆；单位价值 100 万元以上专用设备 0 台（套）。");
        line("十三、预算绩效情况说明");
        long projects = a.items.stream().filter(i -> i.projectFiscal > 0).count();
        BigDecimal projectFiscal = Money.wan(a.sum(i -> i.projectFiscal));
        line(projects == 0 ? "本年度无一般公共预算项目支出，未开展项目支出绩效自评。"
                : "根据预算绩效管理要求，本部门组织对 " + y + " 年度一般公共预算项目支出全面开展绩效自评，共涉及项目 " + projects
                        + " 个，资金 " + amt(projectFiscal) + " 万元。");
    }

    private void generalBudget(BigDecimal expense) {
        int y = a.year;
        BigDecimal fiscal = Money.wan(a.sum(Item::fiscal));
        line("五、一般公共预算财政拨款支出决算情况说明");
        line("（一）一般公共预算财政拨款支出决算总体情况。");
        line(y + " 年度一般公共预算财政拨款支出 " + amt(fiscal) + " 万元，占本年支出合计的 " + share(fiscal, expense) + "。"
                + change("一般公共预算财政拨款支出", fiscal, Money.wan(a.priorFiscal)));
        line("（二）一般公共预算财政拨款支出决算结构情况。");
        StringBuilder s = new StringBuilder(y + " 年度一般公共预算财政拨款支出 " + amt(fiscal) + " 万元，主要用于以下方面：");
        int n = 1;
        for (Map.Entry<FunctionClass, Long> e : a.byClass(Item::fiscal).entrySet()) {
            BigDecimal v = Money.wan(e.getValue());
            s.append(n++).append('.').append(e.getKey().name()).append("（类）").append(amt(v)).append(" 万元，占 ")
                    .append(share(v, fiscal)).append("；");
        }
        s.setCharAt(s.length() - 1, '。');
        line(s.toString());
        line("（三）一般公共预算财政拨款支出决算具体情况。");
        BigDecimal budget = Money.wan(a.sum(i -> i.budget));
        line(y + " 年度一般公共预算财政拨款支出年初预算为 " + amt(budget) + " 万元，支出决算为 " + amt(fiscal)
                + " 万元，完成年初预算的 " + share(fiscal, budget) + "。其中：");
        n = 1;
        for (Item i : a.items) {
            if (i.fiscal() == 0) {
                continue;
            }
            BigDecimal actual = Money.wan(i.fiscal());
            BigDecimal plan = Money.wan(i.budget);
            int cmp = actual.compareTo(plan);
            String why = cmp == 0 ? "支出决算数与年初预算数一致。"
                    : cmp > 0 ? "决算数大于年初预算数的主要原因是" + pick(UP_REASONS) + "。"
                    : "决算数小于年初预算数的主要原因是" + pick(DOWN_REASONS) + "。";
            line(n++ + "." + i.cls.name() + "（类）" + i.section.name() + "（款）" + i.line.name() + "（项）。年初预算为 "
                    + amt(plan) + " 万元，支出决算为 " + amt(actual) + " 万元，完成年初预算的 " + share(actual, plan) + "，" + why);
        }
    }

    private void basicSpending() {
        line("六、一般公共预算财政拨款基本支出决算情况说明");
        BigDecimal personnel = Money.wan(a.personnel());
        BigDecimal goods = Money.wan(a.goods());
        line(a.year + " 年度一般公共预算财政拨款基本支出 " + amt(Money.wan(a.personnel() + a.goods())) + " 万元，其中：");
        line("人员经费 " + amt(personnel) + " 万元，主要包括：" + lines(Catalogue.PERSONNEL) + "。");
        List<Line> goodsLines = new ArrayList<>(Catalogue.GOODS);
        goodsLines.addAll(Catalogue.OTHER);
        line("公用经费 " + amt(goods) + " 万元，主要包括：" + lines(goodsLines) + "。");
    }

    private String lines(List<Line> lines) {
        List<String> parts = new ArrayList<>();
        for (Line l : lines) {
            Long fen = a.economic.get(l.code());
            // 三公 lines are told in section 九 with their project part; here they would read as a second, smaller figure.
            if (l.code().length() == 5 && fen != null && fen > 0 && !THREE_PUBLIC_LINES.contains(l.code())) {
                parts.add(l.name() + " " + amt(Money.wan(fen)) + " 万元");
            }
        }
        return parts.isEmpty() ? "无" : String.join("、", parts);
    }

    private void threePublic() {
        line("九、财政拨款“三公”经费支出决算情况说明");
        line("（一）“三公”经费财政拨款支出决算总体情况说明。");
        ThreePublic bud = a.threeBudget;
        ThreePublic act = a.threeActual;
        ThreePublic pri = a.threePrior;
        line(a.year + " 年度“三公”经费财政拨款支出" + execution("全年预算", bud.total(), act.total(), pri.total()));
        line("（二）“三公”经费财政拨款支出决算具体情况说明。");
        line("1.因公出国（境）费" + execution("全年预算", bud.abroad(), act.abroad(), pri.abroad()));
        line("2.公务用车购置及运行维护费" + execution("全年预算", bud.cars(), act.cars(), pri.cars()) + "其中：");
        line("（1）公务用车购置费支出 " + amt(Money.wan(act.carPurchase())) + " 万元。");
        line("（2）公务用车运行维护费支出 " + amt(Money.wan(act.carRunning())) + " 万元，主要用于公务用车燃料费、维修费、保险费等支出。");
        line("3.公务接待费" + execution("全年预算", bud.reception(), act.reception(), pri.reception()));
    }

    /** "全年预算为 … 万元，支出决算为 … 万元，完成全年预算的 …%。较上年…" with the reason for any gap. */
    private String execution(String what, long budgetFen, long actualFen, long priorFen) {
        BigDecimal budget = Money.wan(budgetFen);
        BigDecimal actual = Money.wan(actualFen);
        StringBuilder s = new StringBuilder(what + "为 " + amt(budget) + " 万元，支出决算为 " + amt(actual) + " 万元");
        if (budget.signum() > 0) {
            s.append("，完成全年预算的 ").append(share(actual, budget));
        }
        s.append("。");
        s.append(change("", actual, Money.wan(priorFen)));
        int cmp = actual.compareTo(budget);
        if (cmp < 0) {
            s.append("决算数小于全年预算数的主要原因是厉行节约，严格控制“三公”经费支出。");
        } else if (cmp > 0) {
            s.append("决算数大于全年预算数的主要原因是上年结转资金安排的支出计入本年决算。");
        }
        return s.toString();
    }

    /** "与 2022 年度相比，…增加 16.10 万元，增长 17.1%，主要原因是…。" */
    private String change(String subject, BigDecimal current, BigDecimal prior) {
        BigDecimal d = current.subtract(prior);
        if (prior.signum() == 0) {
            return d.signum() == 0 ? "与上年持平。" : "较上年增加 " + amt(d.abs()) + " 万元。";
        }
        if (d.signum() == 0) {
            return "与 " + (a.year - 1) + " 年度持平。";
        }
        boolean up = d.signum() > 0;
        BigDecimal pct = d.abs().multiply(BigDecimal.valueOf(100)).divide(prior, 1, RoundingMode.HALF_UP);
        return "与 " + (a.year - 1) + " 年度相比，" + subject + (up ? "增加 " : "减少 ") + amt(d.abs()) + " 万元，"
                + (up ? "增长 " : "下降 ") + pct.toPlainString() + "%，主要原因是" + pick(up ? UP_REASONS : DOWN_REASONS) + "。";
    }

    private static String share(BigDecimal part, BigDecimal base) {
        if (base.signum() == 0 || part.signum() == 0) {
            return "0%";
        }
        BigDecimal pct = part.multiply(BigDecimal.valueOf(100)).divide(base, 1, RoundingMode.HALF_UP);
        return (pct.compareTo(BigDecimal.valueOf(100)) == 0 ? "100" : pct.toPlainString()) + "%";
    }

    private static String amt(BigDecimal wan) {
        return wan.signum() == 0 ? "0" : wan.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private String pick(String[] options) {
        return options[rnd.nextInt(options.length)];
    }

    private void line(String text) {
        b.append(text).append('\n');
    }
}
