package cn.jsaudit.model;

/**
 * An amount a form's text states ("实际支出 75.1 万元", "补助 36 万元及时发放", "实际支出 1.56 元").
 *
 * @param form     the form id
 * @param role     the role of the text ({@link FormText#TARGET}, {@link FormText#ACTUAL}, {@link FormText#SECTION})
 * @param quote    the clause it is in
 * @param amount   the amount as printed, in its own unit
 * @param unit     "万元" or "元"
 * @param spent    true when the clause says the money was paid out (发放, 拨付 …) and does not speak of a budget
 * @param location the cell of the text
 */
public record StatedAmount(String form, String role, String quote, FormNumber amount, String unit, boolean spent,
                           Location location) {
}
