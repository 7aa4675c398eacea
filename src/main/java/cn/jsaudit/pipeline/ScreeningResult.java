package cn.jsaudit.pipeline;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Severity;
import java.util.List;

/** The findings for one submission, sorted for reading. */
public record ScreeningResult(String file, String unit, Integer year, String template, List<Finding> findings) {

    public ScreeningResult {
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
