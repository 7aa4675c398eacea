package cn.jsaudit.performance;

import cn.jsaudit.ruleapi.Text;
import cn.jsaudit.ingest.InputFindings;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.FormNumber;
import cn.jsaudit.model.Location;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import cn.jsaudit.ingest.CellData;

/**
 * Reads numbers from form cells as a reviewer reads them. A cell that should hold a number but does not
 * adds an INPUT finding and reads as null.
 */
final class NumberReader {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** A number with an optional unit the forms print after it. */
    private static final Pattern NUMBER = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)(%|分|万元|元|人|个)?");
    private static final Pattern EMPTY_MARKS = Pattern.compile("[-—–－─/]*|无");

    private final Grid grid;
    private final List<Finding> problems;

    NumberReader(Grid grid, List<Finding> problems) {
        this.grid = grid;
        this.problems = problems;
    }

    /** An amount or a score: "12", 12.0, "1,085.68", "100 分". Null when blank. */
    FormNumber number(int row, int col, String what) {
        return read(row, col, what, false);
    }

    /**
     * A rate in percentage points: 0.5831 formatted as a percentage, "58.31%", or 100 meaning 100 %.
     * A bare number up to 1 without a percent format is read as a fraction (1 = 100 %), stored as a number or
     * printed as text (a published PDF has only the printed "0.5831").
     */
    FormNumber percent(int row, int col, String what) {
        return read(row, col, what, true);
    }

    private FormNumber read(int row, int col, String what, boolean percent) {
        CellData cell = grid.cell(row, col);
        Location at = grid.location(row, col);
        String printed = grid.text(row, col);
        if (cell == null) {
            return null;
        }
        if (cell.isNumber()) {
            return fromNumeric(cell, printed, at, percent);
        }
        FormNumber n = fromText(printed, at, what);
        if (percent && n != null && n.value().abs().compareTo(BigDecimal.ONE) <= 0
                && NUMBER.matcher(Text.compact(printed).replace(",", "")).replaceAll("$2").isEmpty()) {
            int shown = exact(n.value().stripTrailingZeros().scale() - 2);
            return new FormNumber(n.value().multiply(HUNDRED).setScale(shown, RoundingMode.HALF_UP),
                    FormNumber.halfStepOf(shown), printed, at);
        }
        return n;
    }

    /**
     * True when the cell holds words rather than a number or a blank mark ("目标", "权重"): where a block of numbers
     * has ended and another block's headings begin.
     */
    boolean holdsWords(int row, int col) {
        CellData cell = grid.cell(row, col);
        if (cell == null || cell.isNumber()) {
            return false;
        }
        String t = Text.compact(grid.text(row, col)).replace(",", "");
        return !t.isEmpty() && !EMPTY_MARKS.matcher(t).matches() && !NUMBER.matcher(t).matches();
    }

    /** True when the cell holds a number, as a number or as text ("10.00", "58.31%"). */
    boolean holdsNumber(int row, int col) {
        CellData cell = grid.cell(row, col);
        return cell != null && (cell.isNumber()
                || NUMBER.matcher(Text.compact(grid.text(row, col)).replace(",", "")).matches());
    }

    /** A number given as text, e.g. the value part of "总分：100"; null when blank. */
    FormNumber fromText(String printed, Location at, String what) {
        String t = Text.compact(printed).replace(",", "");
        if (EMPTY_MARKS.matcher(t).matches()) {
            return null;
        }
        Matcher m = NUMBER.matcher(t);
        if (!m.matches()) {
            problems.add(InputFindings.error("%s 工作表「%s」单元格 %s：“%s”不是数字（此处应为%s）".formatted(
                    at.file(), at.sheet(), at.cell(), printed, what), null, at));
            return null;
        }
        BigDecimal v = new BigDecimal(m.group(1));
        return new FormNumber(v, FormNumber.halfStepOf(v.scale()), printed, at);
    }

    private static FormNumber fromNumeric(CellData cell, String printed, Location at, boolean percent) {
        String format = cell.format();
        BigDecimal raw = BigDecimal.valueOf(cell.number());
        boolean percentFormat = format != null && format.contains("%");
        int decimals = decimalsOf(format);
        if (percent && (percentFormat || raw.abs().compareTo(BigDecimal.ONE) <= 0)) {
            // a fraction: 0.5831 printed as 58.31 %; an unformatted fraction counts two more decimals
            BigDecimal points = raw.multiply(HUNDRED);
            int shown = percentFormat && decimals >= 0 ? decimals : exact(raw.stripTrailingZeros().scale() - 2);
            return new FormNumber(points.setScale(shown, RoundingMode.HALF_UP), FormNumber.halfStepOf(shown), printed, at);
        }
        int shown = decimals >= 0 ? decimals : exact(raw.stripTrailingZeros().scale());
        return new FormNumber(raw.setScale(shown, RoundingMode.HALF_UP), FormNumber.halfStepOf(shown), printed, at);
    }

    /**
     * The decimals of a number shown in the General format: all its digits are shown, so it is the stored value
     * itself — an amount the reporting software rounded to the 分 of 万元 (two decimals) at worst.
     */
    private static int exact(int scale) {
        return Math.min(Math.max(scale, 2), 6);
    }

    /** Decimals shown by an Excel number format, or -1 for General. */
    private static int decimalsOf(String format) {
        if (format == null || format.isEmpty() || format.equalsIgnoreCase("General") || format.equals("@")) {
            return -1;
        }
        String first = format.split(";")[0].replaceAll("\"[^\"]*\"", "");
        int dot = first.indexOf('.');
        if (dot < 0) {
            return 0;
        }
        int n = 0;
        for (int i = dot + 1; i < first.length() && (first.charAt(i) == '0' || first.charAt(i) == '#'); i++) {
            n++;
        }
        return n;
    }
}
