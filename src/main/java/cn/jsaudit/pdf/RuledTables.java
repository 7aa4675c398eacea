package cn.jsaudit.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tables drawn with ruling lines ("lattice"): the lines that touch one another make one table; the distinct
 * positions of its vertical and horizontal lines cut it into a grid, and where the line between two grid cells is
 * missing they are one merged cell — exactly as the spreadsheet or word processor merged them. Every glyph whose
 * centre falls in a cell is that cell's text.
 */
final class RuledTables {

    /** Points within which two lines are the same line, or touch. */
    private static final float SNAP = 2f;
    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile("-?[\\d,]+(\\.\\d+)?%?");
    /** Share of a cell side a line must cover to be a wall between two cells. */
    private static final float WALL = 0.6f;

    private RuledTables() {
    }

    /** The ruled tables of a page, top to bottom; the glyphs they take are added to {@code taken}. */
    static List<PrintedTable> find(PdfPage page, Set<Glyph> taken) {
        List<Segment> horizontals = merge(page.rulings().stream().filter(Segment::horizontal).toList(), true);
        List<Segment> verticals = merge(page.rulings().stream().filter(s -> !s.horizontal()).toList(), false);
        List<List<Segment>> groups = touching(horizontals, verticals);
        List<PrintedTable> tables = new ArrayList<>();
        for (List<Segment> group : groups) {
            PrintedTable t = grid(page, group, taken);
            if (t != null) {
                tables.add(t);
            }
        }
        tables.sort(Comparator.comparingDouble(PrintedTable::top));
        return tables;
    }

    /** Collinear pieces of one line (a border drawn cell by cell) joined into one segment. */
    private static List<Segment> merge(List<Segment> segments, boolean horizontal) {
        List<Segment> sorted = new ArrayList<>(segments);
        sorted.sort(horizontal ? Comparator.comparingDouble(Segment::y0).thenComparingDouble(Segment::x0)
                : Comparator.comparingDouble(Segment::x0).thenComparingDouble(Segment::y0));
        List<Segment> out = new ArrayList<>();
        for (Segment s : sorted) {
            Segment last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && horizontal && Math.abs(last.y0() - s.y0()) <= 1f && s.x0() <= last.x1() + SNAP) {
                out.set(out.size() - 1, new Segment(last.x0(), last.y0(), Math.max(last.x1(), s.x1()), last.y0()));
            } else if (last != null && !horizontal && Math.abs(last.x0() - s.x0()) <= 1f && s.y0() <= last.y1() + SNAP) {
                out.set(out.size() - 1, new Segment(last.x0(), last.y0(), last.x0(), Math.max(last.y1(), s.y1())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** Lines that cross or touch, grouped (union–find): each group is one drawn table or frame. */
    private static List<List<Segment>> touching(List<Segment> horizontals, List<Segment> verticals) {
        int n = horizontals.size() + verticals.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int h = 0; h < horizontals.size(); h++) {
            Segment a = horizontals.get(h);
            for (int v = 0; v < verticals.size(); v++) {
                Segment b = verticals.get(v);
                if (b.x0() >= a.x0() - SNAP && b.x0() <= a.x1() + SNAP && a.y0() >= b.y0() - SNAP && a.y0() <= b.y1() + SNAP) {
                    union(parent, h, horizontals.size() + v);
                }
            }
        }
        Map<Integer, List<Segment>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Segment s = i < horizontals.size() ? horizontals.get(i) : verticals.get(i - horizontals.size());
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(s);
        }
        return new ArrayList<>(groups.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    /** The grid of one group of lines, or null when it is no table (a frame, a single box, an underline). */
    private static PrintedTable grid(PdfPage page, List<Segment> group, Set<Glyph> taken) {
        List<Segment> hs = group.stream().filter(Segment::horizontal).toList();
        List<Segment> vs = group.stream().filter(s -> !s.horizontal()).toList();
        if (hs.size() < 2 || vs.size() < 2) {
            return null;
        }
        float[] xs = positions(vs.stream().map(Segment::x0).toList());
        float[] ys = positions(hs.stream().map(Segment::y0).toList());
        // a table open at its sides (no outer vertical border) still reaches as far as its horizontal lines
        float minX = (float) hs.stream().mapToDouble(Segment::x0).min().orElseThrow();
        float maxX = (float) hs.stream().mapToDouble(Segment::x1).max().orElseThrow();
        xs = widen(xs, minX, maxX);
        float minY = (float) vs.stream().mapToDouble(Segment::y0).min().orElseThrow();
        float maxY = (float) vs.stream().mapToDouble(Segment::y1).max().orElseThrow();
        ys = widen(ys, minY, maxY);
        int rows = ys.length - 1;
        int cols = xs.length - 1;
        if (rows < 1 || cols < 1 || rows * cols < 2) {
            return null;
        }
        // merged cells: neighbours without a wall between them are one cell
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && coverage(vs, xs[c + 1], ys[r], ys[r + 1], false) < WALL) {
                    union(parent, r * cols + c, r * cols + c + 1);
                }
                if (r + 1 < rows && coverage(hs, ys[r + 1], xs[c], xs[c + 1], true) < WALL) {
                    union(parent, r * cols + c, (r + 1) * cols + c);
                }
            }
        }
        Map<Integer, int[]> spans = new HashMap<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int root = find(parent, r * cols + c);
                int[] span = spans.computeIfAbsent(root, k -> new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1});
                span[0] = Math.min(span[0], r);
                span[1] = Math.min(span[1], c);
                span[2] = Math.max(span[2], r);
                span[3] = Math.max(span[3], c);
            }
        }
        Map<Integer, List<Glyph>> byColumn = new HashMap<>();
        List<Glyph> printed = page.glyphs().stream().filter(Glyph::printed).toList();
        Map<Glyph, Integer> columns = columns(page.glyphs(), xs);
        for (Glyph g : printed) {
            int c = columns.get(g);
            // text may run over the table's outer border; its middle need not be inside
            if (c >= 0 && !taken.contains(g) && g.bottom() > ys[0] && g.top() < ys[rows]) {
                byColumn.computeIfAbsent(c, k -> new ArrayList<>()).add(g);
                taken.add(g);
            }
        }
        Map<Integer, List<Glyph>> texts = new HashMap<>();
        Map<Glyph, Integer> cellOf = new HashMap<>();
        for (Map.Entry<Integer, List<Glyph>> e : byColumn.entrySet()) {
            int c = e.getKey();
            for (List<TextLine> stack : stacks(TextLine.of(e.getValue()), ys)) {
                TextLine first = stack.get(0);
                TextLine last = stack.get(stack.size() - 1);
                int target = clampedRow(ys, (first.top() + last.bottom()) / 2);
                for (TextLine line : stack) {
                    int r = stack.size() == 1 || sameRow(stack, ys) ? clampedRow(ys, centre(line)) : target;
                    int cell = find(parent, r * cols + c);
                    texts.computeIfAbsent(cell, k -> new ArrayList<>()).addAll(line.glyphs());
                    line.glyphs().forEach(g -> cellOf.put(g, cell));
                }
            }
        }
        restoreHidden(page.glyphs(), xs, ys, parent, spans, cellOf, texts, taken);
        PrintedTable table = new PrintedTable(page.number(), xs, true);
        for (int r = 0; r < rows; r++) {
            table.addRow(page.number(), ys[r], ys[r + 1]);
        }
        for (Map.Entry<Integer, int[]> e : spans.entrySet()) {
            int[] s = e.getValue();
            List<Glyph> glyphs = texts.get(e.getKey());
            String text = glyphs == null ? "" : cellText(glyphs);
            if (!text.isEmpty()) {
                table.addCell(new PrintedTable.Cell(s[0], s[1], s[2], s[3], text));
            } else if (s[2] > s[0] || s[3] > s[1]) {
                table.addCell(new PrintedTable.Cell(s[0], s[1], s[2], s[3], ""));
            }
        }
        return table;
    }

    /**
     * Glyphs drawn but not printed go back to the cell they were drawn for: the cell their clipping box frames, or,
     * painted over by the next cell's background, the cell of the text they continue along its baseline. The
     * workbook's cell holds the whole text; its PDF prints it cut short, and the hidden rest is no neighbour's text.
     * Hidden glyphs that belong to no cell are not read.
     */
    private static void restoreHidden(List<Glyph> glyphs, float[] xs, float[] ys, int[] parent, Map<Integer, int[]> spans,
            Map<Glyph, Integer> cellOf, Map<Integer, List<Glyph>> texts, Set<Glyph> taken) {
        int cols = xs.length - 1;
        Glyph previous = null;
        for (Glyph g : glyphs) {
            Integer cell = null;
            if (g.printed() || taken.contains(g)) {
                previous = g;
                continue;
            }
            Glyph.Hidden box = g.hidden();
            if (box.clipped()) {
                int c = index(xs, (box.x0() + box.x1()) / 2);
                int r = index(ys, (box.y0() + box.y1()) / 2);
                int[] span = c < 0 || r < 0 ? null : spans.get(find(parent, r * cols + c));
                // the box is that cell's own, not a frame round the table or the page
                if (span != null && box.x0() >= xs[span[1]] - SNAP && box.x1() <= xs[span[3] + 1] + SNAP
                        && box.y0() >= ys[span[0]] - SNAP && box.y1() <= ys[span[2] + 1] + SNAP) {
                    cell = find(parent, r * cols + c);
                }
            } else if (previous != null && cellOf.containsKey(previous)
                    && Math.abs(previous.baseline() - g.baseline()) < 0.2f * g.size()
                    && g.x0() >= previous.x0() && g.x0() - previous.x1() < 0.3f * g.size()) {
                cell = cellOf.get(previous);
            }
            if (cell != null) {
                texts.computeIfAbsent(cell, k -> new ArrayList<>()).add(g);
                cellOf.put(g, cell);
                taken.add(g);
            }
            previous = g;
        }
    }

    /**
     * The column of each printed glyph (given all glyphs in drawing order): where it stands, except that text running
     * on unbroken from one cell over the ruling into the next (drawn in one piece, no gap at the ruling: too long for
     * its cell and not cut off) stays in the cell it starts in. Texts of two cells are drawn apart, with the cells'
     * padding between them.
     */
    private static Map<Glyph, Integer> columns(List<Glyph> glyphs, float[] xs) {
        Map<Glyph, Integer> out = new HashMap<>();
        Glyph previous = null;
        for (Glyph g : glyphs) {
            if (!g.printed()) {
                // what follows a text cut off at its cell's border is another cell's, however close
                previous = null;
                continue;
            }
            int c = index(xs, g.anchorX());
            if (previous != null && c >= 0 && previous.run() == g.run()
                    && Math.abs(previous.baseline() - g.baseline()) < 0.2f * g.size()
                    && g.x0() - previous.x1() < 0.3f * g.size() && g.x0() >= previous.x0()) {
                int before = out.get(previous);
                c = before >= 0 && before == c - 1 ? before : c;
            }
            out.put(g, c);
            previous = g;
        }
        return out;
    }

    /**
     * The lines of one column grouped into the texts of cells. Wrapped text too tall for its row runs over the row's
     * borders, centred on its own cell ("公务用车购置" / "费" over the cells above and below): lines that follow one
     * another at line spacing across a border that one of them crosses are one text, whose middle says its cell.
     * Lines inside their own rows stay apart however close.
     */
    private static List<List<TextLine>> stacks(List<TextLine> lines, float[] ys) {
        List<List<TextLine>> stacks = new ArrayList<>();
        List<TextLine> current = null;
        TextLine previous = null;
        for (TextLine line : lines) {
            float step = previous == null ? 0 : line.baseline() - previous.baseline();
            // lines of one text follow at line spacing; closer ones are two texts printed over one another
            boolean sameRow = previous != null && clampedRow(ys, centre(previous)) == clampedRow(ys, centre(line));
            // an amount inside its own row under a heading that overflows down to it is that row's value (得分 / 20)
            boolean ownAmount = previous != null && !sameRow && !crossesTop(line, ys) && AMOUNT.matcher(line.text().strip()).matches();
            boolean joins = previous != null && step >= 0.9f * line.size() && step <= 1.7f * line.size()
                    && previous.x0() < line.x1() && line.x0() < previous.x1() && !ownAmount
                    && (sameRow || crossesBottom(previous, ys) || crossesTop(line, ys));
            if (!joins) {
                current = new ArrayList<>();
                stacks.add(current);
            }
            current.add(line);
            previous = line;
        }
        return stacks;
    }

    private static boolean sameRow(List<TextLine> stack, float[] ys) {
        int row = clampedRow(ys, centre(stack.get(0)));
        return stack.stream().allMatch(l -> clampedRow(ys, centre(l)) == row);
    }

    private static float centre(TextLine line) {
        return (line.top() + line.bottom()) / 2;
    }

    private static boolean crossesTop(TextLine line, float[] ys) {
        int r = clampedRow(ys, centre(line));
        return line.top() < ys[r] - 0.2f * line.size();
    }

    private static boolean crossesBottom(TextLine line, float[] ys) {
        int r = clampedRow(ys, centre(line));
        return line.bottom() > ys[r + 1] + 0.2f * line.size();
    }

    private static int clampedRow(float[] ys, float y) {
        if (y <= ys[0]) {
            return 0;
        }
        if (y >= ys[ys.length - 1]) {
            return ys.length - 2;
        }
        return index(ys, y);
    }

    /** Distinct positions (lines within SNAP of one another are one), ascending. */
    private static float[] positions(List<Float> values) {
        float[] sorted = new float[values.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = values.get(i);
        }
        Arrays.sort(sorted);
        List<Float> out = new ArrayList<>();
        float sum = 0;
        int n = 0;
        for (float v : sorted) {
            if (n > 0 && v - sum / n > SNAP) {
                out.add(sum / n);
                sum = 0;
                n = 0;
            }
            sum += v;
            n++;
        }
        if (n > 0) {
            out.add(sum / n);
        }
        float[] result = new float[out.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = out.get(i);
        }
        return result;
    }

    private static float[] widen(float[] edges, float min, float max) {
        List<Float> out = new ArrayList<>();
        if (edges.length > 0 && edges[0] - min > 3 * SNAP) {
            out.add(min);
        }
        for (float e : edges) {
            out.add(e);
        }
        if (edges.length > 0 && max - edges[edges.length - 1] > 3 * SNAP) {
            out.add(max);
        }
        float[] result = new float[out.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = out.get(i);
        }
        return result;
    }

    /** Share of the span [from, to] covered by lines at {@code at}. */
    private static float coverage(List<Segment> lines, float at, float from, float to, boolean horizontal) {
        float covered = 0;
        for (Segment s : lines) {
            float pos = horizontal ? s.y0() : s.x0();
            if (Math.abs(pos - at) > SNAP) {
                continue;
            }
            float a = Math.max(from, horizontal ? s.x0() : s.y0());
            float b = Math.min(to, horizontal ? s.x1() : s.y1());
            covered += Math.max(0, b - a);
        }
        return to > from ? covered / (to - from) : 0;
    }

    /** Index of the interval of {@code edges} holding {@code v}, or -1 outside. */
    private static int index(float[] edges, float v) {
        if (v < edges[0] || v > edges[edges.length - 1]) {
            return -1;
        }
        int i = Arrays.binarySearch(edges, v);
        if (i >= 0) {
            return Math.min(i, edges.length - 2);
        }
        return -i - 2;
    }

    /** A cell's text: its lines top to bottom, each left to right, rejoined as wrapped text. */
    static String cellText(List<Glyph> glyphs) {
        StringBuilder b = new StringBuilder();
        for (TextLine line : TextLine.of(glyphs)) {
            String t = line.text();
            if (b.length() > 0 && !t.isEmpty()) {
                b.append(Spacing.lineJoint(b.charAt(b.length() - 1), t.charAt(0)));
            }
            b.append(t);
        }
        return b.toString().strip();
    }
}
