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

    private AmountTables(Map<String, Table> byRole) {
        this.byRole = byRole;
    }

    /** The amounts grouped by role, each table's in the order given. */
    public static AmountTables of(Collection<Amount> amounts) {
        Map<String, List<Amount>> lists = new LinkedHashMap<>();
        for (Amount a : amounts) {
            lists.computeIfAbsent(a.role(), r -> new ArrayList<>()).add(a);
        }
        Map<String, Table> byRole = new HashMap<>();
        lists.forEach((role, list) -> byRole.put(role, new Table(list)));
        return new AmountTables(byRole);
    }

    /** The amounts of the table with that role; none when the submission has no amount in it. */
    public Table table(String role) {
        return byRole.getOrDefault(role, NONE);
    }

    /** One table's amounts; each index is built when first asked for (a submission asks a few per table). */
    public static final class Table {

        private final List<Amount> all;
        private Map<String, List<Amount>> byRowKey;
        private Map<Integer, List<Amount>> byColumn;
        private Map<String, List<Amount>> byParent;
        private Map<Integer, List<Amount>> byRowNo;
        private Map<String, List<Amount>> byCode;
        private Map<String, List<Amount>> byName;

        private Table(List<Amount> all) {
            this.all = List.copyOf(all);
        }

        public List<Amount> all() {
            return all;
        }

        /** The amounts of one printed line of one block ({@link Amount#rowKey()}). */
        public List<Amount> line(String rowKey) {
            if (byRowKey == null) {
                byRowKey = index(Amount::rowKey);
            }
            return byRowKey.getOrDefault(rowKey, List.of());
        }

        public List<Amount> column(int col) {
            if (byColumn == null) {
                byColumn = index(Amount::col);
            }
            return byColumn.getOrDefault(col, List.of());
        }

        /** The amounts whose code is one level below the code given (款 of a 类, 项 of a 款). */
        public List<Amount> children(String code) {
            if (byParent == null) {
                byParent = index(Amount::parentCode);
            }
            return byParent.getOrDefault(code, List.of());
        }

        public List<Amount> rowNo(int rowNo) {
            if (byRowNo == null) {
                byRowNo = index(Amount::rowNo);
            }
            return byRowNo.getOrDefault(rowNo, List.of());
        }

        public List<Amount> code(String code) {
            if (byCode == null) {
                byCode = index(Amount::code);
            }
            return byCode.getOrDefault(code, List.of());
        }

        public List<Amount> name(String name) {
            if (byName == null) {
                byName = index(Amount::name);
            }
            return byName.getOrDefault(name, List.of());
        }

        /** The amounts by a key, each list in the table's order; amounts without the key are left out. */
        private <K> Map<K, List<Amount>> index(Function<Amount, K> key) {
            Map<K, List<Amount>> out = new HashMap<>();
            for (Amount a : all) {
                K k = key.apply(a);
                if (k != null) {
                    out.computeIfAbsent(k, x -> new ArrayList<>(4)).add(a);
                }
            }
            return out;
        }
    }
}
