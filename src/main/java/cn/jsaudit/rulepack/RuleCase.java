package cn.jsaudit.rulepack;

import cn.jsaudit.model.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * One case of rules/tests/*.txt: a base workbook, a few cell overrides, edits of its narrative, and the findings it
 * must and must not produce. Unless {@code strict} is off, every ERROR or WARNING finding must be expected by a line.
 *
 * @param line           the line the case starts on, for messages
 * @param narrative      true when the case screens the base's narrative (and performance workbooks) too
 * @param narrativeEdits the edits of the narrative, in order
 * @param priorYear      the year of the unit's submission of the year before, made from the base workbook (every
 *                       text naming the year after names this one) with {@code priorOverrides}; null: none, and the
 *                       cross-year rules stay silent
 */
public record RuleCase(String file, int line, String name, Path base, List<CellChange> overrides, boolean narrative,
                       List<TextEdit> narrativeEdits, Integer priorYear, List<CellChange> priorOverrides,
                       List<Expect> expected, List<Expect> forbidden, boolean strict) {

    /** "收支总表!C7 = 120.26": a sheet, a cell and the new value (a number, 空 for blank, else text). */
    public record CellChange(String sheet, String cell, String value) {
    }

    /**
     * An edit of the narrative: the first occurrence of {@code find} replaced by {@code replacement}, or, when
     * {@code find} is null, {@code replacement} added as a paragraph at the end.
     */
    public record TextEdit(String find, String replacement, int line) {
    }

    /**
     * A finding described by its rule, and optionally its severity and the place it is at: a cell (sheet!A1) or
     * a narrative paragraph ("第12段", sheet null) — the finding's first location.
     */
    public record Expect(String rule, Severity severity, String sheet, String cell, int line) {

        @Override
        public String toString() {
            return rule + (severity == null ? "" : " " + severity.label())
                    + (cell == null ? "" : " " + (sheet == null ? "" : sheet + "!") + cell);
        }
    }
}
