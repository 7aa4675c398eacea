package cn.jsaudit.ingest;

import cn.jsaudit.model.TableInfo;
import java.util.List;

/**
 * How one table was read, for {@code jsaudit inspect} and for messages that say what was read: the header rows, the
 * key columns and the pairing of printed columns with the template's. Rows are 1-based as a spreadsheet shows them.
 *
 * @param headerRows "3–4" style range of the header rows, or "" when no header was found
 * @param numberingRow the 栏次 row (1-based), or 0
 * @param firstDataRow the first data row (1-based), or 0
 * @param blocks       each side-by-side block's reading
 */
public record TableReading(TableInfo info, String headerRows, int numberingRow, int firstDataRow,
                           List<BlockReading> blocks) {

    /** A block: its name, its key columns ("A 科目代码", "B 科目名称"…) and its columns paired or not. */
    public record BlockReading(String name, List<String> keys, List<ColumnReading> columns) {
    }

    /**
     * A printed amount column: its letter, its printed label path, and the template column it was paired with
     * (number 0 and label null when none), with how they were paired.
     */
    public record ColumnReading(String column, String printed, int number, String label, String how) {
    }

    /** One line per column: "C 本年支出/基本支出 → [2] 本年支出/基本支出（栏名相同）". */
    public String mapping() {
        StringBuilder b = new StringBuilder();
        for (BlockReading block : blocks) {
            for (ColumnReading c : block.columns()) {
                if (b.length() > 0) {
                    b.append("；");
                }
                b.append(c.column()).append("栏“").append(c.printed().isEmpty() ? "（无栏名）" : c.printed()).append("”");
                b.append(c.label() == null ? " 未对应" : " → [" + c.number() + "] " + c.label());
            }
        }
        return b.toString();
    }
}
