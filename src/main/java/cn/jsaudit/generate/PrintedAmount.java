package cn.jsaudit.generate;

import cn.jsaudit.model.Codes;
import java.math.BigDecimal;

/**
 * An amount of the public tables by meaning, whatever layout prints it: the table (in the national numbering, or a
 * Sichuan-only table), its role, the row (行次, 科目代码 or a named row such as 合计) and the column (栏次 and the
 * column's label path). The value is what every layout prints; an injected anomaly changes it here, once, so that
 * all layouts of a submission carry the same error.
 */
final class PrintedAmount {

    final String table;
    final String role;
    final Integer rowNo;
    final String code;
    final String name;
    final int col;
    final String column;
    /** The printed amount in 万元, or null when the cell holds {@link #text} instead of a number. */
    BigDecimal value;
    /** What is typed where a number belongs (an injected anomaly), or null. */
    String text;

    PrintedAmount(String table, String role, Integer rowNo, String code, String name, int col, String column, BigDecimal value) {
        this.table = table;
        this.role = role;
        this.rowNo = rowNo;
        this.code = code;
        this.name = name;
        this.col = col;
        this.column = column;
        this.value = value;
    }

    String level() {
        return Codes.level(code);
    }

    String parentCode() {
        return Codes.parent(code);
    }

    boolean isTotal() {
        return code == null && ("合计".equals(name) || "总计".equals(name));
    }

    boolean isNumber() {
        return value != null;
    }

    /** The row as a reviewer names it: "27行 本年收入合计", "210 卫生健康支出", "合计". */
    String row() {
        String label = name == null ? "" : name;
        if (rowNo != null) {
            return rowNo + "行" + (label.isEmpty() ? "" : " " + label);
        }
        return code != null ? code + " " + label : label;
    }

    @Override
    public String toString() {
        return table + "[" + row() + "][" + column + "]";
    }
}
