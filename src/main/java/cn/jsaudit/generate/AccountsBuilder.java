package cn.jsaudit.generate;

import cn.jsaudit.generate.Accounts.Item;
import cn.jsaudit.generate.Accounts.ThreePublic;
import cn.jsaudit.generate.Catalogue.FunctionClass;
import cn.jsaudit.generate.Catalogue.Line;
import cn.jsaudit.generate.Catalogue.Section;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Fills {@link Accounts} with plausible amounts: staff costs first, then 公用经费, then spread over 项. */
final class AccountsBuilder {

    /** 人员经费 lines: code, share of pay, probability the unit has it. */
    private static final Object[][] PERSONNEL = {
        {"30101", 0.22, 1.0}, {"30102", 0.12, 0.9}, {"30103", 0.08, 0.7}, {"30106", 0.015, 0.5},
        {"30107", 0.12, 0.9}, {"30108", 0.12, 1.0}, {"30109", 0.035, 0.9}, {"30110", 0.06, 1.0},
        {"30111", 0.01, 0.4}, {"30112", 0.003, 0.6}, {"30113", 0.11, 1.0}, {"30114", 0.01, 0.1},
        {"30199", 0.01, 0.3}, {"30302", 0.05, 0.3}, {"30305", 0.01, 0.2}, {"30399", 0.005, 0.15}};
    /** 公用经费 lines: code, share of 公用经费, probability. */
    private static final Object[][] GOODS = {
        {"30201", 0.2, 1.0}, {"30202", 0.03, 0.4}, {"30205", 0.02, 0.5}, {"30206", 0.06, 0.6},
        {"30207", 0.04, 0.6}, {"30209", 0.06, 0.4}, {"30211", 0.1, 0.9}, {"30213", 0.05, 0.5},
        {"30215", 0.02, 0.3}, {"30216", 0.03, 0.4}, {"30217", 0.02, 0.5}, {"30226", 0.05, 0.3},
        {"30228", 0.1, 1.0}, {"30229", 0.06, 0.7}, {"30231", 0.08, 0.5}, {"30239", 0.05, 0.4},
        {"30240", 0.01, 0.5}, {"30299", 0.08, 0.7}, {"30212", 0.05, 0.05}, {"31002", 0.15, 0.3}};

    /** 经济分类 款 that projects spend most of their money on: commissioned services, labour, software, other. */
    private static final String[] PROJECT_MAIN_LINES = {"30227", "30226", "30299", "31007"};
    /** 经济分类 款 that take a smaller part: office, travel, repairs, meetings, training, allowances. */
    private static final String[] PROJECT_LINES = {"30201", "30211", "30213", "30215", "30216", "30305", "30227"};

    private final Random rnd;
    private final Accounts a;
    private final Catalogue.UnitKind kind;

    AccountsBuilder(Random rnd, Accounts a, Catalogue.UnitKind kind) {
        this.rnd = rnd;
        this.a = a;
        this.kind = kind;
    }

    void build() {
        a.staff = 4 + rnd.nextInt(60);
        economicLines();
        List<Item> items = chooseItems();
        spreadBasic(items);
        projectsAndOtherFunds(items);
        a.items.addAll(items);
        projectEconomics();
        threePublic();
        priorYear();
    }

    private void economicLines() {
        for (List<Line> block : List.of(Catalogue.PERSONNEL, Catalogue.GOODS, Catalogue.OTHER)) {
            for (Line l : block) {
                if (l.code().length() == 5) {
                    a.economic.put(l.code(), 0L);
                }
            }
        }
        long pay = (long) a.staff * between(90_000, 180_000) * 100;
        for (Object[] p : PERSONNEL) {
            if (rnd.nextDouble() < (double) p[2]) {
                a.economic.put((String) p[0], atLeastMin(pay * (double) p[1] * jitter()));
            }
        }
        long goods = (long) (pay * (0.06 + 0.14 * rnd.nextDouble()));
        for (Object[] g : GOODS) {
            if (rnd.nextDouble() < (double) g[2]) {
                a.economic.put((String) g[0], atLeastMin(goods * (double) g[1] * jitter()));
            }
        }
        if (rnd.nextDouble() < 0.05) {
            a.economic.put("31013", between(150_000, 260_000) * 100L);
        }
    }

    private List<Item> chooseItems() {
        Set<String> seen = new LinkedHashSet<>();
        List<Item> items = new ArrayList<>();
        FunctionClass main = kind.main();
        int sections = 1 + (main.sections().size() > 1 && rnd.nextBoolean() ? 1 : 0);
        for (int s = 0; s < sections; s++) {
            Section sec = main.sections().get(s == 0 ? runningSectionIndex(main) : otherSectionIndex(main));
            int n = 1 + rnd.nextInt(Math.min(3, sec.items().size()));
            for (int k = 0; k < n; k++) {
                Line l = k == 0 && s == 0 ? runningItem(sec) : sec.items().get(rnd.nextInt(sec.items().size()));
                // Two 项 of one name (行政运行 under two 款) would make the narrative's "（项）" phrases ambiguous.
                boolean sameName = items.stream().anyMatch(i -> i.line.name().equals(l.name()));
                if (!sameName && seen.add(l.code())) {
                    items.add(new Item(main, sec, l));
                }
            }
        }
        addCommon(items, seen, Catalogue.SOCIAL, "20805", a.economic.get("30108") > 0 ? "2080505" : null);
        addCommon(items, seen, Catalogue.SOCIAL, "20805", a.economic.get("30109") > 0 ? "2080506" : null);
        addCommon(items, seen, Catalogue.HEALTH, "21011", a.institution ? "2101102" : "2101101");
        addCommon(items, seen, Catalogue.HOUSING, "22102", a.economic.get("30113") > 0 ? "2210201" : null);
        return items;
    }

    private int runningSectionIndex(FunctionClass main) {
        for (int i = 0; i < main.sections().size(); i++) {
            if (main.sections().get(i).items().stream().anyMatch(l -> l.name().endsWith("运行"))) {
                return i;
            }
        }
        return 0;
    }

    private int otherSectionIndex(FunctionClass main) {
        int running = runningSectionIndex(main);
        int i;
        do {
            i = rnd.nextInt(main.sections().size());
        } while (i == running);
        return i;
    }

    private Line runningItem(Section sec) {
        String wanted = a.institution ? "事业运行" : "行政运行";
        return sec.items().stream().filter(l -> l.name().equals(wanted)).findFirst()
                .orElse(sec.items().stream().filter(l -> l.name().endsWith("运行")).findFirst().orElse(sec.items().get(0)));
    }

    private void addCommon(List<Item> items, Set<String> seen, FunctionClass cls, String section, String code) {
        if (code == null || rnd.nextDouble() > 0.85 || !seen.add(code)) {
            return;
        }
        Section sec = cls.sections().stream().filter(s -> s.code().equals(section)).findFirst().orElseThrow();
        items.add(new Item(cls, sec, sec.items().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow()));
    }

    /** Social security, medical insurance and housing fund go to their own 项; the rest to the running 项. */
    private void spreadBasic(List<Item> items) {
        long total = a.economic.values().stream().mapToLong(Long::longValue).sum();
        long assigned = 0;
        for (Item i : items) {
            long v = switch (i.line.code()) {
                case "2080505" -> a.economic.get("30108");
                case "2080506" -> a.economic.get("30109");
                case "2101101", "2101102" -> a.economic.get("30110") + a.economic.get("30111");
                case "2210201" -> a.economic.get("30113");
                default -> 0L;
            };
            i.basicFiscal = v;
            assigned += v;
        }
        Item running = items.get(0);
        long rest = total - assigned;
        Item second = items.stream().filter(i -> i != running && i.cls == running.cls && i.line.name().contains("一般行政管理"))
                .findFirst().orElse(null);
        if (second != null && rnd.nextBoolean()) {
            long part = (long) (rest * (0.1 + 0.2 * rnd.nextDouble()));
            second.basicFiscal = part;
            rest -= part;
        }
        running.basicFiscal = rest;
    }

    private void projectsAndOtherFunds(List<Item> items) {
        long basic = items.stream().mapToLong(i -> i.basicFiscal).sum();
        Item running = items.get(0);
        for (Item i : items) {
            boolean mainClass = i.cls == running.cls;
            if (mainClass && (i.basicFiscal == 0 || (i == running && rnd.nextDouble() < 0.3))) {
                i.projectFiscal = atLeastMin(basic * (0.03 + 0.4 * rnd.nextDouble()));
            }
            if (a.institution && mainClass && rnd.nextDouble() < 0.4) {
                i.basicOther = atLeastMin(i.basic() * (0.05 + 0.25 * rnd.nextDouble()));
                if (rnd.nextDouble() < 0.3) {
                    i.projectOther = atLeastMin(i.basic() * 0.1 * rnd.nextDouble());
                }
            }
            if (i.fiscal() > 0 && rnd.nextDouble() < 0.2) {
                i.fiscalSurplus = atLeastMin(i.fiscal() * 0.08 * rnd.nextDouble());
            }
            if (i.basicOther + i.projectOther > 0 && rnd.nextDouble() < 0.3) {
                i.otherSurplus = atLeastMin((i.basicOther + i.projectOther) * 0.2 * rnd.nextDouble());
            }
            i.budget = Math.round(i.fiscal() * (0.85 + 0.3 * rnd.nextDouble()) / 10_000.0) * 10_000;
        }
        if (rnd.nextDouble() < 0.3) {
            a.fiscalCarryStart = atLeastMin(basic * 0.1 * rnd.nextDouble());
        }
    }

    /**
     * Spreads the projects' fiscal spending over 经济分类 款 (Sichuan prints it by line): now and then a part on the
     * 公务用车运行维护费 or 公务接待费 line the unit already uses — why 三公 决算 may exceed table 06 — the rest over a
     * few service lines.
     */
    private void projectEconomics() {
        long rest = a.sum(i -> i.projectFiscal);
        if (rest == 0) {
            return;
        }
        for (String line : List.of("30231", "30217")) {
            long basic = a.economic.get(line);
            if (basic > 0 && rnd.nextDouble() < 0.2) {
                long extra = Math.min(atLeastMin(basic * 0.3 * rnd.nextDouble()), rest / 4);
                if (extra >= Money.MIN_FEN) {
                    a.projectEconomic.put(line, extra);
                    rest -= extra;
                }
            }
        }
        // A few smaller lines (会议费 and 培训费 kept to a tenth), the rest on one main service or equipment line.
        int smaller = (int) Math.min(rnd.nextInt(3), rest / Money.MIN_FEN - 1);
        for (int k = 0; k < smaller; k++) {
            String line = PROJECT_LINES[rnd.nextInt(PROJECT_LINES.length)];
            double share = line.equals("30215") || line.equals("30216") ? 0.1 : 0.4;
            long part = Math.max(Money.MIN_FEN, Math.round(rest * share * rnd.nextDouble()));
            a.projectEconomic.merge(line, part, Long::sum);
            rest -= part;
        }
        a.projectEconomic.merge(PROJECT_MAIN_LINES[rnd.nextInt(PROJECT_MAIN_LINES.length)], rest, Long::sum);
    }

    /** 三公 决算 = the fiscal spending, basic and project, on their 经济分类 lines; 会议费 and 培训费 likewise. */
    private void threePublic() {
        a.threeActual = new ThreePublic(a.fiscalLine("30212"), a.fiscalLine("31013"), a.fiscalLine("30231"),
                a.fiscalLine("30217"));
        ThreePublic act = a.threeActual;
        a.threeBudget = new ThreePublic(budgetFor(act.abroad()), budgetFor(act.carPurchase()), budgetFor(act.carRunning()),
                budgetFor(act.reception()));
        a.threePrior = new ThreePublic(priorFor(act.abroad()), priorFor(act.carPurchase()), priorFor(act.carRunning()),
                priorFor(act.reception()));
        a.meetingBudget = budgetFor(a.fiscalLine("30215"));
        a.trainingBudget = budgetFor(a.fiscalLine("30216"));
    }

    private long budgetFor(long actual) {
        if (actual == 0) {
            return rnd.nextDouble() < 0.15 ? between(1, 5) * 1_000_000L : 0;
        }
        double f = rnd.nextDouble() < 0.15 ? 0.9 + 0.09 * rnd.nextDouble() : 1.0 + 0.3 * rnd.nextDouble();
        return Math.max(Money.MIN_FEN, Math.round(actual * f / 100_000.0) * 100_000);
    }

    private long priorFor(long actual) {
        return actual == 0 ? 0 : atLeastMin(actual * (0.7 + 0.6 * rnd.nextDouble()));
    }

    /** Last year as this year scaled by one factor, so that totals equal this year were equal last year too. */
    private void priorYear() {
        double f = 0.75 + 0.5 * rnd.nextDouble();
        a.priorIncome = atLeastMin(a.income() * f);
        a.priorExpense = atLeastMin(a.expense() * f);
        a.priorFiscal = atLeastMin(a.sum(Item::fiscal) * f);
        a.priorGrandTotal = atLeastMin(a.grandTotal() * f);
        a.priorFiscalGrandTotal = atLeastMin(a.fiscalGrandTotal() * f);
    }

    private double jitter() {
        return 0.8 + 0.4 * rnd.nextDouble();
    }

    private long between(int lo, int hi) {
        return lo + rnd.nextInt(hi - lo + 1);
    }

    private static long atLeastMin(double fen) {
        return Math.max(Money.MIN_FEN, Math.round(fen));
    }
}
