package cn.jsaudit.ruleapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jsaudit.model.Claim;
import cn.jsaudit.model.ClaimKind;
import cn.jsaudit.model.ClaimLink;
import cn.jsaudit.model.ExecutionLine;
import cn.jsaudit.model.FormLink;
import cn.jsaudit.model.FormKind;
import cn.jsaudit.model.FormNumber;
import cn.jsaudit.model.PerformanceForm;

/**
 * Finds which project's performance form a narrative statement is about. A scope (a project's paragraph or report) is the
 * form whose first execution line has the 全年预算数 and 执行数 the scope states, when exactly one form has them;
 * scopes naming the same project in other words ("2020年中央医疗救助补助" and "…补助资金") share its link. A 项 of
 * the tables whose 决算数 is exactly one form's 执行数, and no other 项's, is that project. Nothing is guessed:
 * two candidates make no link.
 */
public final class FormLinker {

    /** an amount smaller than this (万元) says too little to identify a project */
    private static final BigDecimal SMALLEST = BigDecimal.ONE;
    /** how far (percentage points) a printed rate may lie from a quotient of rounded amounts */
    private static final BigDecimal RATE_SLACK = new BigDecimal("0.05");

    private FormLinker() {
    }

    public static List<FormLink> link(List<Claim> claims, List<ClaimLink> links, List<?> facts) {
        Map<String, ExecutionLine> firstLines = firstLines(facts);
        List<FormLink> out = new ArrayList<>();
        if (firstLines.isEmpty()) {
            return out;
        }
        Map<String, Claim> byId = new LinkedHashMap<>();
        claims.forEach(c -> byId.put(c.id(), c));
        Map<String, FormLink> byScope = new LinkedHashMap<>();
        for (Claim e : claims) {
            if (e.kind() != ClaimKind.EXECUTION || e.scope().isEmpty() || e.refs().size() != 2
                    || byScope.containsKey(e.scope())) {
                continue;
            }
            Claim actual = byId.get(e.refs().get(0));
            Claim budget = byId.get(e.refs().get(1));
            List<String> forms = new ArrayList<>();
            firstLines.forEach((form, line) -> {
                if (same(line.budget(), budget) && same(line.executed(), actual)) {
                    forms.add(form);
                }
            });
            if (forms.size() == 1 && actual.value().compareTo(SMALLEST) >= 0) {
                byScope.put(e.scope(), new FormLink(e.scope(), null, forms.get(0), "全年预算数 "
                        + NumberPolicy.fmt(budget.value()) + "、执行数 " + NumberPolicy.fmt(actual.value()) + " 与自评表相同"));
            }
        }
        for (Claim c : claims) {
            if (c.scope().isEmpty() || byScope.containsKey(c.scope())) {
                continue;
            }
            List<FormLink> named = byScope.values().stream().filter(l -> sameProject(l.scope(), c.scope())).toList();
            if (named.size() == 1) {
                byScope.put(c.scope(), new FormLink(c.scope(), null, named.get(0).form(),
                        "与“" + named.get(0).scope() + "”为同一项目"));
            }
        }
        out.addAll(byScope.values());
        out.addAll(itemLinks(links, firstLines));
        return out;
    }

    /** A 项's 决算数 claim linked to the one form whose 执行数 it is, when no other 项 has that amount. */
    private static List<FormLink> itemLinks(List<ClaimLink> links, Map<String, ExecutionLine> firstLines) {
        List<Claim> items = new ArrayList<>();
        for (ClaimLink l : links) {
            Claim c = l.claim();
            if (l.role().equals(ClaimLink.SUBJECT) && c.kind() == ClaimKind.AMOUNT && "决算".equals(c.measure())
                    && "项".equals(l.amount().level()) && c.value().compareTo(SMALLEST) >= 0 && !items.contains(c)) {
                items.add(c);
            }
        }
        List<FormLink> out = new ArrayList<>();
        for (Claim c : items) {
            if (items.stream().filter(o -> o != c && NumberPolicy.DEFAULT.tolerance(o, c).compareTo(o.value().subtract(c.value()).abs()) >= 0).count() > 0) {
                continue;
            }
            List<String> forms = new ArrayList<>();
            firstLines.forEach((form, line) -> {
                if (same(line.executed(), c)) {
                    forms.add(form);
                }
            });
            if (forms.size() == 1) {
                out.add(new FormLink("", c, forms.get(0), "支出决算 " + NumberPolicy.fmt(c.value()) + " 与自评表执行数相同"));
            }
        }
        return out;
    }

    /**
     * Each project form's first execution line (the 年度资金总额 line: the one highest on the sheet); the 部门整体
     * form is the unit's whole budget, no project.
     */
    private static Map<String, ExecutionLine> firstLines(List<?> facts) {
        java.util.Set<String> projects = new java.util.HashSet<>();
        for (Object f : facts) {
            if (f instanceof PerformanceForm form && form.kind() == FormKind.PROJECT) {
                projects.add(form.id());
            }
        }
        Map<String, ExecutionLine> first = new LinkedHashMap<>();
        for (Object f : facts) {
            if (f instanceof ExecutionLine l && l.location() != null && projects.contains(l.form())) {
                ExecutionLine known = first.get(l.form());
                if (known == null || l.location().rowIndex() < known.location().rowIndex()) {
                    first.put(l.form(), l);
                }
            }
        }
        return first;
    }

    /** True when the first execution line of its form is this one. */
    public static boolean isFirstLine(ExecutionLine line, List<ExecutionLine> lines) {
        for (ExecutionLine other : lines) {
            if (other.form().equals(line.form()) && other.location() != null
                    && line.location() != null && other.location().rowIndex() < line.location().rowIndex()) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the line's printed 执行率 is its 执行数 ÷ 年初预算数 rather than ÷ 全年预算数 (the budget was adjusted
     * and the form kept the initial one as the base).
     */
    public static boolean rateOnInitialBudget(ExecutionLine l) {
        if (l.rate() == null || l.executed() == null || l.initialBudget() == null || l.budget() == null
                || l.initialBudget().isZero() || l.initialBudget().value().compareTo(l.budget().value()) == 0) {
            return false;
        }
        BigDecimal onInitial = NumberPolicy.percent(l.executed().value(), l.initialBudget().value());
        return !NumberPolicy.beyond(onInitial, l.rate().value(), l.rate().halfStep().add(RATE_SLACK));
    }

    /** True when the printed form number and the claim agree within both roundings. */
    public static boolean same(FormNumber n, Claim c) {
        return n != null && c != null && c.value() != null
                && n.value().subtract(c.value()).abs().compareTo(n.halfStep().add(NumberPolicy.DEFAULT.halfStep(c))) <= 0;
    }

    /** Two names of one project: one contains the other once years are set aside ("…补助" in "…补助资金"). */
    public static boolean sameProject(String a, String b) {
        String x = withoutYears(a);
        String y = withoutYears(b);
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }

    private static String withoutYears(String name) {
        return name.replaceAll("\\d{4}年度?", "").replaceAll("\\d", "");
    }
}
