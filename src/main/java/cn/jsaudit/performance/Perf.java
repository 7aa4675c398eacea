package cn.jsaudit.performance;

import cn.jsaudit.model.BasicDataItem;
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

    /**
     * The tolerance of a ratio a / b × 100 recomputed from printed amounts: the stated rate's own half-step
     * plus the rounding of both amounts carried through the division.
     */
    public static BigDecimal rateTolerance(FormNumber stated, FormNumber numerator, FormNumber denominator) {
        BigDecimal t = stated.halfStep();
        if (numerator.value().signum() != 0 && denominator.value().signum() != 0) {
            BigDecimal rate = numerator.value().multiply(HUNDRED).divide(denominator.value(), MathContext.DECIMAL64);
            BigDecimal relative = numerator.halfStep().divide(numerator.value().abs(), MathContext.DECIMAL64)
                    .add(denominator.halfStep().divide(denominator.value().abs(), MathContext.DECIMAL64));
            t = t.add(rate.abs().multiply(relative));
        }
        return t.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** True when |a − b| exceeds the tolerance. */
    public static boolean beyond(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
        return a.subtract(b).abs().compareTo(tolerance) > 0;
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

    /** Σ of the present values. */
    public static BigDecimal sum(Collection<FormNumber> numbers) {
        return numbers.stream().filter(Objects::nonNull).map(FormNumber::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Σ of the half-steps of non-zero values (a printed zero is exact), plus an extra allowance. */
    public static BigDecimal tolerance(Collection<FormNumber> numbers, BigDecimal extra) {
        return numbers.stream().filter(n -> n != null && !n.isZero()).map(FormNumber::halfStep)
                .reduce(extra == null ? BigDecimal.ZERO : extra, BigDecimal::add);
    }

    /** The given numbers plus one more, for tolerance sums. */
    public static List<FormNumber> with(Collection<FormNumber> numbers, FormNumber... more) {
        List<FormNumber> all = new ArrayList<>(numbers);
        all.addAll(Arrays.asList(more));
        return all;
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

    /** A number as a reviewer writes it: at most four decimals, no trailing zeros beyond two. */
    public static String fmt(BigDecimal v) {
        if (v == null) {
            return "—";
        }
        BigDecimal s = v.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return (s.scale() < 2 ? v.setScale(2, RoundingMode.HALF_UP) : s).toPlainString();
    }

    /** "（控制率 167.63%）" for actual / budget, or "" when the budget is zero. */
    public static String ratioNote(BigDecimal actual, BigDecimal budget) {
        return budget.signum() == 0 ? "" : "（控制率 " + pct(actual.multiply(HUNDRED).divide(budget, MathContext.DECIMAL64)) + "）";
    }

    /** A percentage: 134.106… → "134.11%". */
    public static String pct(BigDecimal points) {
        return points.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
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
