package cn.jsaudit.desk;

/** A failure of the desk's storage, with a Chinese message for the page and the log. */
public final class DeskException extends RuntimeException {

    public DeskException(String message, Throwable cause) {
        super(message, cause);
    }
}
