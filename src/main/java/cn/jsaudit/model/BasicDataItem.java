package cn.jsaudit.model;

/**
 * One line of the 基础数据表's 经费控制情况 block.
 *
 * @param form   the form id
 * @param key    the line's key from rules/performance/forms.yaml ("三公经费", "公务用车" …), or the
 *               label itself for free lines (one 本级专项 per line)
 * @param label  the label as printed
 * @param parent the key of the line it is a part of, or null for a top line
 * @param prior  上年决算数
 * @param budget 本年预算数
 * @param actual 本年决算数
 * @param location the label cell
 */
public record BasicDataItem(String form, String key, String label, String parent, FormNumber prior,
                            FormNumber budget, FormNumber actual, Location location) {
}
