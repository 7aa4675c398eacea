package cn.jsaudit.engine;

import cn.jsaudit.model.Severity;
import cn.jsaudit.ruleapi.RuleMeta;
import org.kie.api.definition.rule.Rule;

/** What a report says about a rule that ran: id, title, severity and the DRL rule name. */
public record RuleInfo(String id, String title, Severity severity, String name) {

    static RuleInfo of(Rule rule) {
        RuleMeta meta = RuleMeta.of(rule);
        return new RuleInfo(meta.id(), meta.title(), meta.severity(), rule.getName());
    }
}
