package cn.jsaudit.ingest;

import cn.jsaudit.ruleapi.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pairs the amount columns a sheet prints with the columns its template describes, by their label paths: the
 * template's parts must appear in the printed path, the last parts alike (财政拨款 ~ 财政拨款收入); a template label
 * that is a printed group means the group's 小计 leaf, never the group's parts added up. Each template column takes
 * at most one printed column, the best-matching first.
 */
final class ColumnMatcher {

    /** A printed amount column: its sheet index, its label path and the number of its 栏次 cell (or null). */
    record Printed(int index, List<String> path, Integer numbering) {

        String label() {
            return String.join("/", path);
        }
    }

    /** A printed column paired with a template column, and how (for inspect). */
    record Pair(Printed printed, int number, String label, String how) {
    }

    private final List<String> subtotals;

    ColumnMatcher(TemplateVocabulary vocabulary) {
        this.subtotals = vocabulary.subtotalLabels();
    }

    /**
     * The pairs found, in printed order; printed columns left without a pair are not in it. Workbooks of one format
     * print the same headers: the pairing of a block's printed paths is worked out once and then remembered.
     */
    List<Pair> match(TemplateBlock block, List<Printed> printed) {
        Asked asked = new Asked(block, subtotals, printed.stream()
                .map(p -> new Printed(p.index(), List.copyOf(p.path()), p.numbering())).toList());
        List<Pair> known = PAIRED.get(asked);
        if (known == null) {
            known = pair(block, asked.printed());
            if (PAIRED.size() >= REMEMBERED) {
                PAIRED.clear();
            }
            PAIRED.put(asked, known);
        }
        return known;
    }

    private static final int REMEMBERED = 1 << 12;
    private static final Map<Asked, List<Pair>> PAIRED = new ConcurrentHashMap<>();

    /** A question to the matcher: template block and subtotal labels by identity (a record's hash walks them all). */
    private record Asked(TemplateBlock block, List<String> subtotals, List<Printed> printed) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Asked a && a.block == block && a.subtotals == subtotals && a.printed.equals(printed);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(block) + printed.hashCode();
        }
    }

    private List<Pair> pair(TemplateBlock block, List<Printed> printed) {
        record Candidate(Printed p, int number, int score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Printed p : printed) {
            List<String> pp = parts(p.path());
            for (Map.Entry<Integer, List<String>> col : block.columns().entrySet()) {
                int best = 0;
                for (String wording : col.getValue()) {
                    best = Math.max(best, score(wordingParts(wording), pp));
                }
                if (best > 0) {
                    candidates.add(new Candidate(p, col.getKey(), best));
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.score()).thenComparingInt(c -> c.p().index()));
        Map<Integer, Pair> byIndex = new HashMap<>();
        Set<Integer> taken = new HashSet<>();
        for (Candidate c : candidates) {
            if (!byIndex.containsKey(c.p().index()) && taken.add(c.number())) {
                byIndex.put(c.p().index(), new Pair(c.p(), c.number(), block.columnLabel(c.number()),
                        c.score() >= 100 ? "栏名相同" : c.score() > 60 && c.score() <= 70 ? "栏组的小计栏" : "栏名对应"));
            }
        }
        // Columns without labels of their own: by their 栏次 number; a lone amount column: the block's lone column.
        List<Printed> left = printed.stream().filter(p -> !byIndex.containsKey(p.index())).toList();
        for (Printed p : left) {
            if (p.path().isEmpty() && p.numbering() != null && block.columns().containsKey(p.numbering())
                    && taken.add(p.numbering())) {
                byIndex.put(p.index(), new Pair(p, p.numbering(), block.columnLabel(p.numbering()), "按栏次"));
            }
        }
        // (a label of one part, such as 本年数: a path of several parts says what it is and is not paired by place)
        if (printed.size() == 1 && printed.get(0).path().size() <= 1 && block.columns().size() == 1 && byIndex.isEmpty()) {
            int n = block.columns().keySet().iterator().next();
            byIndex.put(printed.get(0).index(), new Pair(printed.get(0), n, block.columnLabel(n), "块中唯一的金额栏"));
        }
        return printed.stream().filter(p -> byIndex.containsKey(p.index())).map(p -> byIndex.get(p.index())).toList();
    }

    /**
     * 100: the same path. 90 − extra parts: every template part found in the printed path, the last ones alike
     * (财政拨款“三公”经费/合计 for 合计). 80 − extra: every part found, in another order (合计/预算数 for 预算数/合计:
     * Shanghai prints 预算数 and 决算数 under each item). 70 − extra: the same after a printed 小计 leaf (the template
     * names the group). 60 − missing: every printed part among the template's, the last ones alike (a sheet that
     * leaves out a group label: 小计 for 本年支出/小计 — never 决算数/合计 for 预算数/合计). 0: no match.
     */
    private int score(List<String> t, List<String> p) {
        if (t.isEmpty() || p.isEmpty()) {
            return 0;
        }
        if (t.equals(p)) {
            return 100;
        }
        int extra = Math.min(Math.abs(p.size() - t.size()), 9);
        boolean lastAlike = alike(last(t), last(p));
        if (lastAlike && within(t.subList(0, t.size() - 1), p.subList(0, p.size() - 1))) {
            return 90 - extra;
        }
        if (within(t, p)) {
            return 80 - extra;
        }
        if (p.size() >= 2 && subtotals.contains(last(p)) && !subtotals.contains(last(t)) && within(t, p.subList(0, p.size() - 1))) {
            return 70 - extra;
        }
        if (lastAlike && within(p.subList(0, p.size() - 1), t.subList(0, t.size() - 1))) {
            return 60 - extra;
        }
        return 0;
    }

    /** Each part of {@code want} alike to a different part of {@code in}. */
    private static boolean within(List<String> want, List<String> in) {
        boolean[] used = new boolean[in.size()];
        for (String w : want) {
            boolean found = false;
            for (int i = 0; i < in.size() && !found; i++) {
                if (!used[i] && alike(w, in.get(i))) {
                    used[i] = true;
                    found = true;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** The same label, or one the beginning of the other (财政拨款 / 财政拨款收入, 一般公共预算 / 一般公共预算财政拨款). */
    private static boolean alike(String a, String b) {
        return a.equals(b) || (Math.min(a.length(), b.length()) >= 2 && (a.startsWith(b) || b.startsWith(a)));
    }

    private static String last(List<String> l) {
        return l.get(l.size() - 1);
    }

    /** A template's wordings are few and fixed: each split and normalised once, not for every printed column. */
    private static final Map<String, List<String>> WORDINGS = new ConcurrentHashMap<>();

    private static List<String> wordingParts(String wording) {
        return WORDINGS.computeIfAbsent(wording, w -> List.copyOf(parts(List.of(w.split("/")))));
    }

    private static List<String> parts(List<String> path) {
        List<String> out = new ArrayList<>();
        for (String p : path) {
            String k = Text.titleKey(p);
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
        return out;
    }
}
