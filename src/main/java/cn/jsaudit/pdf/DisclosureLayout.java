package cn.jsaudit.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays out a document's pages as a reader meets them: on each page, the ruled tables, then the page furniture
 * (dropped), each table with its heading and notes, and the running text between; then a table that runs on from
 * one page to the next is joined into one. A table set out without rulings is running text, its rows marked (see
 * docs/pdf.md).
 */
final class DisclosureLayout {

    private final TableSurroundings surroundings;

    DisclosureLayout(TableSurroundings surroundings) {
        this.surroundings = surroundings;
    }

    List<Flow> lay(List<PdfPage> pages) {
        Map<Integer, List<PrintedTable>> ruled = new HashMap<>();
        Map<Integer, List<TextLine>> free = new HashMap<>();
        Map<Integer, Float> heights = new HashMap<>();
        for (PdfPage page : pages) {
            Set<Glyph> taken = new HashSet<>();
            ruled.put(page.number(), RuledTables.find(page, taken));
            List<Glyph> rest = page.glyphs().stream().filter(g -> g.printed() && !taken.contains(g)).toList();
            free.put(page.number(), new ArrayList<>(TextLine.of(rest)));
            heights.put(page.number(), page.height());
        }
        Map<Integer, Set<TextLine>> furniture = PageFurniture.find(free, heights, ruled);
        List<Flow> flow = new ArrayList<>();
        for (PdfPage page : pages) {
            List<TextLine> lines = free.get(page.number());
            lines.removeAll(furniture.getOrDefault(page.number(), Set.of()));
            List<PrintedTable> tables = new ArrayList<>(ruled.get(page.number()));
            tables.sort(Comparator.comparingDouble(PrintedTable::top));
            surroundings.attach(tables, lines);
            List<Flow> items = new ArrayList<>();
            AlignedRows.find(lines).forEach(l -> items.add(new Flow.Unread(page.number(), l)));
            tables.forEach(t -> items.add(new Flow.Table(page.number(), t)));
            lines.forEach(l -> items.add(new Flow.Line(page.number(), l)));
            items.sort(Comparator.comparingDouble(Flow::top));
            flow.addAll(items);
        }
        return joinContinued(flow);
    }

    /**
     * A table that opens a page between the same outer edges as the table that closed the previous page, without a
     * heading of its own or with that table's heading and header rows printed again (a title repeated on every page,
     * perhaps marked 续表), is that table continued: its rows are appended, less the header rows it repeats. Its
     * inner columns may differ — a sheet prints a wall only where a row does not merge over it, and a form's funds
     * part shows fewer than its indicator part — so both are laid out in the grid of their edges together. A table
     * under the same title whose first rows differ is another table (one 项目支出绩效自评表 a project). Text printed
     * inside the previous table's frame (a heading too long for its cell, overflowing it) does not part them.
     */
    private static List<Flow> joinContinued(List<Flow> flow) {
        List<Flow> out = new ArrayList<>();
        for (Flow item : flow) {
            Flow.Table previous = lastTable(out);
            float[] grid = item instanceof Flow.Table next && previous != null && next.page() > previous.table().lastPage()
                    && previous.table().notes().isEmpty() ? previous.table().sharedGrid(next.table()) : null;
            if (grid != null) {
                PrintedTable table = previous.table();
                PrintedTable next = ((Flow.Table) item).table();
                int repeated = repeatedHeader(table, next, grid);
                if (next.heading().isEmpty() || repeated > 0 && sameHeading(table, next)) {
                    table.regrid(grid);
                    next.regrid(grid);
                    table.append(next, repeated);
                    continue;
                }
            }
            out.add(item);
        }
        return out;
    }

    /** The table last laid out, when nothing but text printed inside its own frame follows it. */
    private static Flow.Table lastTable(List<Flow> out) {
        for (int i = out.size() - 1; i >= 0; i--) {
            if (out.get(i) instanceof Flow.Table t) {
                return t;
            }
            if (!(out.get(i) instanceof Flow.Line line)) {
                return null;
            }
            PrintedTable table = null;
            for (int k = i - 1; k >= 0 && table == null; k--) {
                table = out.get(k) instanceof Flow.Table t ? t.table() : null;
            }
            if (table == null || !table.frames(line.page(), line.line().top(), line.line().bottom())) {
                return null;
            }
        }
        return null;
    }

    /** Whether the continuation's heading is the table's own printed again (续表 and （续） aside). */
    private static boolean sameHeading(PrintedTable table, PrintedTable next) {
        return headingText(next).equals(headingText(table));
    }

    private static String headingText(PrintedTable table) {
        StringBuilder b = new StringBuilder();
        table.heading().forEach(l -> b.append(l.text()));
        return b.toString().replaceAll("\\s+", "").replaceAll("[（(]续[）)]|续表", "");
    }

    /**
     * How many of the continuation's first rows repeat the table's first rows (its header printed again), compared in
     * the grid the two share.
     */
    private static int repeatedHeader(PrintedTable table, PrintedTable next, float[] grid) {
        int n = 0;
        while (n < next.rows() - 1 && n < table.rows() && n < 8 && !String.join("", next.rowTexts(n)).isBlank()
                && next.rowTexts(n, grid).equals(table.rowTexts(n, grid))) {
            n++;
        }
        return n;
    }
}
