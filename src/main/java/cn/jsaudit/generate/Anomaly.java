package cn.jsaudit.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Errors the way they reach a reviewer, each of a family the table rules catch: a total typed wrong, a 类 that
 * is not the sum of its 款, table 01 moving an amount to the wrong class, table 06 disagreeing with table 05,
 * and text where an amount belongs. They change the {@link Statement}'s amounts of tables 01–09 (by national
 * number), so every layout prints the same error in its own place.
 */
enum Anomaly {
    BROKEN_TOTAL("合计数错误", "表内平衡") {
        @Override
        List<PrintedAmount> apply(List<PrintedAmount> cells, Random rnd) {
            PrintedAmount c = pick(cells, rnd, p -> (p.table.equals("01") && Objects.equals(p.rowNo, 58))
                    || (p.isTotal() && p.col == 1 && List.of("02", "03", "05").contains(p.table))
                    || (p.table.equals("04") && Objects.equals(p.rowNo, 59) && p.col == 2)
                    || "人员经费合计".equals(p.name));
            return shift(c, delta(c, rnd));
        }
    },
    CLASS_NOT_SUM("类不等于所属款之和", "表内平衡") {
        @Override
        List<PrintedAmount> apply(List<PrintedAmount> cells, Random rnd) {
            PrintedAmount c = pick(cells, rnd, p -> List.of("03", "05", "06").contains(p.table) && p.level().equals("类")
                    && p.value.signum() > 0 && (p.table.equals("06") || p.col == 2));
            return shift(c, delta(c, rnd));
        }
    },
    MISMATCH_01_03("公开01表与公开03表支出分类不一致", "表间一致") {
        @Override
        List<PrintedAmount> apply(List<PrintedAmount> cells, Random rnd) {
            PrintedAmount from = pick(cells, rnd, p -> p.table.equals("01") && p.code != null && p.value.compareTo(BigDecimal.ONE) >= 0);
            PrintedAmount to = pick(cells, rnd, p -> p.table.equals("01") && p.code != null && p != from);
            BigDecimal d = delta(from, rnd).min(from.value);
            List<PrintedAmount> changed = new ArrayList<>(shift(from, d.negate()));
            changed.addAll(shift(to, d));
            return changed;
        }
    },
    MISMATCH_05_06("公开06表基本支出与公开05表不一致", "表间一致") {
        @Override
        List<PrintedAmount> apply(List<PrintedAmount> cells, Random rnd) {
            PrintedAmount line = pick(cells, rnd, p -> p.table.equals("06") && p.code != null && p.code.startsWith("301")
                    && p.code.length() == 5 && p.value.signum() > 0);
            BigDecimal d = delta(line, rnd);
            List<PrintedAmount> changed = new ArrayList<>(shift(line, d));
            changed.addAll(shift(pick(cells, rnd, p -> p.table.equals("06") && "301".equals(p.code)), d));
            changed.addAll(shift(pick(cells, rnd, p -> "人员经费合计".equals(p.name)), d));
            return changed;
        }
    },
    TEXT_AMOUNT("金额栏填入非数字", "输入") {
        private static final String[] TEXTS = {"abc", "12..5", "约3万", "见附表", "#REF!"};

        @Override
        List<PrintedAmount> apply(List<PrintedAmount> cells, Random rnd) {
            PrintedAmount c = pick(cells, rnd, p -> ((p.table.equals("03") && p.level().equals("项") && p.col == 2)
                    || (p.table.equals("06") && p.level().equals("款"))) && p.value.signum() > 0);
            c.value = null;
            c.text = TEXTS[rnd.nextInt(TEXTS.length)];
            return List.of(c);
        }
    };

    private final String label;
    private final String family;

    Anomaly(String label, String family) {
        this.label = label;
        this.family = family;
    }

    String label() {
        return label;
    }

    /** The family of checks that catches it: 表内平衡, 表间一致 or 输入 (text where an amount belongs). */
    String family() {
        return family;
    }

    /** Every injected anomaly is an error a reviewer must send back. */
    String severity() {
        return "ERROR";
    }

    /** Changes printed amounts, before any layout prints them; returns the amounts changed. */
    abstract List<PrintedAmount> apply(List<PrintedAmount> cells, Random rnd);

    private static PrintedAmount pick(List<PrintedAmount> cells, Random rnd, Predicate<PrintedAmount> p) {
        List<PrintedAmount> candidates = cells.stream().filter(PrintedAmount::isNumber).filter(c -> {
            try {
                return p.test(c);
            } catch (NullPointerException e) {
                return false;
            }
        }).toList();
        if (candidates.isEmpty()) {
            throw new IllegalStateException("no cell for anomaly");
        }
        return candidates.get(rnd.nextInt(candidates.size()));
    }

    /** A difference no rounding explains: 1.00 to 20.00 万元, or a tenth of the amount if that is more. */
    private static BigDecimal delta(PrintedAmount c, Random rnd) {
        BigDecimal base = BigDecimal.valueOf(100 + rnd.nextInt(1900), 2);
        BigDecimal tenth = c.value.abs().movePointLeft(1).setScale(2, java.math.RoundingMode.HALF_UP);
        return base.max(tenth);
    }

    private static List<PrintedAmount> shift(PrintedAmount c, BigDecimal d) {
        c.value = c.value.add(d);
        return List.of(c);
    }
}
