package cn.jsaudit.model;

/**
 * A table the submission's template lists, so that rules can tell a missing table.
 *
 * @param table the table as the template names it ("公开07表")
 * @param role  what the table is (政府性基金 …)
 */
public record ExpectedTable(String template, String table, String role, String title, boolean required) {
}
