package cn.jsaudit.model;

/**
 * A signature field of a form: 填表人, 单位负责人, 联系电话, 填表日期.
 *
 * @param form     the form id
 * @param role     the label without "签字" and colon, e.g. "单位负责人"
 * @param value    as printed, white space removed
 * @param location the value cell
 */
public record Signature(String form, String role, String value, Location location) {
}
