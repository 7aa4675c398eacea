package cn.jsaudit.narrative;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import cn.jsaudit.model.Amount;

/**
 * A workbook's amounts by table (its role) and, within a table, by the keys claims are linked with (行次, code, name,
 * the total row), so that linking looks a claim's cells up instead of scanning every amount for every
 * claim. A table's key is indexed the first time it is asked for: a narrative uses only a few. Lists hold
 * positions in the workbook's order.
 */
final class AmountIndex {

    /** The keys of a table's rows; an amount with a null key is not listed under that field. */
    enum Field {
        TOTAL(a -> a.isTotal() ? "" : null),
        ROW_NO(a -> a.rowNo() == null ? null : String.valueOf(a.rowNo())),
        CODE(Amount::code),
        NAME(Amount::name);

        private final Function<Amount, String> key;

        Field(Function<Amount, String> key) {
            this.key = key;
        }
    }

    private final List<Amount> all;
    private final Map<String, List<Integer>> byTable = new HashMap<>();
    private final Map<Field, Map<String, Map<String, List<Integer>>>> byField = new EnumMap<>(Field.class);

    AmountIndex(List<Amount> amounts) {
        this.all = amounts;
        List<Integer> current = null;
        for (int i = 0; i < amounts.size(); i++) {
            String table = amounts.get(i).role();
            if (current == null || !Objects.equals(table, amounts.get(i - 1).role())) {
                current = byTable.computeIfAbsent(table, k -> new ArrayList<>()); // a table's cells come together
            }
            current.add(i);
        }
    }

    /** Every cell of the table. */
    List<Amount> inTable(String table) {
        return amounts(byTable.getOrDefault(table, List.of()));
    }

    /** The cells of the table whose field has this value (for {@link Field#TOTAL}, ""). */
    List<Amount> with(String table, Field field, String value) {
        return amounts(positions(table, field, value));
    }

    /** The first cell in workbook order, in one of the tables, with one of the values, that the test accepts. */
    Amount first(List<String> tables, Field field, List<String> values, Predicate<Amount> test) {
        int best = all.size();
        for (String table : tables) {
            for (String value : values) {
                for (int p : positions(table, field, value)) {
                    if (p >= best) {
                        break;
                    }
                    if (test.test(all.get(p))) {
                        best = p;
                        break;
                    }
                }
            }
        }
        return best < all.size() ? all.get(best) : null;
    }

    private List<Integer> positions(String table, Field field, String value) {
        Map<String, Map<String, List<Integer>>> tables = byField.get(field);
        if (tables == null) {
            tables = new HashMap<>();
            byField.put(field, tables);
        }
        Map<String, List<Integer>> rows = tables.get(table);
        if (rows == null) {
            rows = index(table, field);
            tables.put(table, rows);
        }
        return rows.getOrDefault(value, List.of());
    }

    private Map<String, List<Integer>> index(String table, Field field) {
        Map<String, List<Integer>> rows = new HashMap<>();
        for (int p : byTable.getOrDefault(table, List.of())) {
            String key = field.key.apply(all.get(p));
            if (key != null) {
                rows.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
        }
        return rows;
    }

    private List<Amount> amounts(List<Integer> positions) {
        List<Amount> out = new ArrayList<>(positions.size());
        for (int p : positions) {
            out.add(all.get(p));
        }
        return out;
    }
}
