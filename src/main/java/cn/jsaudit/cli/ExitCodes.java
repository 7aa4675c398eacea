package cn.jsaudit.cli;

/** 0 no ERROR; 1 some ERROR; 2 usage, input or rule errors. */
final class ExitCodes {

    static final int CLEAN = 0;
    static final int ERRORS_FOUND = 1;
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
