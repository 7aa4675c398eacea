package cn.jsaudit.model;

import java.util.Objects;

/**
 * A public-table cell of the same unit's submission for the year before, inserted beside this year's facts so that
 * the cross-year rules (rules/history/) can hold this year's 上年数 against what was submitted last year.
 *
 * @param year   the previous submission's year
 * @param file   the previous submission's workbook
 * @param amount the cell as read from last year's tables
 */
public record PriorAmount(Integer year, String file, Amount amount) {

    /**
     * True when the cell stands on the same row of a table of the same role as {@code current}: same block, 行次,
     * 科目代码 and row label. All must agree, so that a row renumbered or renamed between years is not compared
     * at all rather than compared with the wrong row.
     */
    public boolean sameRow(Amount current) {
        Amount a = amount;
        return Objects.equals(a.role(), current.role()) && Objects.equals(a.block(), current.block())
                && Objects.equals(a.rowNo(), current.rowNo()) && Objects.equals(a.code(), current.code())
                && Objects.equals(a.name(), current.name());
    }

    /** The same row and the same column label: last year's value of the quantity {@code current} shows this year. */
    public boolean sameQuantity(Amount current) {
        return sameRow(current) && Objects.equals(amount.colLabel(), current.colLabel());
    }
}
