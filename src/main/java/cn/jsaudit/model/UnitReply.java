package cn.jsaudit.model;

/**
 * A unit's reply (单位说明) to one finding, as typed into the 审核结果 sheet of an annotated workbook or into an
 * explanations file. Not to be confused with {@link Explanation}, a performance form's own 偏差原因.
 *
 * @param unit     the unit it is for, or "" when it came from the submission's own workbook (any unit)
 * @param rule     the rule id of the finding
 * @param position the 位置 text of the finding as the reports print it
 * @param text     what the unit says
 */
public record UnitReply(String unit, String rule, String position, String text) {
}
