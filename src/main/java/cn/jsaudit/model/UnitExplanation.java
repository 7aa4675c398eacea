package cn.jsaudit.model;

/**
 * A unit's explanation (说明) of one finding, as typed into the 审核结果 sheet of an annotated workbook or
 * into an explanations file.
 *
 * @param unit     the unit it is for, or "" when it came from the submission's own workbook (any unit)
 * @param rule     the rule id of the finding
 * @param position the 位置 text of the finding as the reports print it
 * @param text     the explanation
 */
public record UnitExplanation(String unit, String rule, String position, String text) {
}
