package cn.jsaudit.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The generator's own statement of the identities the table rules (rules/tables/*.drl) check, evaluated on the
 * amounts as the generator printed them. It predicts, independently of the loader and of Drools, which rule
 * must report what about which amount: an ERROR where an injected anomaly breaks an identity beyond the rounding
 * tolerance, an INFO where rounding alone leaves a visible difference. Amounts are taken by meaning (tables 01–09
 * in the national numbering), so the prediction holds for every layout; each layout places the amount in its cell.
 */
final class Identities {

    /** The rule ids this model covers; findings of other rules are not predicted. */
    static final Set<String> MODELLED = Set.of("T01-01", "T01-02", "T01-03", "T01-04", "T01-05",
            "T02-01", "T02-02", "T02-03", "T02-04", "T03-01", "T03-02", "T03-03", "T03-04",
            "T04-01", "T04-02", "T04-03", "T04-04", "T04-05", "T04-06", "T04-07",
            "T05-01", "T05-02", "T05-03", "T05-04", "T06-01", "T06-02", "T06-03",
            "X01-02-01", "X01-02-02", "X01-02-03", "X01-03-01", "X01-03-02", "X04-05-01", "X04-05-02", "X05-06-01");

    private static final BigDecimal HALF_STEP = new BigDecimal("0.005");

    /**
     * A finding the rules must produce: rule, severity, the first amount the finding names (where it is located),
     * the two sides compared (actual = Σ left, expected = Σ right, as the rules report them) and the tolerance.
     */
    record Expected(String rule, String severity, PrintedAmount first, BigDecimal actual, BigDecimal expected,
                    BigDecimal tolerance, List<PrintedAmount> cells) {
    }

    private final List<PrintedAmount> amounts;
    private final List<Expected> out = new ArrayList<>();

    private Identities(List<PrintedAmount> printed) {
        this.amounts = printed.stream().filter(PrintedAmount::isNumber).toList();
    }

    static List<Expected> evaluate(List<PrintedAmount> printed) {
        Identities m = new Identities(printed);
        m.table01();
        m.hierarchy("02", 7);
        m.hierarchy("03", 6);
        m.table04();
        m.hierarchy("05", 3);
        m.table06();
        m.between();
        return m.out;
    }

    private void table01() {
        sumOfRows("T01-01", "01", 27, 1, 8);
        sumOfRows("T01-02", "01", 31, 27, 29);
        sumOfRows("T01-03", "01", 58, 32, 57);
        sumOfRows("T01-04", "01", 62, 58, 60);
        for (PrintedAmount in : find(c -> c.table.equals("01") && Objects.equals(c.rowNo, 31))) {
            for (PrintedAmount o : find(c -> c.table.equals("01") && Objects.equals(c.rowNo, 62))) {
                compare("T01-05", List.of(in), List.of(o), false);
            }
        }
    }

    private void sumOfRows(String rule, String table, int total, int from, int to) {
        for (PrintedAmount t : find(c -> c.table.equals(table) && Objects.equals(c.rowNo, total))) {
            sum(rule, t, find(c -> c.table.equals(table) && c.rowNo != null && c.rowNo >= from && c.rowNo <= to));
        }
    }

    /** Tables 02, 03, 05: row sums across columns, then 合计 = Σ类, 类 = Σ款, 款 = Σ项 in each column. */
    private void hierarchy(String table, int columns) {
        String n = table.substring(1);
        for (PrintedAmount t : find(c -> c.table.equals(table) && c.col == 1)) {
            sum("T0" + n + "-01", t, find(c -> c.table.equals(table) && Objects.equals(c.name, t.name)
                    && Objects.equals(c.code, t.code) && c.col >= 2 && c.col <= columns));
        }
        for (PrintedAmount t : find(c -> c.table.equals(table) && c.isTotal())) {
            sum("T0" + n + "-02", t, find(c -> c.table.equals(table) && c.level().equals("类") && c.col == t.col));
        }
        for (PrintedAmount t : find(c -> c.table.equals(table) && c.level().equals("类"))) {
            sum("T0" + n + "-03", t, find(c -> c.table.equals(table) && c.level().equals("款")
                    && t.code.equals(c.parentCode()) && c.col == t.col));
        }
        for (PrintedAmount t : find(c -> c.table.equals(table) && c.level().equals("款"))) {
            sum("T0" + n + "-04", t, find(c -> c.table.equals(table) && c.level().equals("项")
                    && t.code.equals(c.parentCode()) && c.col == t.col));
        }
    }

    private void table04() {
        for (PrintedAmount t : find(c -> c.table.equals("04") && c.rowNo >= 33 && c.col == 2)) {
            sum("T04-01", t, find(c -> c.table.equals("04") && c.rowNo.equals(t.rowNo) && c.col >= 3 && c.col <= 5));
        }
        sumOfRows("T04-02", "04", 27, 1, 3);
        sumOfRows("T04-03", "04", 28, 29, 31);
        for (PrintedAmount t : find(c -> c.table.equals("04") && c.rowNo == 32)) {
            sum("T04-04", t, find(c -> c.table.equals("04") && (c.rowNo == 27 || c.rowNo == 28)));
        }
        for (PrintedAmount t : find(c -> c.table.equals("04") && c.rowNo == 59)) {
            sum("T04-05", t, find(c -> c.table.equals("04") && c.rowNo >= 33 && c.rowNo <= 58 && c.col == t.col));
        }
        for (PrintedAmount t : find(c -> c.table.equals("04") && c.rowNo == 64)) {
            sum("T04-06", t, find(c -> c.table.equals("04") && (c.rowNo == 59 || c.rowNo == 60) && c.col == t.col));
        }
        for (PrintedAmount in : find(c -> c.table.equals("04") && c.rowNo == 32)) {
            for (PrintedAmount o : find(c -> c.table.equals("04") && c.rowNo == 64 && c.col == 2)) {
                compare("T04-07", List.of(in), List.of(o), false);
            }
        }
    }

    private void table06() {
        for (PrintedAmount t : find(c -> c.table.equals("06") && c.level().equals("类"))) {
            sum("T06-01", t, find(c -> c.table.equals("06") && t.code.equals(c.parentCode())));
        }
        for (PrintedAmount t : find(c -> c.table.equals("06") && "人员经费合计".equals(c.name))) {
            sum("T06-02", t, find(c -> c.table.equals("06") && ("301".equals(c.code) || "303".equals(c.code))));
        }
        for (PrintedAmount t : find(c -> c.table.equals("06") && "公用经费合计".equals(c.name))) {
            sum("T06-03", t, find(c -> c.table.equals("06") && c.code != null
                    && Set.of("302", "307", "310", "399").contains(c.code)));
        }
    }

    private void between() {
        pair("X01-02-01", c -> c.table.equals("01") && Objects.equals(c.rowNo, 27), c -> c.table.equals("02") && c.isTotal() && c.col == 1);
        for (PrintedAmount b : find(c -> c.table.equals("02") && c.isTotal() && c.col == 2)) {
            compare("X01-02-02", find(c -> c.table.equals("01") && c.rowNo != null && c.rowNo >= 1 && c.rowNo <= 3),
                    List.of(b), true);
        }
        for (PrintedAmount x : find(c -> c.table.equals("01") && c.rowNo != null && c.rowNo >= 4 && c.rowNo <= 8)) {
            for (PrintedAmount b : find(c -> c.table.equals("02") && c.isTotal() && c.col == x.rowNo - 1)) {
                compare("X01-02-03", List.of(x), List.of(b), false);
            }
        }
        pair("X01-03-01", c -> c.table.equals("01") && Objects.equals(c.rowNo, 58), c -> c.table.equals("03") && c.isTotal() && c.col == 1);
        for (PrintedAmount x : find(c -> c.table.equals("01") && c.rowNo != null && c.rowNo >= 32 && c.rowNo <= 57 && c.code != null)) {
            compare("X01-03-02", List.of(x), find(c -> c.table.equals("03") && x.code.equals(c.code) && c.col == 1), false);
        }
        for (PrintedAmount x : find(c -> c.table.equals("04") && c.rowNo >= 33 && c.rowNo <= 58 && c.col == 3 && c.code != null)) {
            compare("X04-05-01", List.of(x), find(c -> c.table.equals("05") && x.code.equals(c.code) && c.col == 1), false);
        }
        pair("X04-05-02", c -> c.table.equals("04") && Objects.equals(c.rowNo, 59) && c.col == 3, c -> c.table.equals("05") && c.isTotal() && c.col == 1);
        List<PrintedAmount> summary = find(c -> c.table.equals("06") && ("人员经费合计".equals(c.name) || "公用经费合计".equals(c.name)));
        for (PrintedAmount x : find(c -> c.table.equals("05") && c.isTotal() && c.col == 2)) {
            if (!summary.isEmpty()) {
                compare("X05-06-01", List.of(x), summary, false);
            }
        }
    }

    private void pair(String rule, Predicate<PrintedAmount> left, Predicate<PrintedAmount> right) {
        for (PrintedAmount l : find(left)) {
            for (PrintedAmount r : find(right)) {
                compare(rule, List.of(l), List.of(r), false);
            }
        }
    }

    private List<PrintedAmount> find(Predicate<PrintedAmount> p) {
        return amounts.stream().filter(c -> {
            try {
                return p.test(c);
            } catch (NullPointerException e) {
                return false; // a cell without 行次 never matches a 行次 condition, as in the rules
            }
        }).toList();
    }

    /** total = Σ items; nothing is checked without items (Checks.sum). */
    private void sum(String rule, PrintedAmount total, List<PrintedAmount> items) {
        if (!items.isEmpty()) {
            compare(rule, List.of(total), items, false);
        }
    }

    /** The tolerance of domain.md §3: half a cent of 万元 per non-zero printed amount on either side. */
    private void compare(String rule, List<PrintedAmount> left, List<PrintedAmount> right, boolean sortLeft) {
        BigDecimal diff = total(left).subtract(total(right));
        if (diff.signum() == 0) {
            return;
        }
        long nonZero = java.util.stream.Stream.concat(left.stream(), right.stream()).filter(c -> c.value.signum() != 0).count();
        BigDecimal tolerance = HALF_STEP.multiply(BigDecimal.valueOf(nonZero));
        String severity = diff.abs().compareTo(tolerance) <= 0 ? "INFO" : "ERROR";
        PrintedAmount first = sortLeft ? left.stream().min(TOP_DOWN).orElseThrow() : left.get(0);
        out.add(new Expected(rule, severity, first, total(left), total(right), tolerance,
                java.util.stream.Stream.concat(left.stream(), right.stream()).toList()));
    }

    /** The uppermost of amounts of one table's 行次 block, as every layout prints its rows top-down. */
    private static final Comparator<PrintedAmount> TOP_DOWN = Comparator.comparing(c -> c.rowNo);

    private static BigDecimal total(List<PrintedAmount> cells) {
        return cells.stream().map(c -> c.value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
