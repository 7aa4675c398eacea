package cn.jsaudit.ingest;

import org.apache.poi.ss.util.CellReference;

/**
 * Counts what the reading of one workbook keeps in memory against the {@link InputLimits}: rows and columns of
 * the sheet being read, cells and characters of the whole workbook. Both readers (the streaming one and the copy
 * from POI) account through it, so a workbook is refused at the same point whichever reads it.
 */
final class ReadBudget {

    /** Excel's own bounds: a reference beyond them is not a worksheet cell. */
    static final int EXCEL_ROWS = 1 << 20;
    static final int EXCEL_COLUMNS = 1 << 14;

    private final String file;
    private final InputLimits limits;
    private long cells;
    private long characters;
    private String sheet;
    private int rows;

    ReadBudget(String file, InputLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    InputLimits limits() {
        return limits;
    }

    void startSheet(String name) {
        sheet = name;
        rows = 0;
    }

    /** A row reference (0-based) read from the file, before anything is kept for it. */
    void rowIndex(int row) throws LimitExceeded {
        if (row < 0 || row >= EXCEL_ROWS) {
            throw new LimitExceeded(where(-1, -1) + "：行号 " + (row + 1L) + " 超出 Excel 的范围（1–" + EXCEL_ROWS + "），文件已损坏或被篡改",
                    "excelRows", sheet, null);
        }
    }

    /** A cell holding a value at this column (0-based). */
    void valueAt(int row, int col) throws LimitExceeded {
        if (col >= EXCEL_COLUMNS) {
            throw new LimitExceeded(where(row, -1) + "：列号超出 Excel 的范围（A–XFD），文件已损坏或被篡改", "excelColumns", sheet, null);
        }
        if (col >= limits.maxColumns()) {
            throw new LimitExceeded(where(row, col) + "：数据列数超过" + InputLimits.named("maxColumns", limits.maxColumns())
                    + "，未读取", "maxColumns", sheet, cell(row, col));
        }
    }

    /** A row kept with {@code width} cells (blank ones up to the last included); {@code values} whether any holds a value. */
    void keepRow(int row, int width, boolean values) throws LimitExceeded {
        if (values && ++rows > limits.maxRows()) {
            throw new LimitExceeded(where(row, -1) + "：有数据的行超过" + InputLimits.named("maxRows", limits.maxRows())
                    + "，未读取（部门决算公开表和绩效表不会有这么多行）", "maxRows", sheet, cell(row, 0));
        }
        if (values) {
            spendCells(row, width);
        }
    }

    void keepMerges(int count) throws LimitExceeded {
        spendCells(-1, count);
    }

    /** One shared string kept: counts as a cell. */
    void keepSharedString(int length) throws LimitExceeded {
        spendCells(-1, 1);
        text(-1, -1, length);
    }

    /** A cell's text of this length (kept or refused as too long). */
    void text(int row, int col, int length) throws LimitExceeded {
        if (length > limits.maxCellCharacters()) {
            throw new LimitExceeded(where(row, col) + "：单元格文字超过 " + limits.maxCellCharacters() + " 个字符（"
                    + InputLimits.named("maxCellCharacters", limits.maxCellCharacters()) + "），未读取", "maxCellCharacters", sheet,
                    cell(row, col));
        }
        characters += length;
        if (characters > limits.maxTextCharacters()) {
            throw new LimitExceeded(file + "：工作簿中的文字超过 " + limits.maxTextCharacters() + " 个字符（"
                    + InputLimits.named("maxTextCharacters", limits.maxTextCharacters()) + "），未读取", "maxTextCharacters", sheet,
                    cell(row, col));
        }
    }

    private void spendCells(int row, long n) throws LimitExceeded {
        cells += n;
        if (cells > limits.maxCells()) {
            throw new LimitExceeded(file + "：工作簿的单元格（含合并区域）超过 " + limits.maxCells() + " 个（"
                    + InputLimits.named("maxCells", limits.maxCells()) + "），未读取", "maxCells", sheet, cell(row, 0));
        }
    }

    /** 单位.xlsx 工作表“收入表”单元格 C7 */
    private String where(int row, int col) {
        StringBuilder b = new StringBuilder(file);
        if (sheet != null) {
            b.append(" 工作表“").append(sheet).append("”");
        }
        String cell = cell(row, col);
        if (cell != null) {
            b.append(" 单元格 ").append(cell);
        } else if (row >= 0) {
            b.append(" 第 ").append(row + 1).append(" 行");
        }
        return b.toString();
    }

    private static String cell(int row, int col) {
        return row < 0 || col < 0 ? null : new CellReference(row, col).formatAsString(false);
    }
}
