package cn.jsaudit.ingest;

import cn.jsaudit.ruleapi.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The row labels a template gives a table: its rows by 行次, its named rows (合计, 人员经费合计) and, for tables
 * that list the 功能分类 classes by 行次, the class names. A row carrying one of them is data, not header; and a
 * sheet that prints no 行次 is read by them.
 */
final class RowLabels {

    private final Set<String> all = new HashSet<>();

    private RowLabels() {
    }

    static RowLabels of(TemplateTable table, Template template) {
        RowLabels out = new RowLabels();
        for (TemplateBlock b : table.blocks()) {
            b.rows().values().forEach(ws -> ws.forEach(w -> out.all.add(key(w))));
            b.namedRows().forEach(n -> TemplateBlock.wordings(n).forEach(w -> out.all.add(key(w))));
            if (!b.ranges().isEmpty()) {
                template.functionClasses().keySet().forEach(c -> out.all.add(key(c)));
            }
        }
        return out;
    }

    boolean knows(String label) {
        return all.contains(key(label));
    }

    /** A row label as templates and sheets are compared: white space and a leading ordinal (（一）, 1.) ignored. */
    static String key(String label) {
        String known = KEYS.get(label);
        if (known == null) {
            known = Text.withoutOrdinal(Text.compact(label));
            if (KEYS.size() >= REMEMBERED) {
                KEYS.clear();
            }
            KEYS.put(label, known);
        }
        return known;
    }

    /** Row labels repeat from workbook to workbook (the 功能分类 classes, 合计): each is folded once while remembered. */
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
    private static final int REMEMBERED = 1 << 13;

    /**
     * The 行次 a row label has in a block of a table keyed by 行次: a row the template lists by that label — the first
     * after the previous row's when several share it (一般公共预算财政拨款 under 年初财政拨款结转和结余 is not row 1) —
     * else a 功能分类 class row, numbered in the template's class order from the start of the block's range; or null.
     */
    static Integer rowNumber(TemplateBlock block, String label, Template template, Integer previous) {
        if (block == null || label == null || label.isEmpty()) {
            return null;
        }
        List<Integer> rows = block.rowsLabelled(label);
        if (!rows.isEmpty()) {
            int after = previous == null ? 0 : previous;
            return rows.stream().filter(r -> r > after).findFirst().orElse(rows.get(0));
        }
        String code = template.classCodeOf(label);
        int index = code == null ? -1 : template.classIndex(code);
        for (int[] range : block.ranges()) {
            if (index >= 0 && range[0] + index <= range[1]) {
                return range[0] + index;
            }
        }
        return null;
    }
}
