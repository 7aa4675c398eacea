package cn.jsaudit.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One side-by-side block of a template table: what its amount columns and rows mean, so that a formula naming
 * a row or a column can be checked against the template before it runs.
 *
 * @param name      the block's top label ("收入", "支出", "人员经费") or "" for a one-block table
 * @param columns   栏次 → column label ("本年支出/基本支出"); labels are matched by their last parts
 * @param rows      行次 or a range "33-58" → row label, for tables keyed by 行次
 * @param namedRows labels of rows without 科目代码 (合计, 人员经费合计) in tables keyed by 科目代码
 */
public record TemplateBlock(String name, Map<Integer, String> columns, Map<String, String> rows,
                            List<String> namedRows) {

    public TemplateBlock {
        name = name == null ? "" : name;
        columns = columns == null ? Map.of() : new LinkedHashMap<>(columns);
        rows = rows == null ? Map.of() : new LinkedHashMap<>(rows);
        namedRows = namedRows == null ? List.of() : List.copyOf(namedRows);
    }

    /** Whether the 行次 is one of this block's rows (single numbers or ranges such as "33-58"). */
    public boolean hasRow(int rowNo) {
        return rowLabel(rowNo) != null;
    }

    /** The label of the 行次, or null. */
    public String rowLabel(int rowNo) {
        for (Map.Entry<String, String> e : rows.entrySet()) {
            int[] r = range(e.getKey());
            if (r != null && rowNo >= r[0] && rowNo <= r[1]) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The 行次 of single rows whose label equals the given one (white space ignored). */
    public List<Integer> rowsLabelled(String label) {
        List<Integer> out = new ArrayList<>();
        for (Map.Entry<String, String> e : rows.entrySet()) {
            int[] r = range(e.getKey());
            if (r != null && r[0] == r[1] && Text.compact(e.getValue()).equals(Text.compact(label))) {
                out.add(r[0]);
            }
        }
        return out;
    }

    /** "27" → [27, 27]; "33-58" → [33, 58]; anything else null. */
    static int[] range(String key) {
        String k = Text.compact(key).replace('~', '-').replace('～', '-').replace('–', '-');
        if (Text.isDigits(k, 1, 3)) {
            int n = Integer.parseInt(k);
            return new int[] {n, n};
        }
        if (k.matches("\\d{1,3}-\\d{1,3}")) {
            String[] p = k.split("-");
            return new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])};
        }
        return null;
    }
}
