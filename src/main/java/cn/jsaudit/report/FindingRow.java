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
        return finding.table() == null ? "" : "公开" + finding.table() + "表";
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
