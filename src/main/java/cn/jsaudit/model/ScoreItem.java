package cn.jsaudit.model;

/**
 * One 得分 cell of a form: the execution score or an indicator score, counted once even when the cell
 * is merged over several indicators.
 *
 * @param form       the form id
 * @param label      what it scores ("预算执行", or the first indicator's name)
 * @param weight     its 分值, or null when the form prints none for it
 * @param score      the 得分
 * @param indicators how many indicator rows the cell covers (1 for an unmerged cell)
 */
public record ScoreItem(String form, String label, FormNumber weight, FormNumber score, int indicators) {
}
