package cn.jsaudit.ruleapi;

import cn.jsaudit.model.BasicDataItem;
import cn.jsaudit.model.ExecutionLine;
import cn.jsaudit.model.FormNumber;
import cn.jsaudit.model.Indicator;
import cn.jsaudit.model.IndicatorValue;
import cn.jsaudit.model.Relation;
import cn.jsaudit.model.Location;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Arithmetic and wording helpers the performance rules call (imported as functions in the DRL). */
public final class Perf {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Perf() {
    }

    /** min(weight, weight × part / whole): the score of a rate or a quantitative indicator. */
    public static BigDecimal cappedScore(BigDecimal weight, BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return weight;
        }
        return weight.multiply(part).divide(whole, MathContext.DECIMAL64).min(weight);
    }

    /**
     * The score of a quantitative indicator: positive (≥X, =X) weight × B/A, negative (≤X) weight × A/B,
     * never above the weight.
     */
    public static BigDecimal expectedScore(Indicator i) {
        BigDecimal a = i.target().number();
        BigDecimal b = i.actual().number();
        BigDecimal w = i.weight().value();
        return i.target().relation().isUpperBound() ? cappedScore(w, a, b) : cappedScore(w, b, a);
    }

    /** True when the actual value does not meet the target (both quantitative, same unit). */
    public static boolean fallsShort(IndicatorValue target, IndicatorValue actual) {
        int c = actual.number().compareTo(target.number());
        return switch (target.relation()) {
            case AT_LEAST, EQUAL -> c < 0;
            case MORE_THAN -> c <= 0 && actual.relation() != Relation.MORE_THAN;
            case AT_MOST -> c > 0;
            case LESS_THAN -> c >= 0 && actual.relation() != Relation.LESS_THAN;
        };
    }

    /** True when the two values can be compared: numbers of one unit, or one of them a bare 0 ("0" for "0%"). */
    public static boolean comparable(IndicatorValue a, IndicatorValue b) {
        if (a == null || b == null || !a.isQuantitative() || !b.isQuantitative()) {
            return false;
        }
        return a.comparableWith(b) || (bareZero(a) || bareZero(b));
    }

    private static boolean bareZero(IndicatorValue v) {
        return v.unit().isEmpty() && v.number().signum() == 0;
    }

    /** True when the indicator missed its target (comparable values only). */
    public static boolean missed(Indicator i) {
        return i.target() != null && i.target().relation() != null && comparable(i.target(), i.actual())
                && fallsShort(i.target(), i.actual());
    }

    /** True when the indicator has its full weight as its score. */
    public static boolean fullScore(Indicator i) {
        return i.weight() != null && i.score() != null && i.score().value().compareTo(i.weight().value()) >= 0;
    }

    /** True when both lines print the same figures (a 其中 line repeating its total). */
    public static boolean sameFigures(ExecutionLine a, ExecutionLine b) {
        return same(a.initialBudget(), b.initialBudget()) && same(a.budget(), b.budget())
                && same(a.executed(), b.executed()) && same(a.rate(), b.rate());
    }

    private static boolean same(FormNumber a, FormNumber b) {
        return a == null ? b == null : b != null && a.value().compareTo(b.value()) == 0;
    }

    /** The execution score a rate earns: weight × min(rate, 100 %). */
    public static BigDecimal rateScore(FormNumber weight, BigDecimal ratePoints) {
        return cappedScore(weight.value(), ratePoints, HUNDRED);
    }

    /** True when the score is the one the rate earns, within the score's print and the allowance. */
    public static boolean scoreFits(FormNumber score, FormNumber weight, BigDecimal ratePoints, BigDecimal extra) {
        return ratePoints != null && !NumberPolicy.beyond(score.value(), rateScore(weight, ratePoints), score.halfStep().add(extra));
    }

    /**
     * Facts in the order a reviewer reads the form: by sheet, then row, then column of their cell (an indicator's
     * cell, a breakdown part's indicator cell, a line's first figure); collected facts come in no set order.
     */
    public static List<Object> byPlace(Collection<?> facts) {
        return facts.stream().map(o -> (Object) o).sorted(java.util.Comparator
                .comparing((Object o) -> sheetOf(placeOf(o)))
                .thenComparingInt(o -> placeOf(o) == null ? -1 : placeOf(o).rowIndex())
                .thenComparingInt(o -> placeOf(o) == null ? -1 : placeOf(o).columnIndex())).toList();
    }

    private static String sheetOf(Location l) {
        return l == null || l.sheet() == null ? "" : l.sheet();
    }

    private static Location placeOf(Object o) {
        if (o instanceof Indicator i) {
            return i.location();
        }
        if (o instanceof cn.jsaudit.model.StatedPart p) {
            return p.locations().get(p.locations().size() - 1);
        }
        if (o instanceof ExecutionLine l) {
            return l.location();
        }
        if (o instanceof cn.jsaudit.model.FormText t) {
            return t.location();
        }
        if (o instanceof cn.jsaudit.model.Explanation e) {
            return e.location();
        }
        return null;
    }

    /** True when the name contains one of the words ("临聘人员工资总成本" names 总成本). */
    public static boolean named(String name, Collection<String> words) {
        String k = Labels.key(name);
        return words.stream().map(Labels::key).anyMatch(k::contains);
    }

    /** True when the value or the note says one of the words. */
    public static boolean saysAny(IndicatorValue value, String note, Collection<String> words) {
        return saying(value, note, words) != null;
    }

    /** The clause of the value or the note that says one of the words, or null. */
    public static String saying(IndicatorValue value, String note, Collection<String> words) {
        for (String text : new String[] {value == null ? null : value.text(), note}) {
            if (text == null) {
                continue;
            }
            for (String clause : text.split("[,，。;；]")) {
                if (words.stream().anyMatch(clause::contains)) {
                    return clause.strip();
                }
            }
        }
        return null;
    }

    /** The project a form evaluates, for messages: its 项目名称, else the form's sheet. */
    public static String projectOf(String form, Collection<cn.jsaudit.model.ProjectName> names) {
        return names.stream().filter(n -> n.form().equals(form))
                .map(n -> "「" + n.name() + "」").findFirst().orElse(form);
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("^((?:19|20)\\d{2})年");

    /** The year a 指标值 (else 完成值) names at its start ("2022年度"), or null. */
    public static Integer yearOf(IndicatorValue target, IndicatorValue actual) {
        for (IndicatorValue v : new IndicatorValue[] {target, actual}) {
            if (v != null) {
                java.util.regex.Matcher m = YEAR.matcher(Text.compact(v.text()));
                if (m.find()) {
                    return Integer.valueOf(m.group(1));
                }
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern DEADLINE =
            java.util.regex.Pattern.compile("((?:19|20)\\d{2})年(?:\\d{1,2}月)?(?:底|末)?(?:前|以前|之前)");

    /** The first deadline in the text ("2022年7月前") set before the report year; empty when none is. */
    public static List<String> staleDeadline(String text, Integer year) {
        java.util.regex.Matcher m = DEADLINE.matcher(Text.compact(text));
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) < year) {
                return List.of(m.group());
            }
        }
        return List.of();
    }

    /** The year a phrase starts with ("2022年7月前" → 2022). */
    public static Integer yearIn(String phrase) {
        return Integer.valueOf(phrase.substring(0, 4));
    }

    /** True when the text names the year ("2022年新冠病毒医疗及接种费用" names 2022). */
    public static boolean namesYear(String text, Integer year) {
        return text != null && year != null && Text.compact(text).contains(year + "年");
    }

    /** Σ of the present values. */
    public static BigDecimal sum(Collection<FormNumber> numbers) {
        return numbers.stream().filter(Objects::nonNull).map(FormNumber::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** One column of basic-data lines: 上年决算 (prior), 本年预算 (budget) or 本年决算 (actual). */
    public static List<FormNumber> column(Collection<BasicDataItem> items, String which) {
        Function<BasicDataItem, FormNumber> f = switch (which) {
            case "prior" -> BasicDataItem::prior;
            case "budget" -> BasicDataItem::budget;
            case "actual" -> BasicDataItem::actual;
            default -> throw new IllegalArgumentException(which);
        };
        return items.stream().map(f).filter(Objects::nonNull).toList();
    }

    /** The Chinese name of a basic-data column. */
    public static String columnName(String which) {
        return switch (which) {
            case "prior" -> "上年决算数";
            case "budget" -> "本年预算数";
            default -> "本年决算数";
        };
    }

    /** a × (1 + percent / 100). */
    public static BigDecimal grown(BigDecimal a, BigDecimal percent) {
        return a.multiply(BigDecimal.ONE.add(percent.divide(HUNDRED, MathContext.DECIMAL64)));
    }

    /** "（控制率 167.63%）" for actual / budget, or "" when the budget is zero. */
    public static String ratioNote(BigDecimal actual, BigDecimal budget) {
        return budget.signum() == 0 ? "" : "（控制率 " + NumberPolicy.pct(actual.multiply(HUNDRED).divide(budget, MathContext.DECIMAL64)) + "）";
    }

    /** The locations of the present numbers, in order. */
    public static List<Location> at(FormNumber... numbers) {
        return Arrays.stream(numbers).filter(Objects::nonNull).map(FormNumber::location).toList();
    }

    /** The locations given, for rules whose cells are not numbers. */
    public static List<Location> at(Location... locations) {
        return Arrays.stream(locations).filter(Objects::nonNull).toList();
    }
}
