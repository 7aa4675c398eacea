package cn.jsaudit.generate;

import cn.jsaudit.generate.Statement.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The body of tables 01 and 04: the income block on the left, the expenditure block on the right, row by row,
 * with or without 行次 columns. Which income and expenditure rows share a printed row is the layout's choice.
 */
final class SummaryTables {

    /** One printed row: the 行次 of its income and its expenditure row (null: that side is empty). */
    record Pair(Integer income, Integer expense) {
    }

    private final SheetPen pen;
    private final Statement st;

    SummaryTables(SheetPen pen, Statement st) {
        this.pen = pen;
        this.st = st;
    }

    /** The national pairing: income rows 1–n beside expenditure rows n+1 …, every 行次 printed. */
    static List<Pair> national(int incomeRows) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 1; i <= incomeRows; i++) {
            pairs.add(new Pair(i, incomeRows + i));
        }
        return pairs;
    }

    /**
     * Writes the rows from row {@code r}; {@code rowNumbers} adds a 行次 column to each block, {@code relabel}
     * replaces labels the layout words differently. Returns the next free row.
     */
    int write(Sheet s, int r, String table, List<Pair> pairs, boolean rowNumbers, Map<String, String> relabel) {
        int blockWidth = rowNumbers ? 2 : 1;
        int expenseCol = blockWidth + 1;
        for (Pair p : pairs) {
            side(s, r, 0, table, p.income(), rowNumbers, relabel, 1, 1);
            side(s, r, expenseCol, table, p.expense(), rowNumbers, relabel, 2, st.columnCount(table) - 1);
            r++;
        }
        return r;
    }

    private void side(Sheet s, int r, int c0, String table, Integer rowNo, boolean rowNumbers, Map<String, String> relabel,
                      int firstCol, int cols) {
        int amountCol = c0 + (rowNumbers ? 2 : 1);
        if (rowNo == null) {
            pen.blank(s, r, c0);
            for (int k = 0; k < cols; k++) {
                pen.blank(s, r, amountCol + k);
            }
            return;
        }
        Row row = st.row(table, String.valueOf(rowNo));
        pen.rowLabel(s, r, c0, relabel.getOrDefault(row.name(), row.name()));
        if (rowNumbers) {
            pen.number(s, r, c0 + 1, rowNo);
        }
        for (int k = 0; k < cols; k++) {
            pen.amount(s, r, amountCol + k, st.at(table, row.key(), firstCol + k));
        }
    }
}
