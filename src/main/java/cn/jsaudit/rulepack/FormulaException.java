package cn.jsaudit.rulepack;

/** A formula that cannot be read or resolved; {@code pos} is the 0-based character it concerns, or -1. */
final class FormulaException extends Exception {

    private final int pos;

    FormulaException(String message, int pos) {
        super(message);
        this.pos = pos;
    }

    int pos() {
        return pos;
    }
}
