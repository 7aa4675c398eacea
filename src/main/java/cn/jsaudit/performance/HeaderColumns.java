package cn.jsaudit.performance;

import cn.jsaudit.ruleapi.Labels;
import cn.jsaudit.ruleapi.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The header of a block of a form (execution lines, indicators): its rows and the column of each role.
 * A header may span several rows ("年度" over "指标值", "预算数" over "年初 | 全年"); each column is known by its
 * labels read top-down and bottom-up as well as by each row's label alone, and every role takes the column whose
 * label matches it most specifically, so that "年初预算数" is never taken for "预算数".
 *
 * @param first the header's first row
 * @param last  its last row (the data begin below it)
 * @param cols  role → column
 */
record HeaderColumns(int first, int last, Map<String, Integer> cols) {

    /** The longest header a form prints: three rows. */
    private static final int MAX_ROWS = 3;

    Integer col(String role) {
        return cols.get(role);
    }

    boolean has(String role) {
        return cols.containsKey(role);
    }

    /** The first column of any role, for labels left of the values. */
    int firstValueCol() {
        return cols.values().stream().min(Integer::compare).orElse(0);
    }

    /** A header's roles as forms.yaml names them, in its order, keyed once per rules folder. */
    record Roles(List<Role> list, LabelKeys all) {

        /** @param prefix matched by the start of a label ("偏差原因分析及改进措施" for 偏差原因) */
        record Role(String name, LabelKeys labels, boolean prefix) {
        }

        static Roles of(Map<String, List<String>> roles, Set<String> prefixRoles) {
            List<Role> list = new ArrayList<>();
            roles.forEach((name, labels) -> list.add(new Role(name, LabelKeys.of(labels), prefixRoles.contains(name))));
            return new Roles(List.copyOf(list), LabelKeys.of(roles.values().stream().flatMap(List::stream).toList()));
        }

        private Role role(String name) {
            return list.stream().filter(r -> r.name.equals(name)).findFirst().orElse(null);
        }
    }

    /**
     * The first header at or below {@code from} whose row names every role of {@code required} and at least one of
     * {@code anyOf} (when given); null when there is none.
     */
    static HeaderColumns find(FormSheet form, int from, Roles roles, List<String> required, List<String> anyOf) {
        List<Roles.Role> needed = required.stream().map(roles::role).toList();
        for (int r = Math.max(from, 0); r <= form.grid.lastRow(); r++) {
            if (!namesAll(form, r, needed)) {
                continue; // most rows: no cell names a required role, so no header begins there
            }
            Map<String, Integer> single = assign(form, r, r, roles);
            if (!single.keySet().containsAll(required) || (!anyOf.isEmpty() && anyOf.stream().noneMatch(single::containsKey))) {
                continue;
            }
            int last = r + depth(form, r, single) - 1;
            Map<String, Integer> cols = last == r ? single : assign(form, r, last, roles);
            while (last - r + 1 < MAX_ROWS && last < form.grid.lastRow()) {
                Map<String, Integer> deeper = assign(form, r, last + 1, roles);
                if (!continues(form, last + 1, cols, deeper)) {
                    break;
                }
                last++;
                cols = deeper;
            }
            return new HeaderColumns(r, last, cols);
        }
        return null;
    }

    /**
     * True when each of the roles is named by a cell of the row read as a one-row header: what {@link #assign} needs
     * before it can give the role a column.
     */
    private static boolean namesAll(FormSheet form, int r, List<Roles.Role> roles) {
        for (Roles.Role role : roles) {
            if (role == null) {
                return false; // a role forms.yaml does not name is never found
            }
            boolean named = false;
            for (int c = 0; c < form.grid.width(r) && !named; c++) {
                // the key is that of the compacted text compacted again (Labels.key compacts first)
                if (startsColumn(form, r, r, c) && role.labels().mayName(Text.compact(form.grid.compact(r, c)))) {
                    String key = singleKey(form, r, c);
                    named = key != null && role.labels().longestMatch(key, role.prefix()) > 0;
                }
            }
            if (!named) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the row below a header is more of it although no merge says so: a header whose cells were unmerged
     * ("年度" over "指标值", the row below blank or repeating the labels above). It names roles the header alone does
     * not, and holds no figure where the header has a column.
     */
    private static boolean continues(FormSheet form, int row, Map<String, Integer> cols, Map<String, Integer> deeper) {
        if (!deeper.keySet().containsAll(cols.keySet()) || deeper.size() <= cols.size()) {
            return false;
        }
        for (int c : deeper.values()) {
            if (form.numbers.holdsNumber(row, c)) {
                return false;
            }
        }
        // an indicator's own name there makes it a data row
        Integer name = deeper.get("name");
        String below = name == null ? "" : Text.compact(form.ownText(row, name));
        return below.isEmpty() || below.equals(Text.compact(form.grid.text(row - 1, name)));
    }

    /** How many rows the header spans: as far down as its labelled cells are merged (at most {@link #MAX_ROWS}). */
    private static int depth(FormSheet form, int r, Map<String, Integer> found) {
        int depth = 1;
        for (int c : found.values()) {
            depth = Math.max(depth, Math.min(form.grid.rowsSpanned(r, c), MAX_ROWS));
        }
        return depth;
    }

    /** Role → column over header rows first..last, each role taking its most specific column. */
    private static Map<String, Integer> assign(FormSheet form, int first, int last, Roles roles) {
        int width = 0;
        for (int r = first; r <= last; r++) {
            width = Math.max(width, form.grid.width(r));
        }
        // best[role] = {column, match length}
        Map<String, int[]> best = new HashMap<>();
        Map<Integer, String> owner = new HashMap<>();
        for (int c = 0; c < width; c++) {
            if (!startsColumn(form, first, last, c)) {
                continue;
            }
            List<String> keys = labelKeys(form, first, last, c, roles.all());
            for (Roles.Role role : roles.list()) {
                int length = matchLength(keys, role);
                if (length == 0) {
                    continue;
                }
                int[] b = best.get(role.name());
                if (b == null || length > b[1]) {
                    best.put(role.name(), new int[] {c, length});
                }
            }
        }
        // a column serves one role: the one it names most specifically
        Map<String, Integer> cols = new HashMap<>();
        best.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue()[1], a.getValue()[1])).forEach(e -> {
            int c = e.getValue()[0];
            if (!owner.containsKey(c)) {
                owner.put(c, e.getKey());
                cols.put(e.getKey(), c);
            }
        });
        return cols;
    }

    /**
     * True when the column begins a cell in one of the header rows: not only the covered part of a merge ("全年" under
     * a "预算数" merged over two columns begins its own column).
     */
    private static boolean startsColumn(FormSheet form, int first, int last, int c) {
        for (int r = first; r <= last; r++) {
            CellRangeAddress m = form.grid.mergeAt(r, c);
            if (m == null || m.getFirstColumn() == c) {
                return true;
            }
        }
        return false;
    }

    /**
     * The keys of the ways a header column may be named: each row's label, and the labels joined top-down and
     * bottom-up ("年度" + "指标值", "全年" under "预算数"); a label that can name none of the roles is left out.
     */
    private static List<String> labelKeys(FormSheet form, int first, int last, int c, LabelKeys roles) {
        if (first == last) {
            String key = roles.mayName(Text.compact(form.grid.compact(first, c))) ? singleKey(form, first, c) : null;
            return key == null ? List.of() : List.of(key);
        }
        List<String> parts = new ArrayList<>();
        for (int r = first; r <= last; r++) {
            CellRangeAddress m = form.grid.mergeAt(r, c);
            boolean startsHere = m == null || m.getFirstRow() == r;
            String t = form.grid.compact(r, c);
            if (startsHere && !t.isEmpty()) {
                parts.add(t);
            }
        }
        Set<String> out = new LinkedHashSet<>(parts);
        if (parts.size() > 1) {
            out.add(String.join("", parts));
            List<String> reversed = new ArrayList<>(parts);
            java.util.Collections.reverse(reversed);
            out.add(String.join("", reversed));
        }
        // the key is that of the label compacted (Labels.key compacts first)
        return out.stream().filter(label -> roles.mayName(Text.compact(label))).map(Labels::key).toList();
    }

    /** The key of the label a one-row header prints in the column, or null when the cell begins above or is blank. */
    private static String singleKey(FormSheet form, int r, int c) {
        CellRangeAddress m = form.grid.mergeAt(r, c);
        String t = form.grid.compact(r, c);
        return (m == null || m.getFirstRow() == r) && !t.isEmpty() ? Labels.key(t) : null;
    }

    /** The length of the longest of the role's labels one of the keys names (0 when none does). */
    private static int matchLength(List<String> keys, Roles.Role role) {
        int best = 0;
        for (String k : keys) {
            best = Math.max(best, role.labels().longestMatch(k, role.prefix()));
        }
        return best;
    }
}
