/**
 * What DRL rules call: the global {@code check} ({@link cn.jsaudit.ruleapi.Checks}) compares amounts, starts
 * findings ({@link cn.jsaudit.ruleapi.FindingBuilder}) whose wording is a coded entry of rules/messages.tsv
 * ({@link cn.jsaudit.ruleapi.MessageTable}), and gives every tolerance through the one
 * {@link cn.jsaudit.ruleapi.NumberPolicy} of rules/settings.yaml; {@code NumberPolicy.fmt} prints numbers
 * ({@code import function cn.jsaudit.ruleapi.NumberPolicy.fmt;}). {@link cn.jsaudit.ruleapi.RuleMeta} reads a rule's
 * id, title, severity and tolerance. Depends on {@code model} only, so that the engine, the readers and the
 * domain helpers of the narrative and performance rules can all use it.
 */
package cn.jsaudit.ruleapi;
