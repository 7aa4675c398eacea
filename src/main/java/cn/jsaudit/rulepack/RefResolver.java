package cn.jsaudit.rulepack;

import cn.jsaudit.ruleapi.Cells;
import cn.jsaudit.ruleapi.Text;
import cn.jsaudit.ingest.Template;
import cn.jsaudit.ingest.TemplateBlock;
import cn.jsaudit.ingest.TemplateTable;
import cn.jsaudit.rulepack.Formula.Scope;
import cn.jsaudit.rulepack.Formula.Sel;
import cn.jsaudit.rulepack.Formula.Term;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Resolves a formula's references against a template: 行次 and 科目代码 checked, row and column labels turned into
 * 行次 and 栏次, levels (类/款/项) and named rows (合计) into the {@link Cells} the rule selects. Anything the
 * template does not have is a {@link FormulaException} naming the character it concerns.
 */
final class RefResolver {

    private static final Map<String, String> LEVELS = Map.of("类", "类", "各类", "类", "款", "款", "所属款", "款",
            "项", "项", "所属项", "项");

    private RefResolver() {
    }

    /**
     * A reference resolved against the template.
     *
     * @param cells  the cells it names
     * @param single whether it names one cell (or, under 每行/每列, one cell per row/column)
     * @param level  类/款/项 for a level reference, else null
     * @param named  whether it names a row without code such as 合计
     * @param column the constraint on the submission's {@code AmountTables} that its column was read
     *               ({@code reads("三公", 5, 5)}), or null when the reference names no column: a column the sheet did
     *               not show is not read as zeros
     */
    record Ref(String table, Cells cells, boolean single, String level, boolean named, String column) {
    }

    /** The constraint that some column of the table from … to (both included) has an amount. */
    private static String reads(TemplateTable table, int from, int to) {
        return "reads(\"" + esc(table.role()) + "\", " + from + ", " + to + ")";
    }

    /** The table a formula names (by role, printed name or code) in a template, or an error listing its tables. */
    static TemplateTable table(String written, Template t, int pos) throws FormulaException {
        return t.tableCalled(written).orElseThrow(() -> new FormulaException("没有“" + written + "”这张表（表写角色，本模板有："
                + t.tables().stream().map(TemplateTable::role).collect(Collectors.joining("、")) + "；或写表名，如 "
                + t.tables().get(0).name() + "）", pos));
    }

    static Ref resolve(Term written, Scope scope, FormulaRow row, Template t, List<String> subtotals) throws FormulaException {
        Term term = written;
        TemplateTable table = table(term.table() != null ? term.table() : defaultTable(row, term), t, written.pos());
        String tableId = table.name();
        Cells c = Cells.of(table.role());
        TemplateBlock block = null;
        boolean single = true;
        String level = null;
        boolean named = false;
        String column = null;
        boolean keyless = !table.keyedByRowNumber() && !table.keyedByCode();
        if (keyless && scope == Scope.ONCE && term.col() == null) {
            // A table with one keyless row (三公): its only selector is the column, as in 09[决算数/合计].
            term = new Term(term.table(), null, null, term.row(), term.rowTo(), term.pos());
        } else if (scope != Scope.EACH_ROW) {
            if (term.row() == null) {
                throw new FormulaException("请写明行，如 [27] 或 [合计][1]", term.pos());
            }
            RowRef r = row(term.row(), term.rowTo(), table, tableId);
            c = r.narrow(c);
            block = r.block();
            single = r.single();
            level = r.level();
            named = r.named();
            if (r.column() != null) {
                column = reads(table, r.column(), r.column());
            }
        }
        Integer line = lineColumn(table);
        if (line != null && term.col() == null && (scope == Scope.EACH_COLUMN || (scope == Scope.ONCE && column == null))) {
            // a line's amount, not its parts: 每列 checks the line column alone, [301] means its line column
            c = c.col(line);
            column = scope == Scope.ONCE ? reads(table, line, line) : column;
        }
        if (term.col() != null) {
            if (scope == Scope.EACH_COLUMN) {
                throw new FormulaException("“每列”公式中不写栏：栏由“每列”逐一取", term.col().pos());
            }
            int from = column(term.col(), block, table, tableId, subtotals);
            if (term.colTo() != null) {
                int to = column(term.colTo(), block, table, tableId, subtotals);
                c = c.cols(from, to);
                column = reads(table, from, to);
                single = false;
            } else {
                c = c.col(from);
                column = reads(table, from, from);
            }
        } else if (scope == Scope.ONCE && column == null) {
            List<TemplateBlock> blocks = block != null ? List.of(block) : table.blocks();
            for (TemplateBlock b : blocks) {
                if (b.columns().size() > 1) {
                    throw new FormulaException(tableId + (b.name().isEmpty() ? "" : "“" + b.name() + "”块")
                            + "有多栏（" + columnList(b) + "），请写明栏，如 [" + term.row() + "][" + b.columns().keySet()
                            .iterator().next() + "]", term.pos());
                }
            }
        }
        return new Ref(table.role(), c, single, level, named, column);
    }

    /** A row reference; {@code column} is set when it names one cell of a row (人员经费合计 printed on the 合计 row). */
    private record RowRef(UnaryOperator<Cells> selects, TemplateBlock block, boolean single, String level, boolean named,
                          Integer column) {

        RowRef(UnaryOperator<Cells> selects, TemplateBlock block, boolean single, String level, boolean named) {
            this(selects, block, single, level, named, null);
        }

        Cells narrow(Cells c) {
            return selects.apply(c);
        }
    }

    /** The column of a one-block table that carries each line's amount, its other columns splitting it; or null. */
    private static Integer lineColumn(TemplateTable table) {
        return table.blocks().size() == 1 ? table.blocks().get(0).lineColumn() : null;
    }

    private static RowRef row(Sel sel, Sel to, TemplateTable table, String tableId) throws FormulaException {
        String name = tableId;
        if (sel.isNumber()) {
            if (table.keyedByRowNumber()) {
                TemplateBlock b = blockOfRow(sel, table, name);
                if (to == null) {
                    return new RowRef(c -> c.row(sel.number()), b, true, null, false);
                }
                if (!to.isNumber() || blockOfRow(to, table, name) != b || to.number() <= sel.number()) {
                    throw new FormulaException("行次范围 " + sel + "~" + to + " 应由小到大、在同一块内", to.pos());
                }
                return new RowRef(c -> c.rows(sel.number(), to.number()), b, false, null, false);
            }
            if (table.keyedByCode()) {
                if (!sel.text().matches("\\d{3}|\\d{5}|\\d{7}") || to != null) {
                    throw new FormulaException(name + "按科目代码列示，[" + sel + "] 不是科目代码（3、5 或 7 位数字）", sel.pos());
                }
                return new RowRef(c -> c.code(sel.text()), null, true, null, false);
            }
            throw new FormulaException(name + "没有行次和科目代码：请用“每行”公式按栏引用", sel.pos());
        }
        String label = Text.compact(sel.text());
        String level = LEVELS.get(label);
        if (level != null) {
            if (!table.keyedByCode()) {
                throw new FormulaException(name + "不按科目代码列示，没有 [" + label + "] 级次", sel.pos());
            }
            return new RowRef(c -> c.level(level), null, false, level, false);
        }
        for (TemplateBlock b : table.blocks()) {
            for (String cell : b.namedCells().keySet()) {
                Integer col = b.cellColumn(cell);
                if (col != null && Text.compact(cell).equals(label)) {
                    return new RowRef(c -> c.name(Text.compact(cell)).col(col), b, true, null, true, col);
                }
            }
            for (String n : b.namedRows()) {
                List<String> wordings = TemplateBlock.wordings(n);
                if (wordings.stream().anyMatch(w -> Text.compact(w).equals(label))) {
                    return new RowRef(c -> c.name(Text.compact(wordings.get(0))), b, true, null, true);
                }
            }
        }
        if (table.keyedByRowNumber()) {
            List<Integer> rows = new ArrayList<>();
            TemplateBlock found = null;
            for (TemplateBlock b : table.blocks()) {
                for (Integer r : b.rowsLabelled(label)) {
                    rows.add(r);
                    found = b;
                }
            }
            if (rows.size() == 1) {
                return new RowRef(c -> c.row(rows.get(0)), found, true, null, false);
            }
            if (rows.size() > 1) {
                throw new FormulaException(name + "有多行名为“" + label + "”（" + rows.stream().map(r -> "第" + r + "行")
                        .collect(Collectors.joining("、")) + "），请写行次", sel.pos());
            }
        }
        throw new FormulaException(name + "没有名为“" + label + "”的行（" + rowHint(table) + "）", sel.pos());
    }

    private static TemplateBlock blockOfRow(Sel sel, TemplateTable table, String name) throws FormulaException {
        for (TemplateBlock b : table.blocks()) {
            if (b.hasRow(sel.number())) {
                return b;
            }
        }
        throw new FormulaException(name + "没有第 " + sel.number() + " 行（" + rowHint(table) + "）", sel.pos());
    }

    private static String rowHint(TemplateTable table) {
        if (table.keyedByRowNumber()) {
            return "模板中的行次：" + table.blocks().stream().flatMap(b -> b.rows().keySet().stream())
                    .collect(Collectors.joining("、"));
        }
        List<String> named = table.blocks().stream().flatMap(b -> b.namedRows().stream()).toList();
        return table.keyedByCode() ? "可用：科目代码、[类]、[款]、[项]" + (named.isEmpty() ? "" : "、" + String.join("、", named))
                : "本表只能按栏引用";
    }

    private static int column(Sel sel, TemplateBlock block, TemplateTable table, String tableId, List<String> subtotals)
            throws FormulaException {
        List<TemplateBlock> blocks = block != null ? List.of(block) : table.blocks();
        Map<Integer, String> columns = new LinkedHashMap<>();
        blocks.forEach(b -> columns.putAll(b.columnLabels()));
        String where = tableId + (block != null && !block.name().isEmpty() ? "“" + block.name() + "”块" : "");
        if (sel.isNumber()) {
            if (!columns.containsKey(sel.number())) {
                throw new FormulaException(where + "没有第 " + sel.number() + " 栏（有：" + columnList(columns) + "）", sel.pos());
            }
            return sel.number();
        }
        List<Integer> match = labelMatches(sel.text(), columns);
        for (int k = 0; k < subtotals.size() && match.size() != 1; k++) {
            // a column group names its 小计 leaf, never the 小计 and its parts added up
            List<Integer> leaf = labelMatches(sel.text() + "/" + subtotals.get(k), columns);
            if (leaf.size() == 1) {
                match = leaf;
            }
        }
        if (match.size() == 1) {
            return match.get(0);
        }
        throw new FormulaException(match.isEmpty()
                ? where + "没有名为“" + sel.text() + "”的栏（有：" + columnList(columns) + "）"
                : where + "有多栏名为“" + sel.text() + "”（" + match.stream().map(n -> n + " " + columns.get(n))
                        .collect(Collectors.joining("、")) + "），请写全栏名或写栏次", sel.pos());
    }

    /**
     * Columns whose label matches what the auditor wrote: the whole label, else the written parts in order with
     * the last one equal to (or the beginning of) the label's last part — [基本支出] finds 本年支出/基本支出,
     * [决算数/小计] finds 决算数/公务用车购置及运行维护费/小计, [一般公共预算] finds 一般公共预算财政拨款.
     */
    static List<Integer> labelMatches(String written, Map<Integer, String> columns) {
        String w = Text.compact(written);
        List<Integer> exact = columns.entrySet().stream().filter(e -> Text.compact(e.getValue()).equals(w))
                .map(Map.Entry::getKey).toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        String[] ws = w.split("/");
        List<Integer> out = new ArrayList<>();
        for (Map.Entry<Integer, String> e : columns.entrySet()) {
            String[] cs = Text.compact(e.getValue()).split("/");
            if (!cs[cs.length - 1].startsWith(ws[ws.length - 1])) {
                continue;
            }
            int k = 0;
            for (int j = 0; j < cs.length - 1 && k < ws.length - 1; j++) {
                if (cs[j].startsWith(ws[k])) {
                    k++;
                }
            }
            if (k == ws.length - 1) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    private static String columnList(TemplateBlock b) {
        return columnList(b.columnLabels());
    }

    private static String columnList(Map<Integer, String> columns) {
        return columns.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("、"));
    }

    private static String defaultTable(FormulaRow row, Term term) throws FormulaException {
        if (row.tables().size() == 1) {
            return row.tables().get(0);
        }
        throw new FormulaException("此引用前要写表，如 收支总表[27]（本行涉及 " + String.join("、", row.tables()) + " 多张表）",
                term.pos());
    }

    private static String esc(String s) {
        return FormulaTranslator.esc(s);
    }
}
