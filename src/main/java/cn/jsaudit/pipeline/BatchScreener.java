package cn.jsaudit.pipeline;

import cn.jsaudit.model.ScreeningResult;
import java.util.List;

/**
 * Screens many submissions on a pool of threads sharing one {@link Screener} (its rules are compiled once and
 * thread-safe, and it turns whatever a file causes into findings). Results come back in input order, and each
 * submission's findings are sorted by the screener, so the output is the same bytes whatever the thread count.
 */
public final class BatchScreener {

    private final Screener screener;
    private final int jobs;

    public BatchScreener(Screener screener, int jobs) {
        this.screener = screener;
        this.jobs = jobs;
    }

    public List<ScreeningResult> screen(List<SubmissionFiles> submissions, Parallel.Progress progress) {
        return Parallel.map(submissions, jobs, "jsaudit-screen", screener::screen, progress);
    }
}
