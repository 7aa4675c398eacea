package cn.jsaudit.model;

/**
 * A stated total of a form: 总分 / 自评总分 ("总分：100" in a header line, or the 总分 row).
 *
 * @param form   the form id
 * @param score  the stated total score
 * @param weight the stated total of 分值 on the same row, or null
 */
public record ScoreTotal(String form, FormNumber score, FormNumber weight) {
}
