package cn.jsaudit.model;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.FindingStatus;
import cn.jsaudit.model.Severity;
import java.util.List;

/**
 * The findings for one submission, sorted for reading.
 *
 * @param screened which of its parts (tables, narrative, performance forms) were read; null when not known (a
 *                 submission that could not be read, a result rebuilt from stored findings)
 */
public record ScreeningResult(String file, String unit, Integer year, String template, List<Finding> findings,
                              ScreenedFiles screened) {

    public ScreeningResult {
        findings = List.copyOf(findings);
    }

    public ScreeningResult(String file, String unit, Integer year, String template, List<Finding> findings) {
        this(file, unit, year, template, findings, null);
    }

    /** The same submission with other findings (the unit's replies applied). */
    public ScreeningResult withFindings(List<Finding> other) {
        return new ScreeningResult(file, unit, year, template, other, screened);
    }

    /** "未提供：情况说明（N- 检查未进行）…", or "" when every part was read or it is not known. */
    public String notProvided() {
        return screened == null ? "" : screened.notice();
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
