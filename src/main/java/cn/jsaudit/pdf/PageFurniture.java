package cn.jsaudit.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lines every page repeats and no reader reads as content: page numbers ("3", "- 3 -", "第 3 页 共 20 页") and
 * running headers and footers (the unit's name and the title of the document, printed at the same place page
 * after page). They are looked for only in the top and bottom margins of a page, set apart from the text and from
 * the tables: a title printed right on top of a ruled table is that table's, however many pages repeat it (one
 * 项目支出绩效自评表 a project, each on a page of its own).
 */
final class PageFurniture {

    /** The band at the top and at the bottom of a page where furniture is printed, as a share of its height. */
    private static final float BAND = 0.1f;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－~·\\s]*(第\\s*)?#(\\s*页)?(\\s*[/／]\\s*(共\\s*)?#\\s*页?|\\s*共\\s*#\\s*页)?[-—–－~·\\s]*"
                    + "|(?i)page\\s*#(\\s*of\\s*#)?");

    private PageFurniture() {
    }

    /** The furniture lines of each page (by page number), from the lines outside the ruled tables. */
    static Map<Integer, Set<TextLine>> find(Map<Integer, List<TextLine>> linesByPage, Map<Integer, Float> heights,
            Map<Integer, List<PrintedTable>> tables) {
        Map<String, Set<Integer>> repeated = new HashMap<>();
        Map<Integer, List<TextLine>> candidates = new HashMap<>();
        for (Map.Entry<Integer, List<TextLine>> e : linesByPage.entrySet()) {
            float height = heights.get(e.getKey());
            List<TextLine> lines = e.getValue();
            for (int i = 0; i < lines.size(); i++) {
                TextLine line = lines.get(i);
                boolean top = line.bottom() < height * BAND && apart(line, i + 1 < lines.size() ? lines.get(i + 1) : null)
                        && !onTopOfATable(line, tables.getOrDefault(e.getKey(), List.of()));
                boolean bottom = line.top() > height * (1 - BAND) && apart(i > 0 ? lines.get(i - 1) : null, line);
                if (top || bottom) {
                    candidates.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(line);
                    repeated.computeIfAbsent((top ? "T" : "B") + key(line.text()), k -> new HashSet<>()).add(e.getKey());
                }
            }
        }
        int pages = linesByPage.size();
        Map<Integer, Set<TextLine>> out = new HashMap<>();
        for (Map.Entry<Integer, List<TextLine>> e : candidates.entrySet()) {
            float height = heights.get(e.getKey());
            for (TextLine line : e.getValue()) {
                String k = key(line.text());
                boolean top = line.bottom() < height * BAND;
                int seen = repeated.getOrDefault((top ? "T" : "B") + k, Set.of()).size();
                if (PAGE_NUMBER.matcher(k).matches() || (seen >= 3 && seen * 4 >= pages)) {
                    out.computeIfAbsent(e.getKey(), p -> new HashSet<>()).add(line);
                }
            }
        }
        return out;
    }

    /** Whether two lines (upper, lower; either may be missing) stand apart by more than ordinary line spacing. */
    private static boolean apart(TextLine upper, TextLine lower) {
        if (upper == null || lower == null) {
            return true;
        }
        return lower.top() - upper.bottom() > 0.8f * Math.min(upper.size(), lower.size());
    }

    /** Whether the line is printed right above a table's top ruling, no farther than ordinary line spacing. */
    private static boolean onTopOfATable(TextLine line, List<PrintedTable> tables) {
        return tables.stream().anyMatch(t -> t.top() > line.bottom() - 1 && t.top() - line.bottom() <= 0.8f * line.size()
                && line.x1() > t.left() && line.x0() < t.right());
    }

    /** The text with every number replaced by # and spaces dropped: the same header on page 3 and page 4. */
    private static String key(String text) {
        return text.replaceAll("\\d+", "#").replaceAll("\\s+", "");
    }
}
