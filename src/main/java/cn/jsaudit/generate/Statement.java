package cn.jsaudit.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public tables of one submission by meaning: every amount any layout prints, computed once from the accounts
 * ({@link StatementBuilder}) and keyed by table, row and column. Tables 01–09 carry the national numbering and the
 * roles every layout shares; the Sichuan-only tables have keys of their own. Layout writers take rows, column
 * labels and amounts from here, so that the same submission reads the same in every layout.
 */
final class Statement {

    /** Sichuan-only tables: 财政拨款支出明细 (05), 一般公共预算支出明细 (07), 项目支出明细 (09), 国有资本经营收支 (11). */
    static final String FUND_DETAIL = "sc05";
    static final String GENERAL_DETAIL = "sc07";
    static final String PROJECT_DETAIL = "sc09";
    static final String STATE_CAPITAL = "sc11";

    /** The canonical table kinds (roles) the readers' templates name. */
    static final Map<String, String> ROLES = Map.ofEntries(Map.entry("01", "收支总表"), Map.entry("02", "收入"),
            Map.entry("03", "支出"), Map.entry("04", "财政拨款收支总表"), Map.entry("05", "一般公共预算支出"),
            Map.entry("06", "基本支出明细"), Map.entry("07", "政府性基金"), Map.entry("08", "国有资本经营"),
            Map.entry("09", "三公"), Map.entry(FUND_DETAIL, "财政拨款支出明细"), Map.entry(GENERAL_DETAIL, "一般公共预算支出明细"),
            Map.entry(PROJECT_DETAIL, "项目支出明细"), Map.entry(STATE_CAPITAL, "国有资本经营收支"));

    /** The key of the one row of the 三公 table. */
    static final String THREE_PUBLIC_ROW = "三公";

    /** A printed row: its key (行次, 科目代码 or the name of a named row such as 合计) and what it shows. */
    record Row(String key, Integer rowNo, String code, String name) {
    }

    final Accounts accounts;
    private final Map<String, List<Row>> rows = new LinkedHashMap<>();
    private final Map<String, List<String>> columns = new LinkedHashMap<>();
    private final Map<String, PrintedAmount> amounts = new LinkedHashMap<>();

    Statement(Accounts accounts) {
        this.accounts = accounts;
    }

    static Statement of(Accounts a) {
        return new StatementBuilder(a).build();
    }

    void addRow(String table, Row row) {
        rows.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
    }

    void setColumns(String table, List<String> labels) {
        columns.put(table, List.copyOf(labels));
    }

    void addAmount(String table, Row row, int col, long fen) {
        PrintedAmount p = new PrintedAmount(table, ROLES.get(table), row.rowNo(), row.code(), row.name(), col,
                column(table, col), Money.wan(fen));
        amounts.put(key(table, row.key(), col), p);
    }

    /** The rows of a table in printed order (the national order for tables 01–09). */
    List<Row> rows(String table) {
        return rows.getOrDefault(table, List.of());
    }

    Row row(String table, String key) {
        return rows(table).stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no row " + key + " in " + table));
    }

    /** The label path of column {@code col} (1-based), e.g. 本年支出/基本支出. */
    String column(String table, int col) {
        return columns.get(table).get(col - 1);
    }

    int columnCount(String table) {
        return columns.get(table).size();
    }

    /** The amount printed in a row and column, or null where the table prints none. */
    PrintedAmount at(String table, String rowKey, int col) {
        return amounts.get(key(table, rowKey, col));
    }

    List<PrintedAmount> all() {
        return List.copyOf(amounts.values());
    }

    /** The amounts of tables 01–09, which every layout prints (under its own titles and numbers). */
    List<PrintedAmount> national() {
        return amounts.values().stream().filter(p -> !p.table.startsWith("sc")).toList();
    }

    private static String key(String table, String row, int col) {
        return table + "|" + row + "|" + col;
    }
}
