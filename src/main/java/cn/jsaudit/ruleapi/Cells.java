package cn.jsaudit.ruleapi;

import cn.jsaudit.model.Amount;
import cn.jsaudit.model.AmountTables;
import java.util.List;
import java.util.Objects;

/**
 * The cells one reference of a formula table names, as its rule writes them:
 * {@code Cells.of("收入").level("类")}, {@code Cells.of("收支总表").rows(1, 8)}, {@code Cells.of("支出").col(1)}.
 * Each call narrows the selection; two column numbers that disagree select nothing.
 */
public final class Cells {

    private final String role;
    private final Integer rowFrom;
    private final Integer rowTo;
    private final String code;
    private final String level;
    private final String name;
    private final int colFrom;
    private final int colTo;

    private Cells(String role, Integer rowFrom, Integer rowTo, String code, String level, String name, int colFrom,
                  int colTo) {
        this.role = role;
        this.rowFrom = rowFrom;
        this.rowTo = rowTo;
        this.code = code;
        this.level = level;
        this.name = name;
        this.colFrom = colFrom;
        this.colTo = colTo;
    }

    /** Every amount of the table with that role (rules/templates/common.yaml). */
    public static Cells of(String role) {
        return new Cells(Objects.requireNonNull(role), null, null, null, null, null, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** The line printed with that 行次. */
    public Cells row(int rowNo) {
        return rows(rowNo, rowNo);
    }

    /** The lines printed with 行次 from … to (both included). */
    public Cells rows(int from, int to) {
        return new Cells(role, from, to, code, level, name, colFrom, colTo);
    }

    /** The line of that 科目代码. */
    public Cells code(String code) {
        return new Cells(role, rowFrom, rowTo, code, level, name, colFrom, colTo);
    }

    /** The lines of a level of the codes: 类, 款 or 项. */
    public Cells level(String level) {
        return new Cells(role, rowFrom, rowTo, code, level, name, colFrom, colTo);
    }

    /** The line labelled so (white space removed), e.g. 合计. */
    public Cells name(String name) {
        return new Cells(role, rowFrom, rowTo, code, level, name, colFrom, colTo);
    }

    /** The column of that 栏次. */
    public Cells col(int col) {
        return cols(col, col);
    }

    /** The columns of 栏次 from … to (both included). */
    public Cells cols(int from, int to) {
        return new Cells(role, rowFrom, rowTo, code, level, name, Math.max(colFrom, from), Math.min(colTo, to));
    }

    public String role() {
        return role;
    }

    /** 类, 款 or 项 when the reference names a level, else null. */
    public String level() {
        return level;
    }

    /** Whether it names one line (or one cell): no range of rows or columns, no level. */
    public boolean single() {
        return level == null && Objects.equals(rowFrom, rowTo) && (colFrom == colTo || unbounded());
    }

    private boolean unbounded() {
        return colFrom == Integer.MIN_VALUE && colTo == Integer.MAX_VALUE;
    }

    public boolean matches(Amount a) {
        if (!role.equals(a.role()) || a.col() < colFrom || a.col() > colTo) {
            return false;
        }
        if (rowFrom != null && (a.rowNo() == null || a.rowNo() < rowFrom || a.rowNo() > rowTo)) {
            return false;
        }
        return (code == null || code.equals(a.code())) && (name == null || name.equals(a.name()))
                && (level == null || level.equals(a.level()));
    }

    /** The amounts of the table that could match, the fewest its indexes give; {@link #matches} decides. */
    List<Amount> candidates(AmountTables.Table t) {
        if (rowFrom != null && rowFrom.equals(rowTo)) {
            return t.rowNo(rowFrom);
        }
        if (code != null) {
            return t.code(code);
        }
        if (name != null) {
            return t.name(name);
        }
        if (colFrom == colTo) {
            return t.column(colFrom);
        }
        return t.all();
    }

    /** Whether the candidates come from an index on the line (行次, code or name) rather than the column or table. */
    boolean namesLine() {
        return (rowFrom != null && rowFrom.equals(rowTo)) || code != null || name != null;
    }

    /** As the rule writes it. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Cells.of(").append(quoted(role)).append(")");
        if (rowFrom != null) {
            b.append(rowFrom.equals(rowTo) ? ".row(" + rowFrom + ")" : ".rows(" + rowFrom + ", " + rowTo + ")");
        }
        if (code != null) {
            b.append(".code(").append(quoted(code)).append(")");
        }
        if (level != null) {
            b.append(".level(").append(quoted(level)).append(")");
        }
        if (name != null) {
            b.append(".name(").append(quoted(name)).append(")");
        }
        if (!unbounded()) {
            b.append(colFrom == colTo ? ".col(" + colFrom + ")" : ".cols(" + colFrom + ", " + colTo + ")");
        }
        return b.toString();
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
