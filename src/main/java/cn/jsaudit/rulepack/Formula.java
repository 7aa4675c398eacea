package cn.jsaudit.rulepack;

import java.util.List;

/**
 * A parsed formula row: {@code [每行|每列] terms op terms}. Terms with a minus sign have been moved to the other
 * side ({@code a + b − c = d} is checked as {@code a + b = d + c}), so both sides are plain sums.
 *
 * @param scope how the formula is repeated: once, for every row (terms name columns), or for every column (terms
 *              name rows)
 * @param op    "=", "≥" or "≤"
 */
record Formula(Scope scope, List<Term> left, String op, List<Term> right) {

    enum Scope {
        ONCE(""), EACH_ROW("每行"), EACH_COLUMN("每列");

        final String word;

        Scope(String word) {
            this.word = word;
        }
    }

    /**
     * One reference: an optional table, then a row selector and a column selector (either may be absent), each
     * possibly a range. In a 每行 formula the only selector is the column; elsewhere the first is the row.
     *
     * @param pos where the term starts in the formula text (0-based), for messages
     */
    record Term(String table, Sel row, Sel rowTo, Sel col, Sel colTo, int pos) {

        boolean isRange() {
            return rowTo != null || colTo != null;
        }
    }

    /** A selector as written: a number (行次, 栏次 or 科目代码) or a label. */
    record Sel(Integer number, String text, int pos) {

        static Sel of(String written, int pos) {
            String t = written.strip();
            return t.matches("\\d{1,7}") ? new Sel(Integer.valueOf(t), t, pos) : new Sel(null, t, pos);
        }

        boolean isNumber() {
            return number != null;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
