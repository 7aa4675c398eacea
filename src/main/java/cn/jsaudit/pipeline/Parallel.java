package cn.jsaudit.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** Applies a function to items on a pool of threads; results come back in the items' order, whatever the thread count. */
public final class Parallel {

    /** Told after each item is done; called from worker threads. */
    @FunctionalInterface
    public interface Progress {
        void step(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    private Parallel() {
    }

    /**
     * @param fn must turn whatever an item causes into its result; an exception it lets through is a defect
     *           of jsaudit and ends the run
     */
    public static <T, R> List<R> map(List<T> items, int jobs, String threadName, Function<T, R> fn, Progress progress) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, Math.max(1, items.size())), r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> {
                    R r = fn.apply(item);
                    progress.step(done.incrementAndGet(), items.size());
                    return r;
                }));
            }
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("被中断", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
