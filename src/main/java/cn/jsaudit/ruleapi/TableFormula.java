package cn.jsaudit.ruleapi;

import cn.jsaudit.model.Amount;
import cn.jsaudit.model.AmountTables;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The comparisons one formula-table rule makes on a submission: which amounts stand on each side, as the formula
 * (rulepack's translation of a row of rules/tables/*.csv) names them. The first reference on the left is the
 * anchor: a formula 每行 compares each amount the anchor names with the cells of its printed line, 每列 with the
 * cells of its column (and, when the anchor is a level such as [类], with the codes under its own code).
 */
final class TableFormula {

    /** How the other references are tied to an amount of the anchor. */
    enum Scope { ONCE, EACH_ROW, EACH_COLUMN }

    private TableFormula() {
    }

    /**
     * Hands each comparison's left and right amounts to {@code compare}. A comparison is made only when something
     * on the right was printed (a class without sections, a table left out: nothing to compare); a reference other
     * than the anchor and the right side may name no cell, counted as 0.
     */
    static void each(AmountTables tables, Scope scope, List<Cells> left, List<Cells> right,
                     BiConsumer<List<Amount>, List<Amount>> compare) {
        Cells anchor = left.get(0);
        List<Amount> anchors = select(tables, anchor, null, null);
        if (scope == Scope.ONCE && !anchor.single()) {
            if (!anchors.isEmpty()) {
                sides(tables, scope, anchor, null, anchors, left, right, compare);
            }
            return;
        }
        for (Amount a : anchors) {
            sides(tables, scope, anchor, a, List.of(a), left, right, compare);
        }
    }

    private static void sides(AmountTables tables, Scope scope, Cells anchor, Amount at, List<Amount> first,
                              List<Cells> left, List<Cells> right, BiConsumer<List<Amount>, List<Amount>> compare) {
        List<Amount> r = new ArrayList<>();
        for (Cells c : right) {
            select(tables, c, scope == Scope.ONCE ? null : scope, at, anchor, r);
        }
        if (r.isEmpty()) {
            return;
        }
        List<Amount> l = first;
        if (left.size() > 1) {
            l = new ArrayList<>(first);
            for (int k = 1; k < left.size(); k++) {
                select(tables, left.get(k), scope == Scope.ONCE ? null : scope, at, anchor, l);
            }
        }
        compare.accept(l, r);
    }

    private static List<Amount> select(AmountTables tables, Cells cells, Scope join, Amount at) {
        List<Amount> out = new ArrayList<>();
        select(tables, cells, join, at, null, out);
        return out;
    }

    /** Adds the amounts the cells name, tied to the anchor's amount {@code at} as the scope says. */
    private static void select(AmountTables tables, Cells cells, Scope join, Amount at, Cells anchor, List<Amount> out) {
        AmountTables.Table t = tables.table(cells.role());
        boolean underCode = join == Scope.EACH_COLUMN && anchor.level() != null;
        List<Amount> candidates;
        if (join == null) {
            candidates = cells.candidates(t);
        } else if (join == Scope.EACH_ROW) {
            candidates = t.line(at.rowKey());
        } else if (underCode) {
            candidates = t.children(at.code());
        } else {
            candidates = cells.namesLine() ? cells.candidates(t) : t.column(at.col());
        }
        for (Amount a : candidates) {
            if (cells.matches(a) && (join != Scope.EACH_COLUMN || a.col() == at.col())) {
                out.add(a);
            }
        }
    }
}
