package cn.jsaudit.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A submission's amounts grouped by the role of their table, each table indexed by the keys the formula tables
 * select and join on; one fact per submission. A formula-table rule matches this one fact and its check walks the
 * indexes ({@code check.eachRow(kcontext, $amounts, …)}), instead of every amount passing through each formula's
 * patterns and every 每行 / 每列 join collecting amounts into the rule network's memories.
 */
public final class AmountTables {

    private static final Table NONE = new Table(List.of());

    private final Map<String, Table> byRole;
    private final String template;
    /** The first column of each printed line ({@link Amount#rowKey()}) over all tables, built when first asked for. */
    private Map<String, Integer> firstColumns;

    private AmountTables(Map<String, Table> byRole, String template) {
        this.byRole = byRole;
        this.template = template;
    }

    /** The amounts grouped by role, each table's in the order given, read with no known template. */
    public static AmountTables of(Collection<Amount> amounts) {
        return of(amounts, null);
    }

    /**
     * The amounts grouped by role, each table's in the order given, read with the template of that id
     * ({@link Submission#template()}).
     */
    public static AmountTables of(Collection<Amount> amounts, String template) {
        Map<String, List<Amount>> lists = new LinkedHashMap<>();
        for (Amount a : amounts) {
            lists.computeIfAbsent(a.role(), r -> new ArrayList<>()).add(a);
        }
        Map<String, Table> byRole = new HashMap<>();
        lists.forEach((role, list) -> byRole.put(role, new Table(list)));
        return new AmountTables(byRole, template);
    }

    /**
     * The id of the template the tables were read with (as {@link Submission#template()}): a formula-table rule, whose
     * references were resolved against some templates' rows and columns, asks it of this fact
     * ({@code AmountTables(template == "national" || …)}) rather than joining the submission.
     */
    public String template() {
        return template;
    }

    /**
     * True when no amount of the same printed line ({@link Amount#rowKey()}) stands in a column before this one: a
     * check of a whole line (a row's code and name) reports on that cell only, once per line
     * ({@code Amount(…, $lines.opensLine(this))} instead of {@code not Amount(rowKey == $rk, col < $col)}, which puts every
     * amount into the memory of a node of the rule network).
     */
    public boolean opensLine(Amount a) {
        if (firstColumns == null) {
            Map<String, Integer> first = new HashMap<>();
            for (Table t : byRole.values()) {
                for (Amount x : t.all) {
                    first.merge(x.rowKey(), x.col(), Math::min);
                }
            }
            firstColumns = first;
        }
        Integer first = firstColumns.get(a.rowKey());
        return first == null || first == a.col();
    }

    /**
     * True when some column from … to (栏次, both included) of the table with that role has an amount: a formula asks
     * this of each column it names ({@code AmountTables(reads("支出", 2, 6))}), as a column the sheet did not show is
     * not a column of zeros.
     */
    public boolean reads(String role, int from, int to) {
        Table t = table(role);
        for (int col = from; col <= to; col++) {
            if (!t.column(col).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** True when an amount of the table so called ({@link Amount#table()}) has that code. */
    public boolean hasCode(String table, String code) {
        for (Table t : byRole.values()) {
            for (Amount a : t.code(code)) {
                if (a.table().equals(table)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the table with that role has an amount. */
    public boolean has(String role) {
        return !table(role).all().isEmpty();
    }

    /** The amounts of the table with that role; none when the submission has no amount in it. */
    public Table table(String role) {
        return byRole.getOrDefault(role, NONE);
    }

    /**
     * One table's amounts; each index is built when first asked for (a submission asks a few per table). A table is used
     * by one submission's session only, except the shared empty one, which never builds an index.
     */
    public static final class Table {

        private final List<Amount> all;
        private final Index<String> byRowKey = new Index<>(Amount::rowKey);
        private final Index<Integer> byColumn = new Index<>(Amount::col);
        private final Index<String> byParent = new Index<>(Amount::parentCode);
        private final Index<Integer> byRowNo = new Index<>(Amount::rowNo);
        private final Index<String> byCode = new Index<>(Amount::code);
        private final Index<String> byName = new Index<>(Amount::name);

        private Table(List<Amount> all) {
            this.all = List.copyOf(all);
        }

        public List<Amount> all() {
            return all;
        }

        /** The amounts of one printed line of one block ({@link Amount#rowKey()}). */
        public List<Amount> line(String rowKey) {
            return byRowKey.get(rowKey);
        }

        public List<Amount> column(int col) {
            return byColumn.get(col);
        }

        /** The amounts whose code is one level below the code given (款 of a 类, 项 of a 款). */
        public List<Amount> children(String code) {
            return byParent.get(code);
        }

        public List<Amount> rowNo(int rowNo) {
            return byRowNo.get(rowNo);
        }

        public List<Amount> code(String code) {
            return byCode.get(code);
        }

        public List<Amount> name(String name) {
            return byName.get(name);
        }

        /** The amounts of that code in the column labelled so ({@link Amount#colLabel()}), in the table's order. */
        public List<Amount> code(String code, String colLabel) {
            List<Amount> out = new ArrayList<>(2);
            for (Amount a : byCode.get(code)) {
                if (colLabel.equals(a.colLabel())) {
                    out.add(a);
                }
            }
            return out;
        }

        /** The table's amounts by one key, each list in the table's order; amounts without the key are left out. */
        private final class Index<K> {

            private final Function<Amount, K> key;
            private Map<K, List<Amount>> map;

            Index(Function<Amount, K> key) {
                this.key = key;
            }

            List<Amount> get(K k) {
                if (all.isEmpty()) {
                    return List.of();
                }
                if (map == null) {
                    map = new HashMap<>();
                    for (Amount a : all) {
                        K value = key.apply(a);
                        if (value != null) {
                            map.computeIfAbsent(value, x -> new ArrayList<>(4)).add(a);
                        }
                    }
                }
                return map.getOrDefault(k, List.of());
            }
        }
    }
}
