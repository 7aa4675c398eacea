package cn.jsaudit.generate;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a generated submission is known to contain, written beside its workbook as {@code <base>.truth.json}: the
 * anomalies injected and every finding the table rules must produce (ERRORs from the anomalies, INFO rounding
 * notes). Everything is stated by meaning — table role, row and column — and so is the same for every layout of
 * one submission; {@code sheet}, {@code cell} and {@code cells} say where this file's layout printed it.
 *
 * @param layout        the layout id of this workbook (national, typed, county, sichuan, shanghai, xls)
 * @param modelledRules the rule ids the expectation covers; other rules are not predicted
 */
public record Truth(String layout, String workbook, String narrative, long seed, String unit, int year,
                    List<InjectedAnomaly> anomalies, List<ExpectedFinding> expected, List<String> modelledRules) {

    /**
     * An injected anomaly: its kind, description and family (表内平衡, 表间一致, 输入, 情况说明), the severity it calls
     * for, the amounts it changed and their cells in this layout (sheet!A1) or the narrative paragraph ("第12段").
     */
    public record InjectedAnomaly(String kind, String description, String family, String severity,
                                  List<ChangedAmount> amounts, List<String> cells) {
    }

    /**
     * One amount an anomaly changed: its table's role and national number (01–09), the row (27行 本年收入合计,
     * 210 卫生健康支出, 合计) and column (本年支出/基本支出) it stands in, the amount printed before and the amount
     * printed instead — or, where text was typed in its place, that text (after is then null) — and its cell in
     * this layout.
     */
    public record ChangedAmount(String role, String table, String row, String column, BigDecimal before, BigDecimal after,
                                String text, String cell) {
    }

    /**
     * A finding the rules must produce: the rule (its id in the national rule set), severity, the amount it is
     * located at (role, table, row, column; sheet and cell in this layout; for the narrative, sheet null and the
     * paragraph "第12段" as the cell), and for a broken identity the two
     * sides as the rules report them (actual = left side, expected = right side) with the tolerance.
     */
    public record ExpectedFinding(String rule, String severity, String sheet, String cell, String role, String table,
                                  String row, String column, BigDecimal actual, BigDecimal expected, BigDecimal tolerance) {
    }
}
