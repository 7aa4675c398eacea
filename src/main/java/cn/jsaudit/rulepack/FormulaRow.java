package cn.jsaudit.rulepack;

import cn.jsaudit.model.Severity;
import java.math.BigDecimal;
import java.util.List;

/**
 * One row of a formula table: one check in the auditors' notation.
 *
 * @param id        编号, the rule id findings carry
 * @param tables    表: the tables the formula reads, by role ("收支总表", "收入") or by a template's name for them
 * @param formula   公式
 * @param severity  严重程度 (ERROR when blank)
 * @param tolerance 容差 in 万元, or null for the rounding tolerance
 * @param title     说明, the finding's title (the formula itself when blank)
 * @param templates 模板 as written ("" for national and its variants)
 * @param origin    where the row is, for messages
 */
record FormulaRow(String id, List<String> tables, String formula, Severity severity, BigDecimal tolerance,
                  String title, String templates, Origin origin) {

    /** A row of a formula table: file, sheet (null for CSV), 1-based row, and the 0-based column of 公式. */
    record Origin(String file, String sheet, int row, int formulaColumn) {

        String cell(int column) {
            return letters(column) + row;
        }

        static String letters(int column) {
            StringBuilder b = new StringBuilder();
            for (int c = column + 1; c > 0; c = (c - 1) / 26) {
                b.insert(0, (char) ('A' + (c - 1) % 26));
            }
            return b.toString();
        }
    }
}
