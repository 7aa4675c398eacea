package cn.jsaudit.desk;

/** A request the desk refuses, with the HTTP status and a Chinese reason for the page. */
final class Refusal extends RuntimeException {

    private final int status;

    Refusal(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
