package cn.jsaudit.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Screens many submissions on a pool of threads sharing one {@link Screener} (its rule base is compiled once
 * and thread-safe). Results come back in input order, and each submission's findings are sorted by the
 * screener, so the output is the same bytes whatever the thread count.
 */
public final class BatchScreener {

    /** Told after each item (a submission screened, a copy annotated); called from worker threads. */
    @FunctionalInterface
    public interface Progress {
        void step(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    private final Screener screener;
    private final int jobs;

    public BatchScreener(Screener screener, int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        }
        this.screener = screener;
        this.jobs = jobs;
    }

    public List<ScreeningResult> screen(List<SubmissionFiles> submissions, Progress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, Math.max(1, submissions.size())), r -> {
            Thread t = new Thread(r, "jsaudit-screen");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<ScreeningResult>> futures = new ArrayList<>();
            for (SubmissionFiles s : submissions) {
                futures.add(pool.submit(() -> {
                    ScreeningResult r = screener.screen(s);
                    progress.step(done.incrementAndGet(), submissions.size());
                    return r;
                }));
            }
            List<ScreeningResult> results = new ArrayList<>(futures.size());
            for (Future<ScreeningResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("审核被中断", e);
        } catch (ExecutionException e) {
            // the screener turns whatever a file causes into a finding; what is left is a defect of jsaudit itself
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
