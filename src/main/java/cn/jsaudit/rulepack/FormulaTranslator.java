package cn.jsaudit.rulepack;

import cn.jsaudit.ingest.Template;
import cn.jsaudit.ingest.Templates;
import cn.jsaudit.rulepack.Formula.Scope;
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
            import cn.jsaudit.ruleapi.Cells;
            import java.util.List;

            global cn.jsaudit.ruleapi.Checks check;

            """;

    private static final Map<String, String> CHILD = Map.of("类", "款", "款", "项");
    private static final Map<Scope, String> METHOD = Map.of(Scope.ONCE, "once", Scope.EACH_ROW, "eachRow",
            Scope.EACH_COLUMN, "eachColumn");

    private final Templates templates;

    FormulaTranslator(Templates templates) {
        this.templates = templates;
    }

    /** A DRL rule made from a formula row, for the templates it applies to. */
    record Generated(String ruleName, String drl, List<String> templates) {
    }

    /**
     * The rules of a formula row: one per group of templates that resolve it alike. A formula applies to every
     * template whose tables have the quantities it names (so a new template inherits it by mapping them); one that
     * no template resolves — or that a template named in 模板 does not — is an error with each template's reason.
     */
    List<Generated> translate(FormulaRow row) throws FormulaException {
        Formula f = FormulaParser.parse(row.formula());
        Map<String, List<String>> byBody = new LinkedHashMap<>();
        boolean named = row.templates() != null && !row.templates().isBlank() && !row.templates().strip().equals("全部");
        List<String> reasons = new ArrayList<>();
        int firstPos = -1;
        for (Template t : applicable(row.templates())) {
            String body;
            try {
                body = body(f, row, t);
            } catch (FormulaException e) {
                if (named) {
                    throw new FormulaException("模板 " + t.id() + "（" + t.name() + "）：" + e.getMessage(), e.pos());
                }
                reasons.add("模板 " + t.id() + "：" + e.getMessage());
                firstPos = firstPos < 0 ? e.pos() : firstPos;
                continue;
            }
            byBody.computeIfAbsent(body, b -> new ArrayList<>()).add(t.id());
        }
        if (byBody.isEmpty()) {
            throw new FormulaException(reasons.size() == 1 ? reasons.get(0)
                    : "没有一个模板能解析这条公式引用的表、行和栏。" + reasons.get(0) + "（其余 " + (reasons.size() - 1)
                    + " 个模板同样不能解析）", firstPos);
        }
        List<Generated> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byBody.entrySet()) {
            String name = byBody.size() == 1 ? row.id() : row.id() + " [" + String.join(",", e.getValue()) + "]";
            out.add(new Generated(name, rule(name, row, e.getValue(), e.getKey()), e.getValue()));
        }
        return out;
    }

    /** 模板 as written: blank or 全部 = every template; ids (each with its variants). */
    List<Template> applicable(String spec) throws FormulaException {
        String s = spec == null ? "" : spec.strip();
        if (s.isEmpty() || s.equals("全部")) {
            return templates.all();
        }
        List<String> ids = List.of(s.split("[,，、\\s]+"));
        Set<Template> out = new LinkedHashSet<>();
        for (String id : ids) {
            List<Template> match = templates.all().stream()
                    .filter(t -> Templates.isPartOf(id, t) || id.equals(t.extendsId())).toList();
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
        String templates = templateIds.stream().map(t -> "template == \"" + esc(t) + "\"").collect(Collectors.joining(" || "));
        b.append("    $amounts : AmountTables(").append(templateIds.size() > 1 ? "(" + templates + ")" : templates);
        b.append(body);
        b.append("end\n");
        return b.toString();
    }

    /** The rule's patterns and consequence for one template. */
    private String body(Formula f, FormulaRow row, Template t) throws FormulaException {
        List<RefResolver.Ref> left = new ArrayList<>();
        List<String> subtotals = templates.vocabulary().subtotalLabels();
        for (Term term : f.left()) {
            left.add(RefResolver.resolve(term, f.scope(), row, t, subtotals));
        }
        List<RefResolver.Ref> right = new ArrayList<>();
        for (Term term : f.right()) {
            right.add(RefResolver.resolve(term, f.scope(), row, t, subtotals));
        }
        checkTables(row, t, left, right);
        RefResolver.Ref anchor = left.get(0);
        if (f.scope() != Scope.ONCE) {
            for (RefResolver.Ref r : concat(left, right)) {
                if (!r.table().equals(anchor.table())) {
                    throw new FormulaException("“" + f.scope().word + "”公式只用于一张表之内", -1);
                }
            }
        }
        // every column the formula names must have been read: a column missing from the sheet is not a column of zeros
        Set<String> columns = new LinkedHashSet<>();
        concat(left, right).stream().map(RefResolver.Ref::column).filter(java.util.Objects::nonNull).forEach(columns::add);
        switch (f.scope()) {
            case EACH_ROW -> {
                if (anchor.table() != null && !anchor.single()) {
                    throw new FormulaException("“每行”公式左边第一个引用应为单独一栏（各行逐一与它比较）", f.left().get(0).pos());
                }
            }
            case EACH_COLUMN -> {
                if (!anchor.single() && anchor.level() == null) {
                    throw new FormulaException("“每列”公式左边第一个引用应为单独一行、[合计] 或 [类]/[款]", f.left().get(0).pos());
                }
                for (int k = 1; k < left.size(); k++) {
                    checkLevel(left.get(k), anchor, f.left().get(k));
                }
                for (int k = 0; k < right.size(); k++) {
                    checkLevel(right.get(k), anchor, f.right().get(k));
                }
            }
            default -> {
            }
        }
        // One fact holds the submission's amounts by table; the check walks it instead of the rule network joining them.
        // The rule's templates and the columns read are asked of it too: alpha constraints, shared by the rules that ask
        // alike, instead of a join with the Submission and an exists node on a ColumnRead fact per column in each rule.
        StringBuilder w = new StringBuilder();
        columns.forEach(c -> w.append(", ").append(c));
        w.append(")\n");
        w.append("then\n    check.").append(METHOD.get(f.scope())).append("(kcontext, $amounts, ").append(cells(left))
                .append(", \"").append(f.op()).append("\", ").append(cells(right)).append(");\n");
        return w.toString();
    }

    private static String cells(List<RefResolver.Ref> refs) {
        return refs.stream().map(r -> r.cells().toString()).collect(Collectors.joining(", ", "List.of(", ")"));
    }

    private static List<RefResolver.Ref> concat(List<RefResolver.Ref> a, List<RefResolver.Ref> b) {
        List<RefResolver.Ref> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Under 每列, a level reference is compared with its own level: 每列 [合计] = [类]、[类] = [款]、[款] = [项]. */
    private static void checkLevel(RefResolver.Ref ref, RefResolver.Ref anchor, Term term) throws FormulaException {
        if (anchor.level() != null) {
            if (ref.level() == null || !ref.level().equals(CHILD.get(anchor.level()))) {
                throw new FormulaException("“每列 [" + anchor.level() + "] = …”右边应为其下一级 ["
                        + CHILD.getOrDefault(anchor.level(), "？") + "]", term.pos());
            }
        } else if (ref.level() != null && !(anchor.named() && ref.level().equals("类"))) {
            throw new FormulaException("[" + ref.level() + "] 只能与其上一级比较：每列 [合计] = [类]、[类] = [款]、[款] = [项]",
                    term.pos());
        }
    }

    /** The tables the references read must be those the row's 表 column lists. */
    private static void checkTables(FormulaRow row, Template t, List<RefResolver.Ref> left, List<RefResolver.Ref> right)
            throws FormulaException {
        Set<String> used = new TreeSet<>();
        left.forEach(r -> used.add(r.table()));
        right.forEach(r -> used.add(r.table()));
        Set<String> declared = new TreeSet<>();
        for (String written : row.tables()) {
            declared.add(RefResolver.table(written, t, -1).role());
        }
        if (!used.equals(declared)) {
            throw new FormulaException("“表”栏写的是 " + String.join("、", declared) + "，公式引用的却是 "
                    + String.join("、", used) + "：两者应一致", -1);
        }
    }

    static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
