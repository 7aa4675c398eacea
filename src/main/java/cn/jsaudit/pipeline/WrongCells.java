package cn.jsaudit.pipeline;

import cn.jsaudit.model.Amount;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Positions;
import cn.jsaudit.model.Severity;
import cn.jsaudit.ruleapi.Checks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One root cause, one finding: a wrong total also makes the narrative that quotes the right figure, and every share
 * computed from the total, disagree with the table. When a table identity fails at one cell and says what that cell
 * should hold, the submission is checked once more with the cell corrected. The findings about what the narrative says
 * (those quoting it) that name that cell and vanish with the correction are consequences of the same wrong cell — when
 * the correction resolves the identity and raises nothing new but identities through that cell. They fold under the
 * identity's finding (kept, not counted), which says so. The table's own findings stay, each naming its own relation.
 */
final class WrongCells {

    /** Checks run again for one submission at most: a workbook full of wrong totals is reported as it is. */
    static final int MAX_RECHECKS = 3;

    /** A correction the identities propose: the cell and the value they say it should hold (at the cell's scale). */
    private record Correction(Amount cell, BigDecimal value) {
        static Correction of(Amount cell, BigDecimal value) {
            BigDecimal v = value.stripTrailingZeros();
            return new Correction(cell, v.setScale(Math.max(0, Math.max(v.scale(), cell.value().scale()))));
        }
    }

    /** What makes two findings of two checks the same finding: the rule, how severe, where. */
    private record Key(String rule, Severity severity, Set<Location> places) {
        static Key of(Finding f) {
            return new Key(f.rule(), f.severity(), new HashSet<>(f.locations()));
        }
    }

    private WrongCells() {
    }

    /**
     * @param recheck the rules' findings for the submission with the given amounts in place of those read (what
     *                quotes the narrative comes from rules, so it is all a second check can make vanish)
     */
    static List<Finding> fold(List<Finding> findings, List<Amount> amounts,
                              Function<List<Amount>, List<Finding>> recheck) {
        List<Finding> out = new ArrayList<>(findings);
        int rechecks = 0;
        for (Map.Entry<Correction, List<Finding>> p : proposals(findings, amounts)) {
            Correction c = p.getKey();
            Location cell = c.cell().source();
            List<Finding> candidates = out.stream().filter(f -> f.severity() != Severity.INFO && f.quote() != null
                    && f.locations().contains(cell)).toList();
            if (candidates.isEmpty() || rechecks++ == MAX_RECHECKS) {
                continue;
            }
            List<Finding> again = IdenticalFindings.merge(recheck.apply(corrected(amounts, c))).stream()
                    .filter(f -> f.severity() != Severity.INFO).toList();
            Set<Key> after = again.stream().map(Key::of).collect(Collectors.toSet());
            Set<Key> before = out.stream().map(Key::of).collect(Collectors.toSet());
            boolean resolves = p.getValue().stream().noneMatch(f -> after.contains(Key.of(f)));
            // an identity through the cell may fail only now: a total printed from the wrong figure (合计 = 人员经费 +
            // 公用经费 on the same row) carried it along; anything else new means the correction is not the cause
            boolean carried = again.stream().allMatch(f -> before.contains(Key.of(f))
                    || isIdentity(f) && f.locations().contains(cell));
            if (!resolves || !carried) {
                continue;
            }
            List<Finding> folded = candidates.stream().filter(f -> !after.contains(Key.of(f))).toList();
            if (folded.isEmpty()) {
                continue;
            }
            Finding parent = p.getValue().stream().min(FindingOrder.ORDER).orElseThrow();
            out.removeAll(folded);
            out.set(out.indexOf(parent), withConsequences(parent, c, folded));
        }
        return out;
    }

    /**
     * The corrections the failing identities propose, those most identities agree on first: an identity whose left
     * side is one cell (its finding's first place, holding the finding's actual value) says the cell should hold
     * the finding's expected value.
     */
    private static List<Map.Entry<Correction, List<Finding>>> proposals(List<Finding> findings, List<Amount> amounts) {
        Map<Location, Amount> byCell = null;
        Map<Correction, List<Finding>> proposed = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.severity() == Severity.INFO || !isIdentity(f) || f.expected() == null
                    || f.actual() == null || f.primaryLocation() == null) {
                continue;
            }
            if (byCell == null) {
                byCell = new LinkedHashMap<>();
                for (Amount a : amounts) {
                    byCell.putIfAbsent(a.source(), a);
                }
            }
            Amount cell = byCell.get(f.primaryLocation());
            if (cell != null && cell.value().compareTo(f.actual()) == 0) {
                proposed.computeIfAbsent(Correction.of(cell, f.expected()), k -> new ArrayList<>())
                        .add(f);
            }
        }
        List<Map.Entry<Correction, List<Finding>>> ranked = new ArrayList<>(proposed.entrySet());
        ranked.sort((x, y) -> Integer.compare(y.getValue().size(), x.getValue().size()));
        return ranked;
    }

    /** A table identity that does not hold (within a table or between two): it names the cell and what it should be. */
    private static boolean isIdentity(Finding f) {
        return Checks.BEYOND.equals(f.code());
    }

    private static List<Amount> corrected(List<Amount> amounts, Correction c) {
        List<Amount> out = new ArrayList<>(amounts.size());
        for (Amount a : amounts) {
            out.add(a != c.cell() ? a : new Amount(a.table(), a.role(), a.block(), a.rowNo(), a.code(), a.name(),
                    a.col(), a.colLabel(), c.value(), a.halfStep(), a.source(), a.rowKey()));
        }
        return out;
    }

    private static Finding withConsequences(Finding parent, Correction c, List<Finding> folded) {
        Map<String, Integer> byRule = new LinkedHashMap<>();
        folded.forEach(f -> byRule.merge(f.rule(), 1, Integer::sum));
        String rules = byRule.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " 条")
                .collect(Collectors.joining("、"));
        // where the narrative says so: its paragraphs (a PDF's with their page), in reading order
        String places = folded.stream().flatMap(f -> f.locations().stream())
                .filter(l -> l.sheet() == null && l.cell() != null).sorted(FindingOrder.READING)
                .map(l -> l.onPage() ? Positions.of(l) : l.cell()).distinct().collect(Collectors.joining("、"));
        String note = "此格若为 " + c.value().toPlainString() + "，另有 " + folded.size() + " 条发现（" + rules
                + (places.isEmpty() ? "" : "，情况说明" + places) + "）随之消失，是同一处错误引起的，已折叠在本条之下，不计数。";
        String message = parent.message().strip();
        message = message.endsWith("。") ? message + note : message + "；" + note;
        List<Finding> all = new ArrayList<>(parent.folded());
        all.addAll(folded);
        return parent.withMessage(message).folding(all);
    }
}
