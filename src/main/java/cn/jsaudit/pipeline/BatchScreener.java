package cn.jsaudit.pipeline;

import cn.jsaudit.model.ScreeningResult;
import java.io.IOException;
import java.util.List;
import java.util.function.BiFunction;

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

    /**
     * Screens each submission and applies {@code then} to it on the same worker thread (explanations, the annotated
     * copy); hands the outcomes to {@code sink} in input order as they are ready, while later ones are screened.
     */
    public <R> void screen(List<SubmissionFiles> submissions, PhaseTimer timer,
                           BiFunction<SubmissionFiles, ScreeningResult, R> then, Parallel.Sink<R> sink,
                           Parallel.Progress progress) throws IOException {
        Parallel.forEachInOrder(submissions, jobs, "jsaudit-screen", s -> then.apply(s, screener.screen(s, timer)), sink,
                progress);
    }

    /** Screens all submissions and returns the results in input order. */
    public List<ScreeningResult> screen(List<SubmissionFiles> submissions, Parallel.Progress progress) {
        return Parallel.map(submissions, jobs, "jsaudit-screen", screener::screen, progress);
    }
}
