package cn.jsaudit.generate;

import java.util.List;

/**
 * What a generated submission is known to contain, written beside it as {@code <base>.truth.json}: the anomalies
 * injected and every finding the table rules must produce (ERRORs from the anomalies, INFO rounding notes).
 *
 * @param modelledRules the rule ids the expectation covers; other rules are not predicted
 */
public record Truth(String workbook, String narrative, long seed, String unit, int year, List<InjectedAnomaly> anomalies,
                    List<ExpectedFinding> expected, List<String> modelledRules) {

    /** An injected anomaly: its family, in Chinese, and the cells changed (sheet!A1) or the narrative paragraph ("第12段"). */
    public record InjectedAnomaly(String kind, String description, List<String> cells) {
    }

    /** A finding the rules must produce, located at the first cell it names (sheet null: a narrative paragraph). */
    public record ExpectedFinding(String rule, String severity, String sheet, String cell) {
    }
}
