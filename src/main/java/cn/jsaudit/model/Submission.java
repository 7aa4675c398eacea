package cn.jsaudit.model;

/**
 * One submission as the rules see it: who submitted, for which year, in which template.
 *
 * @param file     the workbook's file name
 * @param unit     the unit name from the header lines (部门：…), suffixes such as （本级） kept
 * @param year     the year of the accounts, or null if no header states it
 * @param amountUnit the unit the tables were printed in (facts are converted to 万元)
 * @param template the id of the template the workbook was read with
 */
public record Submission(String file, String unit, Integer year, AmountUnit amountUnit, String template) {
}
