package cn.jsaudit.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives a table the lines printed with it: above, its title, 公开NN表, the unit and the amount unit (which the table
 * reader looks for in a sheet's first rows); below, its notes (注：…, the 空表说明), which say where the data ends.
 * Lines that read as running text (a sentence ending 。 or ：, a heading of the narrative) are left to the narrative.
 */
final class TableSurroundings {

    /** At most this many lines above a table are its heading. */
    private static final int HEADING_LINES = 5;
    /** A heading of the narrative: 一、 （一） 第二部分 (a note's own "2." goes on). */
    private static final Pattern ORDINAL = Pattern.compile("^(第?[一二三四五六七八九十]+[、部]|[（(][一二三四五六七八九十]+[）)])");
    private static final String SENTENCE_END = "。；：;:！？!?";

    private final List<String> notePrefixes;
    private final List<String> emptyNotes;

    TableSurroundings(List<String> notePrefixes, List<String> emptyNotes) {
        this.notePrefixes = notePrefixes;
        this.emptyNotes = emptyNotes;
    }

    /** Moves the lines belonging to the tables from {@code free} to the tables' notes and headings. */
    void attach(List<PrintedTable> tables, List<TextLine> free) {
        for (PrintedTable t : tables) {
            notes(t, free);
        }
        for (PrintedTable t : tables) {
            heading(t, free);
        }
    }

    private void notes(PrintedTable t, List<TextLine> free) {
        List<TextLine> below = free.stream().filter(l -> l.top() >= t.bottom() - 1 && overlaps(l, t))
                .sorted(Comparator.comparingDouble(TextLine::top)).toList();
        float previousBottom = t.bottom();
        for (TextLine l : below) {
            float gap = l.top() - previousBottom;
            boolean first = t.notes().isEmpty();
            String compact = l.text().replaceAll("\\s+", "");
            boolean note = first ? gap <= 2.5f * l.size() && (isNote(compact) || isEmptyNote(compact))
                    : gap <= 1.2f * l.size() && !ORDINAL.matcher(compact).find() || isNote(compact) && gap <= 2.5f * l.size();
            if (!note) {
                break;
            }
            t.notes().add(l);
            free.remove(l);
            previousBottom = l.bottom();
        }
    }

    private void heading(PrintedTable t, List<TextLine> free) {
        List<TextLine> above = free.stream().filter(l -> l.bottom() <= t.top() + 1 && overlaps(l, t))
                .sorted(Comparator.comparingDouble(TextLine::bottom).reversed()).toList();
        float previousTop = t.top();
        List<TextLine> taken = new ArrayList<>();
        for (TextLine l : above) {
            float gap = previousTop - l.bottom();
            String text = l.text().strip();
            if (taken.size() >= HEADING_LINES || gap > 3f * l.size() || SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0) {
                break;
            }
            taken.add(0, l);
            previousTop = l.top();
        }
        t.heading().addAll(taken);
        free.removeAll(taken);
    }

    private boolean isNote(String compact) {
        return notePrefixes.stream().anyMatch(compact::startsWith);
    }

    private boolean isEmptyNote(String compact) {
        return emptyNotes.stream().anyMatch(compact::contains);
    }

    private static boolean overlaps(TextLine l, PrintedTable t) {
        float margin = (t.right() - t.left()) * 0.1f + 20;
        return l.x1() > t.left() - margin && l.x0() < t.right() + margin;
    }

    /** Lines that are the tables' own, for removing from the narrative: all headings and notes. */
    static void collect(List<PrintedTable> tables, Set<TextLine> into) {
        for (PrintedTable t : tables) {
            into.addAll(t.heading());
            into.addAll(t.notes());
        }
    }
}
