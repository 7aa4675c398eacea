package cn.jsaudit.model;

/**
 * A narrative statement linked to the performance form about the same project: a whole scope (the narrative's
 * paragraphs and report about one project, {@code claim} null) or one claim (a 项 whose 决算数 is the project's
 * 执行数).
 *
 * @param scope the narrative scope ({@link Claim#scope}), "" for a claim about the unit's own 科目
 * @param claim the claim linked, or null for the whole scope
 * @param form  the form's id ({@link PerformanceForm#id})
 * @param via   how the link was made, for messages ("全年预算数 75.1、执行数 75.1 相同")
 */
public record FormLink(String scope, Claim claim, String form, String via) {
}
