package cn.jsaudit.narrative;

import java.nio.file.Path;

/** A narrative that cannot be read; the message is Chinese, names the file and can be shown as is. */
public class NarrativeException extends Exception {

    /** The data file of the rules folder at fault (null for a narrative), its line (0: the whole file), what is wrong. */
    private final transient Path file;
    private final int line;
    private final String what;

    public NarrativeException(String message) {
        this(message, null);
    }

    public NarrativeException(String message, Throwable cause) {
        super(message, cause);
        this.file = null;
        this.line = 0;
        this.what = message;
    }

    /** A problem of a data file of the rules folder (lexicon, vocabulary), with what is wrong at that line. */
    public NarrativeException(Path file, int line, String what, Throwable cause) {
        super("数据文件 " + file + (line > 0 ? " 第 " + line + " 行：" : "：") + what, cause);
        this.file = file;
        this.line = line;
        this.what = what;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** What is wrong, without the file and line (for a problem list that shows them apart). */
    public String what() {
        return what;
    }
}
