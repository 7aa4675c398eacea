package cn.jsaudit.performance;

import cn.jsaudit.ruleapi.Labels;
import cn.jsaudit.ruleapi.Text;
import cn.jsaudit.model.FormText;
import cn.jsaudit.model.ProjectName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads what a form says in words: the project's name, the 年度总体目标 under its 预期目标 and 实际完成情况
 * headings, and the paragraphs spanning the form (the sections of a 部门整体 form). Returns the texts read, for
 * the statements in them.
 */
final class TextReader {

    /** A paragraph is at least this long (characters, white space removed) … */
    private static final int PARAGRAPH_MIN_LENGTH = 30;
    /** … and spans at least this share of the form's width. */
    private static final double PARAGRAPH_MIN_WIDTH = 0.6;

    private final FormSheet form;
    private final Set<String> seen = new HashSet<>();
    private final List<FormText> texts = new ArrayList<>();

    TextReader(FormSheet form) {
        this.form = form;
    }

    List<FormText> read() {
        projectName();
        goals();
        paragraphs();
        form.facts.addAll(texts);
        return texts;
    }

    private void projectName() {
        Grid g = form.grid;
        for (int r = 0; r <= g.lastRow(); r++) {
            for (int c = 0; c < g.width(r); c++) {
                if (!g.isAnchor(r, c)) {
                    continue;
                }
                String[] inline = form.inline(r, c);
                if (inline != null && form.words.projectName().matches(Labels.key(inline[0])) && !inline[1].isEmpty()) {
                    form.facts.add(new ProjectName(form.formId, inline[1], form.location(r, c)));
                    return;
                }
                if (form.words.projectName().matches(g, r, c)) {
                    int v = g.nextFilled(r, c);
                    if (v >= 0) {
                        form.facts.add(new ProjectName(form.formId, Text.compact(g.text(r, v)), form.location(r, v)));
                    }
                    return;
                }
            }
        }
    }

    /** The row naming 预期目标 and 实际完成情况; the texts are in the rows below, in the same columns. */
    private void goals() {
        Grid g = form.grid;
        for (int r = 0; r <= g.lastRow(); r++) {
            int target = form.findCol(r, form.words.goalTargets());
            int actual = form.findCol(r, form.words.goalActuals());
            if (target < 0 || actual < 0) {
                continue;
            }
            String targetLabel = g.text(r, target);
            String actualLabel = g.text(r, actual);
            for (int below = r + 1; below <= lastGoalRow(r, Math.min(target, actual)); below++) {
                boolean any = add(below, target, FormText.TARGET, targetLabel) | add(below, actual, FormText.ACTUAL, actualLabel);
                if (!any) {
                    break;
                }
            }
            return;
        }
    }

    /**
     * The last row of the goals: as far down as the side label beside the headings reaches ("年度总体目标" merged over
     * the heading row and the texts), else the row below the headings.
     */
    private int lastGoalRow(int r, int firstCol) {
        int last = r + 1;
        for (int c = 0; c < firstCol; c++) {
            CellRangeAddress m = form.grid.mergeAt(r, c);
            if (m != null && m.getFirstColumn() == c) {
                last = Math.max(last, m.getLastRow());
            }
        }
        return Math.min(last, form.grid.lastRow());
    }

    private boolean add(int r, int c, String role, String label) {
        CellRangeAddress m = form.grid.mergeAt(r, c);
        if (m != null && m.getFirstRow() != r) {
            return false;
        }
        String text = form.grid.text(r, c);
        if (text.isEmpty() || !Text.hasHan(text)) {
            return false;
        }
        String cell = form.location(r, c).cell();
        if (seen.add(cell)) {
            texts.add(new FormText(form.formId, role, Text.compact(label), text, form.location(r, c)));
        }
        return true;
    }

    /** True when the row holds nothing but its first cell. */
    private boolean aloneOnRow(int r) {
        for (int c = 1; c < form.grid.width(r); c++) {
            if (!form.grid.text(r, c).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Long texts across most of the form's width (merged, or alone on their row), headed by the short line above them. */
    private void paragraphs() {
        Grid g = form.grid;
        int width = 0;
        for (int r = 0; r <= g.lastRow(); r++) {
            width = Math.max(width, g.width(r));
        }
        for (int r = 0; r <= g.lastRow(); r++) {
            CellRangeAddress m = g.mergeAt(r, 0);
            if (m == null ? !aloneOnRow(r) : m.getFirstRow() != r || m.getFirstColumn() != 0) {
                continue;
            }
            String text = g.text(r, 0);
            // unmerged, a text alone on its row is printed across the empty cells beside it
            int span = m == null ? width : m.getLastColumn() - m.getFirstColumn() + 1;
            if (Text.compact(text).length() < PARAGRAPH_MIN_LENGTH || span < width * PARAGRAPH_MIN_WIDTH) {
                continue;
            }
            String heading = r > 0 ? Text.compact(g.text(r - 1, 0)) : "";
            if (heading.length() > PARAGRAPH_MIN_LENGTH) {
                heading = "";
            }
            if (seen.add(form.location(r, 0).cell())) {
                texts.add(new FormText(form.formId, FormText.SECTION, heading, text, form.location(r, 0)));
            }
        }
    }
}
