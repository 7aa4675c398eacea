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
 * and text where an amount belongs.
 */
enum Anomaly {
    BROKEN_TOTAL("合计数错误") {
        @Override
        List<PrintedCell> apply(List<PrintedCell> cells, Random rnd) {
            PrintedCell c = pick(cells, rnd, p -> (p.table.equals("01") && Objects.equals(p.rowNo, 58))
                    || (p.isTotal() && p.col == 1 && List.of("02", "03", "05").contains(p.table))
                    || (p.table.equals("04") && Objects.equals(p.rowNo, 59) && p.col == 2)
                    || "人员经费合计".equals(p.name));
            return shift(c, delta(c, rnd));
        }
    },
    CLASS_NOT_SUM("类不等于所属款之和") {
        @Override
        List<PrintedCell> apply(List<PrintedCell> cells, Random rnd) {
            PrintedCell c = pick(cells, rnd, p -> List.of("03", "05", "06").contains(p.table) && p.level().equals("类")
                    && p.value.signum() > 0 && (p.table.equals("06") || p.col == 2));
            return shift(c, delta(c, rnd));
        }
    },
    MISMATCH_01_03("公开01表与公开03表支出分类不一致") {
        @Override
        List<PrintedCell> apply(List<PrintedCell> cells, Random rnd) {
            PrintedCell from = pick(cells, rnd, p -> p.table.equals("01") && p.code != null && p.value.compareTo(BigDecimal.ONE) >= 0);
            PrintedCell to = pick(cells, rnd, p -> p.table.equals("01") && p.code != null && p != from);
            BigDecimal d = delta(from, rnd).min(from.value);
            List<PrintedCell> changed = new ArrayList<>(shift(from, d.negate()));
            changed.addAll(shift(to, d));
            return changed;
        }
    },
    MISMATCH_05_06("公开06表基本支出与公开05表不一致") {
        @Override
        List<PrintedCell> apply(List<PrintedCell> cells, Random rnd) {
            PrintedCell line = pick(cells, rnd, p -> p.table.equals("06") && p.code != null && p.code.startsWith("301")
                    && p.code.length() == 5 && p.value.signum() > 0);
            BigDecimal d = delta(line, rnd);
            List<PrintedCell> changed = new ArrayList<>(shift(line, d));
            changed.addAll(shift(pick(cells, rnd, p -> p.table.equals("06") && "301".equals(p.code)), d));
            changed.addAll(shift(pick(cells, rnd, p -> "人员经费合计".equals(p.name)), d));
            return changed;
        }
    },
    TEXT_AMOUNT("金额栏填入非数字") {
        private static final String[] TEXTS = {"abc", "12..5", "约3万", "见附表", "#REF!"};

        @Override
        List<PrintedCell> apply(List<PrintedCell> cells, Random rnd) {
            PrintedCell c = pick(cells, rnd, p -> ((p.table.equals("03") && p.level().equals("项") && p.col == 2)
                    || (p.table.equals("06") && p.level().equals("款"))) && p.value.signum() > 0);
            c.value = null;
            c.cell.setCellValue(TEXTS[rnd.nextInt(TEXTS.length)]);
            return List.of(c);
        }
    };

    private final String label;

    Anomaly(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** Changes the printed cells (and the workbook cells behind them); returns the cells changed. */
    abstract List<PrintedCell> apply(List<PrintedCell> cells, Random rnd);

    private static PrintedCell pick(List<PrintedCell> cells, Random rnd, Predicate<PrintedCell> p) {
        List<PrintedCell> candidates = cells.stream().filter(PrintedCell::isNumber).filter(c -> {
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
    private static BigDecimal delta(PrintedCell c, Random rnd) {
        BigDecimal base = BigDecimal.valueOf(100 + rnd.nextInt(1900), 2);
        BigDecimal tenth = c.value.abs().movePointLeft(1).setScale(2, java.math.RoundingMode.HALF_UP);
        return base.max(tenth);
    }

    private static List<PrintedCell> shift(PrintedCell c, BigDecimal d) {
        c.value = c.value.add(d);
        c.cell.setCellValue(c.value.doubleValue());
        return List.of(c);
    }
}
