package cn.jsaudit.rulepack;

import cn.jsaudit.model.Severity;
import java.util.List;

/**
 * A rule as `jsaudit rules list/show` present it.
 *
 * @param source "rules/tables/t01.drl:9" or "rules/tables/表内公式.csv:5"
 * @param tables the tables it reads
 * @param drl    its DRL text (for a formula row, what the row became)
 */
public record RuleEntry(String id, String title, Severity severity, String source, List<String> tables,
                        List<String> templates, String drl) {
}
