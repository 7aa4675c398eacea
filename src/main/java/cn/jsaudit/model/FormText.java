package cn.jsaudit.model;

/**
 * A text a form states in words: a 年度总体目标 (预期目标 / 实际完成情况), a section of a 部门整体 form
 * ("简要概述部门支出情况"). Facts for rules comparing what forms say with their own figures, with other forms and
 * with the narrative.
 *
 * @param form     the form id
 * @param role     {@link #TARGET}, {@link #ACTUAL} or {@link #SECTION}
 * @param label    the heading the form prints for it ("实际完成情况", "二、简要概述部门支出情况…")
 * @param text     the text as printed
 * @param location the cell
 */
public record FormText(String form, String role, String label, String text, Location location) {

    /** The goals set for the year (预期目标, 年初设定目标). */
    public static final String TARGET = "预期目标";
    /** What the form says was achieved (实际完成情况). */
    public static final String ACTUAL = "实际完成";
    /** A paragraph of its own (a section of a 部门整体 form). */
    public static final String SECTION = "说明";
}
