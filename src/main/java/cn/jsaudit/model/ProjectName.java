package cn.jsaudit.model;

/**
 * The project a 项目支出绩效自评表 evaluates (项目名称, 转移支付（项目）名称).
 *
 * @param form     the form id
 * @param name     the name as printed, white space removed
 * @param location the value cell
 */
public record ProjectName(String form, String name, Location location) {
}
