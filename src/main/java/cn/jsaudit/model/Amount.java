package cn.jsaudit.model;

import java.math.BigDecimal;

/**
 * One amount cell of a public table, with the keys a rule needs to find it.
 *
 * @param table    the table as the submission's template names it ("公开05表", "财决公开06表")
 * @param role     what the table is (收支总表, 一般公共预算支出, 三公 …: rules/templates/common.yaml); rules select
 *                 amounts by role, so that one rule serves every template
 * @param block    the side-by-side block it belongs to ("收入", "支出", "人员经费" …), or "" for a one-block table
 * @param rowNo    the 行次 printed on the row, or null
 * @param code     the 科目代码 (功能 or 经济分类), or null
 * @param name     the row label (项目 / 科目名称), white space removed; "合计" for the total row
 * @param col      the 栏次 (column number), from the table's numbering row or counted left to right
 * @param colLabel the template's name of the column, e.g. "财政拨款收入" or "决算数/公务用车购置及运行维护费/小计"
 * @param value    the amount in 万元
 * @param halfStep half of the last printed digit, in 万元 (0.005 for 万元 with two decimals); zero for an
 *                 exact value (a blank or dash cell)
 * @param source   where the cell is
 * @param rowKey   the printed line the cell is on, within its block: cells of one row of one side-by-side block
 *                 share it (formulas of the form 每行 compare them)
 */
public record Amount(String table, String role, String block, Integer rowNo, String code, String name, int col, String colLabel,
                     BigDecimal value, BigDecimal halfStep, Location source, String rowKey) implements Printed {

    /** An amount whose {@link #rowKey} follows from its block and cell. */
    public Amount(String table, String role, String block, Integer rowNo, String code, String name, int col, String colLabel,
                  BigDecimal value, BigDecimal halfStep, Location source) {
        // held rather than computed on each call: rules join amounts on it constantly
        this(table, role, block, rowNo, code, name, col, colLabel, value, halfStep, source,
                block + "@" + source.sheet() + "!" + source.rowPart());
    }

    /**
     * The cell's hash: equal amounts are in the same cell, and rules join on amounts ({@code amount == $a}), which
     * hashes them often; the record's own hash would walk all twelve components.
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(source);
    }

    /** 类 (3 digits), 款 (5) or 项 (7) of the code; "" when the row has no code. */
    public String level() {
        return Codes.level(code);
    }

    /** The code one level up (21015 → 210, 2101550 → 21015), or null. */
    public String parentCode() {
        return Codes.parent(code);
    }

    /** True for the 合计/总计 row of a table keyed by code. */
    public boolean isTotal() {
        return code == null && name != null && (name.equals("合计") || name.equals("总计"));
    }

    /** True when the amount is (exactly) zero. */
    @Override
    public boolean isZero() {
        return value.signum() == 0;
    }

    @Override
    public boolean isAmount() {
        return true;
    }

    /** A short Chinese description of the cell, e.g. "公开02表 210 卫生健康支出 [本年收入合计]". */
    public String describe() {
        StringBuilder b = new StringBuilder(table).append(' ');
        if (code != null) {
            b.append(code).append(' ').append(name == null ? "" : name);
        } else if (rowNo != null) {
            b.append("第").append(rowNo).append("行");
            if (name != null && !name.isEmpty()) {
                b.append(' ').append(name);
            }
        } else {
            b.append(name == null ? "" : name);
        }
        if (colLabel != null && !colLabel.isEmpty()) {
            b.append(" [").append(colLabel).append(']');
        }
        return b.toString();
    }
}
