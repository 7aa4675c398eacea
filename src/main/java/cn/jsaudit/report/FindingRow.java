package cn.jsaudit.report;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Positions;
import cn.jsaudit.model.ScreeningResult;
import java.math.BigDecimal;

/**
 * One line of a flat finding list (CSV, xlsx, HTML): the finding with its submission and its running number
 * (序号) over the whole run, which the report counts as submissions pass.
 */
record FindingRow(int number, ScreeningResult submission, Finding finding) {

    String unit() {
        return submission.unit() == null ? "" : submission.unit();
    }

    String year() {
        return submission.year() == null ? "" : submission.year().toString();
    }

    String table() {
        String t = tableName(finding.table());
        return t == null ? "" : t;
    }

    /**
     * The table as a reviewer names it: the rules give the submission's own name ("公开05表", "财决公开05表"), printed
     * as it is; a bare number ("05") becomes 公开05表. Null when the finding has no table.
     */
    static String tableName(String table) {
        return table == null ? null : table.endsWith("表") ? table : "公开" + table + "表";
    }

    String position() {
        return Positions.of(finding);
    }

    static String plain(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
