package cn.jsaudit.model;

/**
 * A unit named in a form: 预算部门名称, 单位名称, 项目实施单位, 资金使用单位, 主管部门.
 *
 * @param form        the form id
 * @param role        the label, e.g. "预算部门名称"
 * @param name        the unit as printed, white space removed
 * @param submitterRoletrue when the role must name the submitting unit (主管部门 need not)
 * @param location    the value cell
 */
public record FormUnit(String form, String role, String name, boolean submitterRole, Location location) {
}
