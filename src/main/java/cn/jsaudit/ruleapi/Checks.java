package cn.jsaudit.ruleapi;

import cn.jsaudit.model.Amount;
import cn.jsaudit.model.AmountTables;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Printed;
import cn.jsaudit.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The helpers rules call from their {@code then} part (the DRL global {@code check}); they compare amounts
 * with the rounding tolerance and record findings with the rule's own id, title and severity.
 *
 * <p>A side is one {@link Amount} or a collection of them (summed), so that a typical identity reads
 * {@code check.sum(kcontext, $total, $items)}.
 */
public final class Checks {

    /** The message code of a comparison that fails beyond its tolerance: a table identity that does not hold. */
    public static final String BEYOND = "compare.beyond";

    private final List<Finding> findings = new ArrayList<>();
    private final Map<TableTally.Key, int[]> tallies = new HashMap<>();
    /**
     * Each rule's metadata, read once and shared by the submissions a rule book evaluates (a formula rule compares
     * once per row or column it matches, and parsing its tolerance and severity each time cost a tenth of the check).
     */
    private final Map<Rule, RuleMeta> metas;
    private final NumberPolicy numbers;
    private final MessageTable messages;
    /** The tally of the last comparison counted: a formula rule counts its comparisons of one table in a row. */
    private TableTally.Key lastKey;
    private int[] lastTally;

    public Checks() {
        this(NumberPolicy.DEFAULT, MessageTable.builtin());
    }

    public Checks(NumberPolicy numbers, MessageTable messages) {
        this(numbers, messages, new ConcurrentHashMap<>());
    }

    /** Checks that take the rules' metadata from (and add it to) a map shared with other submissions' checks. */
    public Checks(NumberPolicy numbers, MessageTable messages, ConcurrentMap<Rule, RuleMeta> metas) {
        this.numbers = numbers;
        this.messages = messages;
        this.metas = metas;
    }

    /**
     * Starts a finding whose message is the table's entry for the code (rules/messages.tsv), filled with the named
     * arguments the rule gives; {@link FindingBuilder#report()} records it with the rule's id, title and severity.
     */
    public FindingBuilder finding(RuleContext ctx, String code) {
        return new FindingBuilder(code, messages, b -> {
            RuleMeta meta = meta(ctx);
            findings.add(new Finding(meta.id(), meta.title(), b.severity == null ? meta.severity() : b.severity,
                    message(b), b.table, b.where, b.expected, b.actual, b.tolerance, b.quote,
                    null, List.of(), b.code(), b.args));
        });
    }

    private RuleMeta meta(RuleContext ctx) {
        Rule rule = ctx.getRule();
        RuleMeta meta = metas.get(rule);
        return meta != null ? meta : metas.computeIfAbsent(rule, RuleMeta::of);
    }

    private String message(FindingBuilder b) {
        StringBuilder text = new StringBuilder(messages.format(b.code(), b.args));
        b.clauses.forEach(c -> text.append(messages.format(c, b.args)));
        return text.toString();
    }

    /** The folder's number policy (rules/settings.yaml). */
    public NumberPolicy numbers() {
        return numbers;
    }

    /** Half the last printed digit of the number, as the number policy takes it (a printed zero: exact). */
    public BigDecimal halfStep(Printed p) {
        return numbers.halfStep(p);
    }

    /** The tolerance between printed numbers: Σ of their half-steps (amounts: at least the policy's floor). */
    public BigDecimal tolerance(Printed... p) {
        return numbers.tolerance(p);
    }

    /** The tolerance of a collection of printed numbers and more. */
    public BigDecimal tolerance(Collection<? extends Printed> many, Printed... more) {
        List<Printed> all = new ArrayList<>(many);
        all.addAll(java.util.Arrays.asList(more));
        return numbers.tolerance(all);
    }

    /** How far a printed rate may lie from part / whole × 100 (see {@link NumberPolicy#rateTolerance}). */
    public BigDecimal rateTolerance(Printed rate, BigDecimal part, BigDecimal partHalf, BigDecimal whole,
                                    BigDecimal wholeHalf) {
        return numbers.rateTolerance(rate, part, partHalf, whole, wholeHalf);
    }

    /** How far a printed rate may lie from printed part / printed whole × 100. */
    public BigDecimal rateTolerance(Printed rate, Printed part, Printed whole) {
        return numbers.rateTolerance(rate, part, whole);
    }

    /** True when a printed rate lies beyond printed part / printed whole × 100 by more than its tolerance. */
    public boolean rateBeyond(Printed rate, Printed part, Printed whole) {
        return rateBeyond(rate, part.value(), halfStep(part), whole.value(), halfStep(whole));
    }

    /** True when |a − b| exceeds the tolerance. */
    public boolean beyond(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
        return NumberPolicy.beyond(a, b, tolerance);
    }

    /**
     * True when two printed statements of one quantity cannot both be roundings of the same value: rounded half up,
     * a printed figure stands for [v − h, v + h), so figures one last-digit unit apart ("98%" and "99%") disagree.
     */
    public boolean disagree(Printed a, Printed b) {
        return a.value().compareTo(b.value()) != 0
                && a.value().subtract(b.value()).abs().compareTo(tolerance(a, b)) >= 0;
    }

    /** True when a printed rate lies beyond part / whole × 100 by more than its {@link #rateTolerance}. */
    public boolean rateBeyond(Printed rate, BigDecimal part, BigDecimal partHalf, BigDecimal whole, BigDecimal wholeHalf) {
        BigDecimal expected = NumberPolicy.percent(part.abs(), whole.abs());
        return expected != null
                && NumberPolicy.beyond(rate.value(), expected, rateTolerance(rate, part, partHalf, whole, wholeHalf));
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    /** How often each rule compared the amounts of one table, and how often that failed (for reading doubts). */
    public List<TableTally> tallies() {
        List<TableTally> out = new ArrayList<>();
        tallies.forEach((k, t) -> out.add(new TableTally(k, t[0], t[1], t[2])));
        return out;
    }

    /** total = Σ items. Nothing is checked when there are no items (a class printed without its sections). */
    public void sum(RuleContext ctx, Amount total, Collection<Amount> items) {
        if (!items.isEmpty()) {
            compare(ctx, total, "=", items);
        }
    }

    /** Σ left = Σ right. */
    public void equal(RuleContext ctx, Object left, Object right) {
        compare(ctx, left, "=", right);
    }

    /** Σ left ≥ Σ right. */
    public void atLeast(RuleContext ctx, Object left, Object right) {
        compare(ctx, left, "≥", right);
    }

    /** Σ left ≤ Σ right. */
    public void atMost(RuleContext ctx, Object left, Object right) {
        compare(ctx, left, "≤", right);
    }

    /**
     * Compares two sides within the rounding tolerance: beyond it the rule's severity, a visible difference
     * inside it INFO, no difference nothing.
     */
    public void compare(RuleContext ctx, Object left, String op, Object right) {
        compare(ctx, meta(ctx), amounts(left), op, amounts(right));
    }

    private void compare(RuleContext ctx, RuleMeta meta, List<Amount> l, String op, List<Amount> r) {
        BigDecimal lv = total(l);
        BigDecimal rv = total(r);
        BigDecimal diff = lv.subtract(rv);
        BigDecimal shortfall = switch (op) {
            case "=" -> diff.abs();
            case "≥" -> diff.negate().max(BigDecimal.ZERO);
            case "≤" -> diff.max(BigDecimal.ZERO);
            default -> throw new IllegalArgumentException("未知的比较符：" + op);
        };
        if (diff.signum() == 0 && (meta.tolerance() == null || meta.tolerance().signum() >= 0)) {
            // equal sides hold under any tolerance (most comparisons): counted, without summing the rounding of each cell
            count(meta, l, r, true, lv, rv, null);
            return;
        }
        List<Amount> all = new ArrayList<>(l);
        all.addAll(r);
        BigDecimal tol = meta.tolerance() != null ? meta.tolerance() : numbers.tolerance(all);
        boolean within = shortfall.compareTo(tol) <= 0;
        count(meta, l, r, within, lv, rv, tol);
        if (shortfall.signum() == 0) {
            return;
        }
        // most comparisons hold: only a finding's message and places need the sides in reading order
        List<Amount> ls = inReadingOrder(l);
        List<Amount> rs = inReadingOrder(r);
        List<Amount> places = new ArrayList<>(ls);
        places.addAll(rs);
        finding(ctx, within ? "compare.within" : BEYOND)
                .arg("title", meta.title()).arg("left", describe(ls)).arg("leftSum", lv)
                .arg("right", describe(rs)).arg("rightSum", rv).arg("difference", diff).arg("tolerance", tol)
                .arg("basis", toleranceBasis(meta, all))
                .severity(within ? Severity.INFO : null).table(ls.isEmpty() ? null : ls.get(0).table())
                .at(places.stream().map(Amount::source).toList()).values(rv, lv, tol).report();
    }

    private static List<Amount> inReadingOrder(List<Amount> side) {
        List<Amount> out = new ArrayList<>(side);
        out.sort(Amounts.BY_POSITION);
        return out;
    }

    /**
     * A formula of the formula tables checked once: Σ left op Σ right, the references as {@link Cells}. The first
     * on the left names one cell (compared for each amount it finds) or several (summed); nothing is compared when
     * nothing on the right was printed.
     */
    public void once(RuleContext ctx, AmountTables tables, List<Cells> left, String op, List<Cells> right) {
        formula(ctx, TableFormula.Scope.ONCE, tables, left, op, right);
    }

    /** A formula 每行: for each amount the first reference names, the references' cells on its printed line. */
    public void eachRow(RuleContext ctx, AmountTables tables, List<Cells> left, String op, List<Cells> right) {
        formula(ctx, TableFormula.Scope.EACH_ROW, tables, left, op, right);
    }

    /**
     * A formula 每列: for each amount the first reference names, the references' cells in its column — under its
     * code when the first reference is a level ({@code 每列 [类] = [款]}: each 类 with its own 款).
     */
    public void eachColumn(RuleContext ctx, AmountTables tables, List<Cells> left, String op, List<Cells> right) {
        formula(ctx, TableFormula.Scope.EACH_COLUMN, tables, left, op, right);
    }

    private void formula(RuleContext ctx, TableFormula.Scope scope, AmountTables tables, List<Cells> left, String op,
                         List<Cells> right) {
        RuleMeta meta = meta(ctx);
        TableFormula.each(tables, scope, left, right, (l, r) -> compare(ctx, meta, l, op, r));
    }

    /**
     * A comparison within one table (both sides' amounts), counted: checked, failed beyond tolerance, failed by exactly
     * twice one side.
     */
    private void count(RuleMeta meta, List<Amount> l, List<Amount> r, boolean within, BigDecimal lv, BigDecimal rv,
                       BigDecimal tol) {
        String table = !l.isEmpty() ? l.get(0).table() : !r.isEmpty() ? r.get(0).table() : null;
        if (table == null || !allIn(l, table) || !allIn(r, table)) {
            return;
        }
        int[] t = lastKey != null && lastKey.rule() == meta.id() && lastKey.table() == table ? lastTally
                : tally(new TableTally.Key(meta.id(), table));
        t[0]++;
        if (!within) {
            t[1]++;
            boolean doubled = lv.signum() != 0 && rv.signum() != 0
                    && (lv.subtract(rv.multiply(TWO)).abs().compareTo(tol) <= 0
                    || rv.subtract(lv.multiply(TWO)).abs().compareTo(tol) <= 0);
            t[2] += doubled ? 1 : 0;
        }
    }

    private static boolean allIn(List<Amount> side, String table) {
        for (Amount a : side) {
            if (!a.table().equals(table)) {
                return false;
            }
        }
        return true;
    }

    private int[] tally(TableTally.Key key) {
        lastKey = key;
        lastTally = tallies.computeIfAbsent(key, k -> new int[3]);
        return lastTally;
    }

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private String toleranceBasis(RuleMeta meta, List<Amount> all) {
        if (meta.tolerance() != null) {
            return messages.format("tolerance.rule", Map.of());
        }
        boolean floor = numbers.printingTolerance(all).compareTo(numbers.tolerance(all)) < 0;
        return messages.format(floor ? "tolerance.floor" : "tolerance.rounding", Map.of());
    }

    /** Σ of the values, for rules that compute. */
    public static BigDecimal total(Collection<Amount> amounts) {
        BigDecimal t = BigDecimal.ZERO;
        for (Amount a : amounts) {
            t = t.add(a.value());
        }
        return t;
    }

    /** The amounts of a side, in no particular order. */
    private static List<Amount> amounts(Object side) {
        List<Amount> out = new ArrayList<>();
        add(side, out);
        return out;
    }

    private static void add(Object side, List<Amount> out) {
        if (side == null) {
            return;
        }
        if (side instanceof Amount a) {
            out.add(a);
            return;
        }
        if (side instanceof Collection<?> c) {
            for (Object o : c) {
                add(o, out);
            }
            return;
        }
        throw new IllegalArgumentException("比较的对象应为金额（Amount）或金额的集合，而不是 " + side.getClass().getSimpleName());
    }

    private static String describe(List<Amount> side) {
        if (side.isEmpty()) {
            return "（无对应金额，按 0 计）";
        }
        if (side.size() == 1) {
            return side.get(0).describe();
        }
        if (side.size() <= 3) {
            return String.join(" + ", side.stream().map(Amount::describe).toList());
        }
        return side.get(0).describe() + " … " + side.get(side.size() - 1).describe() + " 共 " + side.size() + " 项之和";
    }
}
