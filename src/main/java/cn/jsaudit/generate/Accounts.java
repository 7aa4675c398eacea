package cn.jsaudit.generate;

import cn.jsaudit.generate.Catalogue.FunctionClass;
import cn.jsaudit.generate.Catalogue.Line;
import cn.jsaudit.generate.Catalogue.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One unit's final accounts, built bottom-up in 分: 经济分类 lines of the basic spending (table 06), spread over
 * 功能分类 项; project and non-fiscal spending per 项; income per 项 equal to spending plus what is carried
 * forward. Every printed total of tables 01–09 is a sum of these, so the tables agree before any anomaly.
 */
final class Accounts {

    /** One 项 with its parents and its amounts in 分. */
    static final class Item {
        final FunctionClass cls;
        final Section section;
        final Line line;
        long basicFiscal;
        long projectFiscal;
        long basicOther;
        long projectOther;
        long fiscalSurplus;
        long otherSurplus;
        long budget;

        Item(FunctionClass cls, Section section, Line line) {
            this.cls = cls;
            this.section = section;
            this.line = line;
        }

        long fiscal() {
            return basicFiscal + projectFiscal;
        }

        long basic() {
            return basicFiscal + basicOther;
        }

        long project() {
            return projectFiscal + projectOther;
        }

        long spending() {
            return basic() + project();
        }

        long fiscalIncome() {
            return fiscal() + fiscalSurplus;
        }

        long otherIncome() {
            return basicOther + projectOther + otherSurplus;
        }
    }

    /** 三公 amounts in 分: 因公出国（境）, 公务用车购置, 公务用车运行维护, 公务接待. */
    record ThreePublic(long abroad, long carPurchase, long carRunning, long reception) {
        long cars() {
            return carPurchase + carRunning;
        }

        long total() {
            return abroad + cars() + reception;
        }
    }

    final String unit;
    final int year;
    final boolean institution;
    final List<Item> items = new ArrayList<>();
    /** 06 款 code → amount in 分 (fiscal basic spending). */
    final Map<String, Long> economic = new LinkedHashMap<>();
    /** 经济分类 款 code → fiscal project spending in 分; its sum is the projects' {@code projectFiscal}. */
    final Map<String, Long> projectEconomic = new LinkedHashMap<>();
    long fiscalCarryStart;
    ThreePublic threeBudget;
    ThreePublic threeActual;
    ThreePublic threePrior;
    /** 会议费 and 培训费 budgets in 分 (some provinces print them beside the 三公). */
    long meetingBudget;
    long trainingBudget;
    /** Last year's totals in 分, for the narrative's 与上年相比 sentences. */
    long priorIncome;
    long priorExpense;
    long priorFiscal;
    long priorGrandTotal;
    long priorFiscalGrandTotal;
    int staff;

    Accounts(String unit, int year, boolean institution) {
        this.unit = unit;
        this.year = year;
        this.institution = institution;
    }

    long economicTotal(String classCode) {
        return economic.entrySet().stream().filter(e -> e.getKey().startsWith(classCode)).mapToLong(Map.Entry::getValue).sum();
    }

    /** Fiscal spending booked on one 经济分类 款, basic and project together: what 三公, 会议费 and 培训费 count. */
    long fiscalLine(String code) {
        return economic.getOrDefault(code, 0L) + projectEconomic.getOrDefault(code, 0L);
    }

    long projectEconomicTotal(String classCode) {
        return projectEconomic.entrySet().stream().filter(e -> e.getKey().startsWith(classCode))
                .mapToLong(Map.Entry::getValue).sum();
    }

    long personnel() {
        return economicTotal("301") + economicTotal("303");
    }

    long goods() {
        return economicTotal("302") + economicTotal("307") + economicTotal("310") + economicTotal("399");
    }

    long sum(java.util.function.ToLongFunction<Item> f) {
        return items.stream().mapToLong(f).sum();
    }

    long fiscalCarryEnd() {
        return fiscalCarryStart + sum(i -> i.fiscalSurplus);
    }

    long otherCarryEnd() {
        return sum(i -> i.otherSurplus);
    }

    long income() {
        return sum(Item::fiscalIncome) + sum(Item::otherIncome);
    }

    long expense() {
        return sum(Item::spending);
    }

    long grandTotal() {
        return income() + fiscalCarryStart;
    }

    long fiscalGrandTotal() {
        return sum(Item::fiscalIncome) + fiscalCarryStart;
    }

    /** Classes in code order with their amounts summed by the given function. */
    Map<FunctionClass, Long> byClass(java.util.function.ToLongFunction<Item> f) {
        Map<FunctionClass, Long> out = new java.util.TreeMap<>(java.util.Comparator.comparing(FunctionClass::code));
        for (Item i : items) {
            out.merge(i.cls, f.applyAsLong(i), Long::sum);
        }
        return out;
    }

    /** Draws a realistic unit from the random source. */
    static Accounts random(Random rnd, int year) {
        Catalogue.UnitKind kind = Catalogue.UNIT_KINDS.get(rnd.nextInt(Catalogue.UNIT_KINDS.size()));
        String unit = Catalogue.PLACES.get(rnd.nextInt(Catalogue.PLACES.size())) + kind.suffix();
        Accounts a = new Accounts(unit, year, kind.institution());
        new AccountsBuilder(rnd, a, kind).build();
        return a;
    }
}
