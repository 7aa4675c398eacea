package cn.jsaudit.model;

/**
 * A group of indicators whose weight the form prints in its label: "产出指标（50 分）", "部门决策（10）",
 * "目标 1(40 分）". Its indicators name it in {@link Indicator#level1()} or {@link Indicator#level2()}.
 *
 * @param form     the form id
 * @param level    1 for a 一级指标, 2 for a 二级指标
 * @param label    the label as the indicators carry it (white space removed)
 * @param weight   the printed weight
 * @param location the label cell
 */
public record IndicatorGroup(String form, int level, String label, FormNumber weight, Location location) {
}
