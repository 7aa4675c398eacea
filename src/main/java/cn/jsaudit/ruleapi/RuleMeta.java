package cn.jsaudit.ruleapi;

import cn.jsaudit.model.Severity;
import java.math.BigDecimal;
import java.util.Map;
import org.kie.api.definition.rule.Rule;

/** A rule's metadata as the auditor wrote it: {@code @id("T01-001") @title("…") @severity("ERROR") @tolerance("0.02")}. */
public record RuleMeta(String id, String title, Severity severity, BigDecimal tolerance) {

    public static RuleMeta of(Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        String id = text(meta.get("id"));
        String title = text(meta.get("title"));
        String severity = text(meta.get("severity"));
        String tolerance = text(meta.get("tolerance"));
        return new RuleMeta(id == null ? rule.getName() : id, title == null ? rule.getName() : title,
                severity == null ? Severity.ERROR : Severity.parse(severity),
                tolerance == null ? null : new BigDecimal(tolerance));
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.isEmpty() ? null : s;
    }
}
