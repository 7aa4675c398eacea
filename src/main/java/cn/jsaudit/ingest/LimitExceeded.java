package cn.jsaudit.ingest;

/**
 * A file beyond one of the {@link InputLimits}: it is refused as it stands, never handed to another reader that
 * might try harder (and exhaust memory doing so).
 */
public final class LimitExceeded extends InputProblem {

    private final String limit;

    LimitExceeded(String message, String limit, String sheet, String cell) {
        super(message, sheet, cell, null);
        this.limit = limit;
    }

    /** The limit's key in rules/settings.yaml (maxRows, maxCompressionRatio …). */
    public String limit() {
        return limit;
    }
}
