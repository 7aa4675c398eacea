package cn.jsaudit.model;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.FindingStatus;
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

    /** Findings of that severity the unit has not explained. */
    public long countOpen(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity && f.status() == FindingStatus.OPEN).count();
    }

    public long countExplained() {
        return findings.stream().filter(f -> f.status() == FindingStatus.EXPLAINED).count();
    }

    /** True when the workbook could not be read at all (its only findings are about the input). */
    public boolean unreadable() {
        return unit == null && template == null;
    }
}
