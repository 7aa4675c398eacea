package cn.jsaudit.rulepack;

import cn.jsaudit.model.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * One case of rules/tests/*.txt: a base workbook, a few cell overrides, and the findings it must and must not
 * produce. Unless {@code strict} is off, every ERROR or WARNING finding must be expected by a line.
 *
 * @param line the line the case starts on, for messages
 */
public record RuleCase(String file, int line, String name, Path base, List<CellChange> overrides,
                       List<Expect> expected, List<Expect> forbidden, boolean strict) {

    /** "收支总表!C7 = 120.26": a sheet, a cell and the new value (a number, 空 for blank, else text). */
    public record CellChange(String sheet, String cell, String value) {
    }

    /**
     * A finding described by its rule, and optionally its severity and the cell it is at (sheet!A1, the
     * finding's first location).
     */
    public record Expect(String rule, Severity severity, String sheet, String cell, int line) {

        @Override
        public String toString() {
            return rule + (severity == null ? "" : " " + severity.label()) + (cell == null ? "" : " " + sheet + "!" + cell);
        }
    }
}
