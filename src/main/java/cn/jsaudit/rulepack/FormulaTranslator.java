package cn.jsaudit.rulepack;

import cn.jsaudit.ingest.Template;
import cn.jsaudit.ingest.TemplateBlock;
import cn.jsaudit.ingest.TemplateTable;
import cn.jsaudit.ingest.Templates;
import cn.jsaudit.ingest.Text;
import cn.jsaudit.rulepack.Formula.Scope;
import cn.jsaudit.rulepack.Formula.Sel;
import cn.jsaudit.rulepack.Formula.Term;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns a formula row into DRL that calls the same {@code Checks} helpers as hand-written rules. Every reference is
 * resolved against the template first (行次 and 栏名 → numbers), so that a row or column the template does not
 * have is an error in the formula table, with the character it concerns, rather than a rule that never fires.
 * A row that applies to several templates resolving differently (三公 columns numbered differently) becomes one
 * rule per group of templates that resolve alike.
 */
final class FormulaTranslator {

    static final String HEADER = """
            package rules.formulas;

            import cn.jsaudit.model.*;
            import java.util.List;

            global cn.jsaudit.engine.Checks check;

            """;

    private static final Map<String, String> LEVELS = Map.of("类", "类", "各类", "类", "款", "款", "所属款", "款",
            "项", "项", "所属项", "项");
    private static final Map<String, String> CHILD = Map.of("类", "款", "款", "项");

    private final Templates templates;

    FormulaTranslator(Templates templates) {
        this.templates = templates;
    }

    /** A DRL rule made from a formula row, for the templates it applies to. */
    record Generated(String ruleName, String drl, List<String> templates) {
    }

    List<Generated> translate(FormulaRow row) throws FormulaException {
        Formula f = FormulaParser.parse(row.formula());
        Map<String, List<String>> byBody = new LinkedHashMap<>();
        for (Template t : applicable(row.templates())) {
            String body;
            try {
                body = body(f, row, t);
            } catch (FormulaException e) {
                throw new FormulaException("模板 " + t.id() + "（" + t.name() + "）：" + e.getMessage(), e.pos());
            }
            byBody.computeIfAbsent(body, b -> new ArrayList<>()).add(t.id());
        }
        List<Generated> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byBody.entrySet()) {
            String name = byBody.size() == 1 ? row.id() : row.id() + " [" + String.join(",", e.getValue()) + "]";
            out.add(new Generated(name, rule(name, row, e.getValue(), e.getKey()), e.getValue()));
        }
        return out;
    }

    /** 模板 as written: blank = national and its variants; ids (each with its variants); 全部 = every template. */
    List<Template> applicable(String spec) throws FormulaException {
        String s = spec == null ? "" : spec.strip();
        if (s.equals("全部")) {
            return templates.all();
        }
        List<String> ids = s.isEmpty() ? List.of("national") : List.of(s.split("[,，、\\s]+"));
        Set<Template> out = new LinkedHashSet<>();
        for (String id : ids) {
            List<Template> match = templates.all().stream()
                    .filter(t -> t.id().equals(id) || id.equals(t.extendsId())).toList();
            if (match.isEmpty()) {
                throw new FormulaException("“模板”栏中的 " + id + " 不是已有模板（可用：" + templates.all().stream()
                        .map(Template::id).collect(Collectors.joining("、")) + "，或“全部”）", -1);
            }
            out.addAll(match);
        }
        return List.copyOf(out);
    }

    private String rule(String name, FormulaRow row, List<String> templateIds, String body) {
        StringBuilder b = new StringBuilder();
        b.append("rule \"").append(esc(name)).append("\"\n");
        b.append("    @id(\"").append(esc(row.id())).append("\") @title(\"").append(esc(row.title()))
                .append("\") @severity(\"").append(row.severity().name()).append("\")");
        if (row.tolerance() != null) {
            b.append(" @tolerance(\"").append(row.tolerance().toPlainString()).append("\")");
        }
        b.append("\n    @source(\"").append(esc(row.origin().file() + ":" + row.origin().row()))
                .append("\") @formula(\"").append(esc(row.formula().strip())).append("\")\n");
        b.append("when\n");
        b.append("    Submission(").append(templateIds.stream().map(t -> "template == \"" + esc(t) + "\"")
                .collect(Collectors.joining(" || "))).append(")\n");
        b.append(body);
        b.append("end\n");
        return b.toString();
    }

    /** The rule's patterns and consequence for one template. */
    private String body(Formula f, FormulaRow row, Template t) throws FormulaException {
        List<Ref> left = new ArrayList<>();
        for (Term term : f.left()) {
            left.add(resolve(term, f.scope(), row, t));
        }
        List<Ref> right = new ArrayList<>();
        for (Term term : f.right()) {
            right.add(resolve(term, f.scope(), row, t));
        }
        checkTables(row, left, right);
        Ref anchor = left.get(0);
        if (f.scope() != Scope.ONCE) {
            for (Ref r : concat(left, right)) {
                if (!r.table().equals(anchor.table())) {
                    throw new FormulaException("“" + f.scope().word + "”公式只用于一张表之内", -1);
                }
            }
        }
        StringBuilder w = new StringBuilder();
        List<String> leftVars = new ArrayList<>(List.of("$l0"));
        switch (f.scope()) {
            case ONCE -> w.append(anchor.single()
                    ? "    $l0 : Amount(" + anchor.constraints() + ")\n"
                    : "    $l0 : List(size > 0) from collect( Amount(" + anchor.constraints() + ") )\n");
            case EACH_ROW -> {
                if (anchor.table() != null && !anchor.single()) {
                    throw new FormulaException("“每行”公式左边第一个引用应为单独一栏（各行逐一与它比较）", f.left().get(0).pos());
                }
                w.append("    $l0 : Amount(").append(anchor.constraints()).append(", $rk : rowKey)\n");
            }
            case EACH_COLUMN -> {
                if (!anchor.single() && anchor.level() == null) {
                    throw new FormulaException("“每列”公式左边第一个引用应为单独一行、[合计] 或 [类]/[款]", f.left().get(0).pos());
                }
                w.append("    $l0 : Amount(").append(anchor.constraints()).append(", $col : col")
                        .append(anchor.level() != null ? ", $code : code" : "").append(")\n");
            }
            default -> throw new IllegalStateException();
        }
        for (int k = 1; k < left.size(); k++) {
            w.append("    $l").append(k).append(" : List() from collect( Amount(")
                    .append(scoped(left.get(k), anchor, f, f.left().get(k))).append(") )\n");
            leftVars.add("$l" + k);
        }
        List<String> rightVars = new ArrayList<>();
        List<String> rightConstraints = new ArrayList<>();
        for (int k = 0; k < right.size(); k++) {
            rightConstraints.add(scoped(right.get(k), anchor, f, f.right().get(k)));
        }
        // Nothing to compare when nothing on the right was printed (a class without sections, a table left out).
        if (right.size() == 1) {
            w.append("    $r0 : List(size > 0) from collect( Amount(").append(rightConstraints.get(0)).append(") )\n");
            rightVars.add("$r0");
        } else {
            w.append("    exists ( ").append(rightConstraints.stream().map(c -> "Amount(" + c + ")")
                    .collect(Collectors.joining(" or "))).append(" )\n");
            for (int k = 0; k < right.size(); k++) {
                w.append("    $r").append(k).append(" : List() from collect( Amount(").append(rightConstraints.get(k))
                        .append(") )\n");
                rightVars.add("$r" + k);
            }
        }
        w.append("then\n    check.compare(kcontext, ").append(side(leftVars)).append(", \"").append(f.op())
                .append("\", ").append(side(rightVars)).append(");\n");
        return w.toString();
    }

    private static List<Ref> concat(List<Ref> a, List<Ref> b) {
        List<Ref> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String side(List<String> vars) {
        return vars.size() == 1 ? vars.get(0) : "java.util.List.of(" + String.join(", ", vars) + ")";
    }

    /** A term's constraints tied to the anchor: same printed row (每行), same column and parent (每列). */
    private static String scoped(Ref ref, Ref anchor, Formula f, Term term) throws FormulaException {
        return switch (f.scope()) {
            case ONCE -> ref.constraints();
            case EACH_ROW -> ref.constraints() + ", rowKey == $rk";
            case EACH_COLUMN -> {
                String c = ref.constraints() + ", col == $col";
                if (anchor.level() != null) {
                    if (ref.level() == null || !ref.level().equals(CHILD.get(anchor.level()))) {
                        throw new FormulaException("“每列 [" + anchor.level() + "] = …”右边应为其下一级 ["
                                + CHILD.getOrDefault(anchor.level(), "？") + "]", term.pos());
                    }
                    c += ", parentCode == $code";
                } else if (ref.level() != null && !(anchor.named() && ref.level().equals("类"))) {
                    throw new FormulaException("[" + ref.level() + "] 只能与其上一级比较：每列 [合计] = [类]、[类] = [款]、[款] = [项]",
                            term.pos());
                }
                yield c;
            }
        };
    }

    /** The tables the references read must be those the row's 表 column lists. */
    private static void checkTables(FormulaRow row, List<Ref> left, List<Ref> right) throws FormulaException {
        Set<String> used = new TreeSet<>();
        left.forEach(r -> used.add(r.table()));
        right.forEach(r -> used.add(r.table()));
        Set<String> declared = new TreeSet<>(row.tables());
        if (!used.equals(declared)) {
            throw new FormulaException("“表”栏写的是 " + String.join("、", declared) + "，公式引用的却是 "
                    + String.join("、", used) + "：两者应一致", -1);
        }
    }

    /**
     * A reference resolved against the template.
     *
     * @param single whether it names one cell (or, under 每行/每列, one cell per row/column)
     * @param level  类/款/项 for a level reference, else null
     * @param named  whether it names a row without code such as 合计
     */
    private record Ref(String table, String constraints, boolean single, String level, boolean named) {
    }

    private Ref resolve(Term written, Scope scope, FormulaRow row, Template t) throws FormulaException {
        Term term = written;
        String tableId = term.table() != null ? term.table() : defaultTable(row, term);
        TemplateTable table = t.table(tableId).orElseThrow(() -> new FormulaException(
                "没有公开" + tableId + "表（本模板的表：" + t.tables().stream().map(TemplateTable::id)
                        .collect(Collectors.joining("、")) + "）", written.pos()));
        List<String> c = new ArrayList<>(List.of("table == \"" + tableId + "\""));
        TemplateBlock block = null;
        boolean single = true;
        String level = null;
        boolean named = false;
        boolean keyless = !table.keyedByRowNumber() && !table.keyedByCode();
        if (keyless && scope == Scope.ONCE && term.col() == null) {
            // A table with one keyless row (三公): its only selector is the column, as in 09[决算数/合计].
            term = new Term(term.table(), null, null, term.row(), term.rowTo(), term.pos());
        } else if (scope != Scope.EACH_ROW) {
            if (term.row() == null) {
                throw new FormulaException("请写明行，如 [27] 或 [合计][1]", term.pos());
            }
            RowRef r = row(term.row(), term.rowTo(), table, tableId);
            c.add(r.constraint());
            block = r.block();
            single = r.single();
            level = r.level();
            named = r.named();
        }
        if (term.col() != null) {
            if (scope == Scope.EACH_COLUMN) {
                throw new FormulaException("“每列”公式中不写栏：栏由“每列”逐一取", term.col().pos());
            }
            int from = column(term.col(), block, table, tableId);
            if (term.colTo() != null) {
                int to = column(term.colTo(), block, table, tableId);
                c.add("col >= " + from + ", col <= " + to);
                single = false;
            } else {
                c.add("col == " + from);
            }
        } else if (scope == Scope.ONCE) {
            List<TemplateBlock> blocks = block != null ? List.of(block) : table.blocks();
            for (TemplateBlock b : blocks) {
                if (b.columns().size() > 1) {
                    throw new FormulaException("公开" + tableId + "表" + (b.name().isEmpty() ? "" : "“" + b.name() + "”块")
                            + "有多栏（" + columnList(b) + "），请写明栏，如 [" + term.row() + "][" + b.columns().keySet()
                            .iterator().next() + "]", term.pos());
                }
            }
        }
        return new Ref(tableId, String.join(", ", c), single, level, named);
    }

    private record RowRef(String constraint, TemplateBlock block, boolean single, String level, boolean named) {
    }

    private static RowRef row(Sel sel, Sel to, TemplateTable table, String tableId) throws FormulaException {
        String name = "公开" + tableId + "表";
        if (sel.isNumber()) {
            if (table.keyedByRowNumber()) {
                TemplateBlock b = blockOfRow(sel, table, name);
                if (to == null) {
                    return new RowRef("rowNo == " + sel.number(), b, true, null, false);
                }
                if (!to.isNumber() || blockOfRow(to, table, name) != b || to.number() <= sel.number()) {
                    throw new FormulaException("行次范围 " + sel + "~" + to + " 应由小到大、在同一块内", to.pos());
                }
                return new RowRef("rowNo >= " + sel.number() + ", rowNo <= " + to.number(), b, false, null, false);
            }
            if (table.keyedByCode()) {
                if (!sel.text().matches("\\d{3}|\\d{5}|\\d{7}") || to != null) {
                    throw new FormulaException(name + "按科目代码列示，[" + sel + "] 不是科目代码（3、5 或 7 位数字）", sel.pos());
                }
                return new RowRef("code == \"" + sel.text() + "\"", null, true, null, false);
            }
            throw new FormulaException(name + "没有行次和科目代码：请用“每行”公式按栏引用", sel.pos());
        }
        String label = Text.compact(sel.text());
        String level = LEVELS.get(label);
        if (level != null) {
            if (!table.keyedByCode()) {
                throw new FormulaException(name + "不按科目代码列示，没有 [" + label + "] 级次", sel.pos());
            }
            return new RowRef("level == \"" + level + "\"", null, false, level, false);
        }
        for (TemplateBlock b : table.blocks()) {
            for (String n : b.namedRows()) {
                if (Text.compact(n).equals(label)) {
                    return new RowRef("name == \"" + esc(Text.compact(n)) + "\"", b, true, null, true);
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
                return new RowRef("rowNo == " + rows.get(0), found, true, null, false);
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

    private static int column(Sel sel, TemplateBlock block, TemplateTable table, String tableId) throws FormulaException {
        List<TemplateBlock> blocks = block != null ? List.of(block) : table.blocks();
        Map<Integer, String> columns = new LinkedHashMap<>();
        blocks.forEach(b -> columns.putAll(b.columns()));
        String where = "公开" + tableId + "表" + (block != null && !block.name().isEmpty() ? "“" + block.name() + "”块" : "");
        if (sel.isNumber()) {
            if (!columns.containsKey(sel.number())) {
                throw new FormulaException(where + "没有第 " + sel.number() + " 栏（有：" + columnList(columns) + "）", sel.pos());
            }
            return sel.number();
        }
        List<Integer> match = labelMatches(sel.text(), columns);
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
        return columnList(b.columns());
    }

    private static String columnList(Map<Integer, String> columns) {
        return columns.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("、"));
    }

    private static String defaultTable(FormulaRow row, Term term) throws FormulaException {
        if (row.tables().size() == 1) {
            return row.tables().get(0);
        }
        throw new FormulaException("此引用前要写表号，如 01[27]（本行涉及 " + String.join("、", row.tables()) + " 多张表）",
                term.pos());
    }

    static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
