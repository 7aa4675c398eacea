package cn.jsaudit.model;

/**
 * A form that was found but could not be read well enough to check its weights and scores: what was read and
 * what was not found. The form's sum rules stay silent for it; one finding says so instead (worded in
 * rules/messages.tsv, one message per {@link Missing}).
 *
 * @param form       the form id
 * @param sheet      the form's sheet
 * @param lines      the budget execution lines read
 * @param indicators the indicator rows read
 * @param totals     the 总分 cells read
 * @param missing    what was not found
 * @param location   the form's title cell
 */
public record FormDoubt(String form, String sheet, long lines, int indicators, long totals, Missing missing,
                        Location location) {

    /** What a form lacks for its scores to be checked, in the order the reader looks for it. */
    public enum Missing {
        /** no indicator header (三级指标 with 一级指标 or 二级指标) */
        HEADER,
        /** a header without a 得分 column */
        SCORE_COLUMN,
        /** no indicator row under the header */
        ROWS,
        /** no score in the 得分 column */
        SCORES
    }
}
