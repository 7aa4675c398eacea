package cn.jsaudit.ingest;

import cn.jsaudit.ruleapi.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One side-by-side block of a template table: what its amount columns and rows mean. The reader matches the
 * printed header against the columns' label paths; formulas naming a row or a column are checked against them.
 *
 * @param name      the block's top label ("收入", "支出", "人员经费") or "" for a one-block table
 * @param columns   column number → label path ("本年支出/基本支出"), with alternative wordings after the first
 *                  (["决算数", "金额"]); the number is the template's own, shared by templates for one role
 * @param rows      行次 or a range "33-58" → row label(s), for tables keyed by 行次; a sheet that prints no 行次 is
 *                  read by these labels
 * @param namedRows labels of rows without code or 行次 (合计, 人员经费合计), each with alternatives after "|"
 * @param lineColumn the column holding each line's own amount when the others split it (合计 beside 人员经费 |
 *                  公用经费 in one list): a row named without a column means this one, and 每列 formulas check it
 *                  alone, its parts being checked against it row by row; null when every column stands alone
 * @param namedCells a cell that a layout prints where another prints a row of its own: name → "row/column"
 *                  ("人员经费合计" → "合计/人员经费"), read and named as that row, so formulas and the narrative
 *                  find it as in the other layout
 */
public record TemplateBlock(String name, Map<Integer, List<String>> columns, Map<String, List<String>> rows,
                            List<String> namedRows, Integer lineColumn, Map<String, String> namedCells) {

    public TemplateBlock {
        name = name == null ? "" : name;
        columns = columns == null ? Map.of() : new LinkedHashMap<>(columns);
        rows = rows == null ? Map.of() : new LinkedHashMap<>(rows);
        namedRows = namedRows == null ? List.of() : List.copyOf(namedRows);
        namedCells = namedCells == null ? Map.of() : new LinkedHashMap<>(namedCells);
    }

    public TemplateBlock(String name, Map<Integer, List<String>> columns, Map<String, List<String>> rows,
                         List<String> namedRows) {
        this(name, columns, rows, namedRows, null, null);
    }

    /** The name of the cell on the row so labelled in the column of that number ("合计", 5 → "人员经费合计"), or null. */
    public String cellName(String rowLabel, int column) {
        String label = columnLabel(column);
        if (label == null) {
            return null;
        }
        for (Map.Entry<String, String> e : namedCells.entrySet()) {
            String[] at = e.getValue().split("/", 2);
            if (at.length == 2 && Text.compact(at[0]).equals(rowLabel) && Text.compact(at[1]).equals(Text.compact(label))) {
                return Text.compact(e.getKey());
            }
        }
        return null;
    }

    /** The column number of a named cell ("人员经费合计" → 5), or null when the name is not one of them. */
    public Integer cellColumn(String cellName) {
        String at = namedCells.get(cellName);
        if (at == null || at.indexOf('/') < 0) {
            return null;
        }
        String label = Text.compact(at.substring(at.indexOf('/') + 1));
        for (Integer c : columns.keySet()) {
            if (Text.compact(columnLabel(c)).equals(label)) {
                return c;
            }
        }
        return null;
    }

    /** The column's label path as rules see it (its first wording), or null. */
    public String columnLabel(int column) {
        List<String> l = columns.get(column);
        return l == null || l.isEmpty() ? null : l.get(0);
    }

    /** Column number → its first wording, in template order. */
    public Map<Integer, String> columnLabels() {
        Map<Integer, String> out = new LinkedHashMap<>();
        columns.forEach((k, v) -> out.put(k, v.isEmpty() ? "" : v.get(0)));
        return out;
    }

    /** Whether the 行次 is one of this block's rows (single numbers or ranges such as "33-58"). */
    public boolean hasRow(int rowNo) {
        return rowLabel(rowNo) != null;
    }

    /** The label of the 行次, or null. */
    public String rowLabel(int rowNo) {
        for (Map.Entry<String, List<String>> e : rows.entrySet()) {
            int[] r = range(e.getKey());
            if (r != null && rowNo >= r[0] && rowNo <= r[1]) {
                return e.getValue().isEmpty() ? "" : e.getValue().get(0);
            }
        }
        return null;
    }

    /** The 行次 of single rows one of whose wordings equals the label (white space and ordinals ignored), in order. */
    public List<Integer> rowsLabelled(String label) {
        String want = Text.withoutOrdinal(Text.compact(label));
        List<Integer> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : rows.entrySet()) {
            int[] r = range(e.getKey());
            if (r != null && r[0] == r[1]
                    && e.getValue().stream().anyMatch(v -> Text.withoutOrdinal(Text.compact(v)).equals(want))) {
                out.add(r[0]);
            }
        }
        out.sort(null);
        return out;
    }

    /** The range keys ("33-58") of this block: rows given by the template's 功能分类 classes, in order. */
    public List<int[]> ranges() {
        List<int[]> out = new ArrayList<>();
        for (String k : rows.keySet()) {
            int[] r = range(k);
            if (r != null && r[0] != r[1]) {
                out.add(r);
            }
        }
        return out;
    }

    /** The wordings of a named row ("人员经费合计|人员经费"), the first being the name rules use. */
    public static List<String> wordings(String namedRow) {
        return List.of(namedRow.split("\\|"));
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
