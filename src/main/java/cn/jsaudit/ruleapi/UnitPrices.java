package cn.jsaudit.ruleapi;

import cn.jsaudit.model.ExecutionLine;
import cn.jsaudit.model.FormNumber;
import cn.jsaudit.model.Indicator;
import cn.jsaudit.model.IndicatorValue;
import cn.jsaudit.model.ProjectName;
import cn.jsaudit.model.StatedProduct;
import cn.jsaudit.model.StatedSum;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Arithmetic of amounts the forms state in words and in indicators: heads × price per head against a total in 万元,
 * the same amount written in 元 and in 万元, the parts of a total against the forms of the projects they name.
 */
public final class UnitPrices {

    private static final BigDecimal YUAN_PER_WAN = BigDecimal.valueOf(10_000);
    /** Units of a count of heads, with their multiplier. */
    private static final List<String> HEADS = List.of("万人次", "万人", "万户", "人次", "人", "户");
    /** Two names are taken for one project when they share this share of their two-character words. */
    private static final double SAME_PROJECT = 0.6;

    private UnitPrices() {
    }

    /** count × price, in 万元. */
    public static BigDecimal product(FormNumber count, BigDecimal price) {
        return count.value().multiply(price).divide(YUAN_PER_WAN, MathContext.DECIMAL64);
    }

    /**
     * True when count × price gives the total within the rounding of all three and a relative allowance (a 人均 figure
     * is itself a rounded average).
     */
    public static boolean fits(FormNumber count, BigDecimal price, BigDecimal priceHalfStep, FormNumber total,
                               BigDecimal relative) {
        BigDecimal tolerance = count.halfStep().multiply(price).add(priceHalfStep.multiply(count.value()))
                .divide(YUAN_PER_WAN, MathContext.DECIMAL64).add(total.halfStep())
                .add(total.value().abs().multiply(relative));
        return product(count, price).subtract(total.value()).abs().compareTo(tolerance) <= 0;
    }

    /** The price per head an indicator states ("200元/人"), its 完成值 before its 指标值; null when it states none. */
    public static IndicatorValue perHead(Indicator i) {
        for (IndicatorValue v : new IndicatorValue[] {i.actual(), i.target()}) {
            if (v != null && v.isQuantitative() && v.unit().startsWith("元/")) {
                return v;
            }
        }
        return null;
    }

    /** The heads an indicator counts ("195387人", "18.05万人"), 完成值 before 指标值; null when it counts none. */
    public static FormNumber heads(Indicator i) {
        for (IndicatorValue v : new IndicatorValue[] {i.actual(), i.target()}) {
            if (v != null && v.isQuantitative() && HEADS.contains(v.unit())) {
                BigDecimal n = v.number();
                BigDecimal half = n.scale() > 0 ? FormNumber.halfStepOf(n.scale()) : BigDecimal.ZERO;
                if (v.unit().startsWith("万")) {
                    n = n.movePointRight(4);
                    half = half.movePointRight(4);
                }
                return new FormNumber(n, half, v.text(), v.location());
            }
        }
        return null;
    }

    /** The 万元 amount an indicator states, 完成值 before 指标值; null when none. */
    public static FormNumber wan(Indicator i) {
        for (IndicatorValue v : new IndicatorValue[] {i.actual(), i.target()}) {
            if (v != null && v.isQuantitative() && "万元".equals(v.unit())) {
                return new FormNumber(v.number(), FormNumber.halfStepOf(Math.max(v.number().scale(), 0)), v.text(), v.location());
            }
        }
        return null;
    }

    /** True when another price per head the indicator states, times the sentence's count, gives its total. */
    public static boolean explains(Indicator i, StatedProduct p, BigDecimal relative) {
        IndicatorValue price = perHead(i);
        return price != null && price.number().compareTo(p.price().value()) != 0
                && fits(p.count(), price.number(), halfStep(price.number()), p.total(), relative);
    }

    /** True when no counted heads of the form, times the price, give the total cost. */
    public static boolean noneFits(Collection<?> counts, IndicatorValue price, FormNumber total, BigDecimal relative) {
        for (Object o : counts) {
            FormNumber n = heads((Indicator) o);
            if (n != null && fits(n, price.number(), halfStep(price.number()), total, relative)) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal halfStep(BigDecimal v) {
        return v.scale() > 0 ? FormNumber.halfStepOf(v.scale()) : BigDecimal.ZERO;
    }

    /** The first figure equal in value to the amount, as 1.56 万元 is to "1.56元"; empty when none is. */
    public static List<FormNumber> sameAmount(FormNumber amount, FormNumber... figures) {
        for (FormNumber f : figures) {
            if (f != null && !f.isZero() && f.value().compareTo(amount.value()) == 0) {
                return List.of(f);
            }
        }
        return List.of();
    }

    /**
     * A part of a sum that names a project with a form and differs from that form's 执行数 (「干部职工体检费」75万元
     * against 项目表「2022年干部职工体检费」75.10（项目2!F5）), an item of a finding's {@code argList}.
     *
     * @param label    the part's label, as compared
     * @param part     the part as printed
     * @param project  the form's 项目名称
     * @param executed the form's 全年执行数 and its cell
     */
    public record PartAgainstForm(String label, String part, String project, String executed) {
    }

    /** For a sum whose parts name projects that have forms: the parts that differ from those forms' 执行数. */
    public static List<PartAgainstForm> partsAgainstForms(StatedSum sum, Collection<ProjectName> names,
                                                          Collection<ExecutionLine> totals) {
        List<PartAgainstForm> out = new ArrayList<>();
        for (int k = 0; k < sum.parts().size(); k++) {
            String label = sum.partLabels().get(k);
            ProjectName project = sameProject(label, names);
            ExecutionLine line = project == null ? null : totals.stream()
                    .filter(l -> l.form().equals(project.form())).findFirst().orElse(null);
            FormNumber part = sum.parts().get(k);
            if (line != null && NumberPolicy.beyond(part.value(), line.executed().value(), part.halfStep().add(line.executed().halfStep()))) {
                out.add(new PartAgainstForm(Labels.key(label), part.text(), project.name(), Cite.of(line.executed())));
            }
        }
        return out;
    }

    /** The project whose name the label names: one contains the other, or most of their words are shared. */
    private static ProjectName sameProject(String label, Collection<ProjectName> names) {
        String l = Labels.key(label).replaceFirst("^其中", "");
        for (ProjectName p : names) {
            String n = Labels.key(p.name());
            if ((l.length() >= 4 && n.contains(l)) || (n.length() >= 4 && l.contains(n)) || similarity(l, n) >= SAME_PROJECT) {
                return p;
            }
        }
        return null;
    }

    private static double similarity(String a, String b) {
        Set<String> x = pairs(a);
        Set<String> y = pairs(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return (double) common.size() / Math.min(x.size(), y.size());
    }

    private static Set<String> pairs(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }
}
