package cn.jsaudit.pdf;

/** Counts what the reading of one PDF has cost against its {@link PdfLimits}: characters kept and time spent. */
final class Budget {

    private final PdfLimits limits;
    private final long deadline;
    private long characters;
    private int operators;

    Budget(PdfLimits limits) {
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.maxSeconds() * 1_000_000_000L;
    }

    PdfLimits limits() {
        return limits;
    }

    /** One content-stream operator read; the clock is looked at every few hundred. */
    void operator() {
        if ((++operators & 0xFF) == 0) {
            checkTime();
        }
    }

    void checkTime() {
        if (System.nanoTime() > deadline) {
            throw new PdfTooLarge("读取时间超过上限 " + limits.maxSeconds() + " 秒，未读完（文件异常庞大或内容流有误）");
        }
    }

    void character() {
        if (++characters > limits.maxCharacters()) {
            throw new PdfTooLarge("文字超过上限 " + limits.maxCharacters() + " 个，未读取（部门决算公开文件不会有这么多文字）");
        }
    }
}
