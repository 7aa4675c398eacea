package cn.jsaudit.report;

import cn.jsaudit.engine.RuleInfo;
import cn.jsaudit.model.Finding;
import cn.jsaudit.pipeline.RunRecord;
import cn.jsaudit.model.ScreeningResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a report renders: the run record, the rules that ran and the screened submissions in input order
 * (each one's findings already sorted by {@code FindingOrder}).
 */
public record ReportData(RunRecord run, List<RuleInfo> rules, List<ScreeningResult> results) {

    public ReportData {
        rules = List.copyOf(rules);
        results = List.copyOf(results);
    }

    /** Findings per rule id over all submissions, most frequent first, ties by rule id. */
    public Map<String, Long> ruleCounts() {
        return ruleCounts(results.stream().flatMap(r -> r.findings().stream()).toList());
    }

    /** Findings per rule id, most frequent first, ties by rule id. */
    public static Map<String, Long> ruleCounts(List<Finding> findings) {
        return findings.stream().collect(Collectors.groupingBy(Finding::rule, Collectors.counting()))
                .entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** "T06-01×3，X05-06-01×1" for the most frequent rules, or "" when there are no findings. */
    public static String topRules(List<Finding> findings, int limit) {
        return ruleCounts(findings).entrySet().stream().limit(limit)
                .map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining("，"));
    }
}
