package cn.jsaudit.ingest;

/** Input that cannot be read; the message is Chinese and names the file (and sheet and cell). */
public class InputProblem extends Exception {

    public InputProblem(String message) {
        super(message);
    }

    public InputProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
