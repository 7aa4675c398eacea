package cn.jsaudit.model;

/**
 * A count times a price a form's text states with their total in one sentence ("对全县 3334 名干部职工按人均 300 元
 * 标准发放……共 75.1 万元").
 *
 * @param form     the form id
 * @param quote    the sentence
 * @param count    the count (people, households), 万 already multiplied out
 * @param price    the price per head in 元
 * @param total    the stated total in 万元
 * @param location the cell of the text
 */
public record StatedProduct(String form, String quote, FormNumber count, FormNumber price, FormNumber total,
                            Location location) {
}
