package cn.jsaudit.narrative;

/** A narrative that cannot be read; the message is Chinese, names the file and can be shown as is. */
public class NarrativeException extends Exception {

    public NarrativeException(String message) {
        super(message);
    }

    public NarrativeException(String message, Throwable cause) {
        super(message, cause);
    }
}
