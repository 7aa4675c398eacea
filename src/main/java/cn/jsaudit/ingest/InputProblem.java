package cn.jsaudit.ingest;

/**
 * Input that cannot be read; the message is Chinese and names the file (and sheet and cell), which
 * {@link #sheet()} and {@link #cell()} also give for the finding's location when known.
 */
public class InputProblem extends Exception {

    private final String sheet;
    private final String cell;

    public InputProblem(String message) {
        this(message, null, null, null);
    }

    public InputProblem(String message, Throwable cause) {
        this(message, null, null, cause);
    }

    public InputProblem(String message, String sheet, String cell, Throwable cause) {
        super(message, cause);
        this.sheet = sheet;
        this.cell = cell;
    }

    /** The sheet the problem is in, or null. */
    public String sheet() {
        return sheet;
    }

    /** The cell (A1) the problem is in, or null. */
    public String cell() {
        return cell;
    }
}
