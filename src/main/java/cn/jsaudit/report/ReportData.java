package cn.jsaudit.report;

import cn.jsaudit.engine.RuleInfo;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.RunRecord;
import cn.jsaudit.model.ScreeningResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A whole run at hand: the run record, the rules that ran and the screened submissions in input order (each
 * one's findings already sorted by {@code FindingOrder}); see {@link Report#write}.
 */
public record ReportData(RunRecord run, List<RuleInfo> rules, List<ScreeningResult> results) {

    public ReportData {
        rules = List.copyOf(rules);
        results = List.copyOf(results);
    }

    /** Findings per rule id, most frequent first, ties by rule id. */
    public static Map<String, Long> ruleCounts(List<Finding> findings) {
        RuleTally tally = new RuleTally();
        tally.add(findings);
        return tally.sorted();
    }

    /** "T06-01×3，X05-06-01×1" for the most frequent rules, or "" when there are no findings. */
    public static String topRules(List<Finding> findings, int limit) {
        return ruleCounts(findings).entrySet().stream().limit(limit)
                .map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining("，"));
    }
}
