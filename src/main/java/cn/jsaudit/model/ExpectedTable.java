package cn.jsaudit.model;

/** A table the submission's template lists, so that rules can tell a missing table. */
public record ExpectedTable(String template, String table, String title, boolean required) {
}
