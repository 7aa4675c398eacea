package cn.jsaudit.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** Applies a function to items on a pool of threads; results come back in the items' order, whatever the thread count. */
public final class Parallel {

    /** How many items each thread may be ahead of the oldest one not yet handed on (see {@link #forEachInOrder}). */
    private static final int AHEAD_PER_THREAD = 8;

    /** Told after each item is done; called from worker threads. */
    @FunctionalInterface
    public interface Progress {
        void step(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    /** Takes the results in the items' order, on the thread that called {@link #forEachInOrder}. */
    @FunctionalInterface
    public interface Sink<R> {
        void accept(R result) throws IOException;
    }

    private Parallel() {
    }

    /** As {@link #forEachInOrder}, collecting the results in a list. */
    public static <T, R> List<R> map(List<T> items, int jobs, String threadName, Function<T, R> fn, Progress progress) {
        List<R> results = new ArrayList<>(items.size());
        try {
            forEachInOrder(items, jobs, threadName, fn, results::add, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a list does not throw
        }
        return results;
    }

    /**
     * Applies {@code fn} to the items on {@code jobs} threads and hands each result to {@code sink} in the items'
     * order, as soon as it and all before it are done. The items are submitted a window at a time, so that at most
     * {@code jobs × 8} results are under way or waiting for a slower one before them: memory does not grow with the
     * number of items, and the sink (a report being written) keeps pace with the workers.
     *
     * @param fn must turn whatever an item causes into its result; an exception it lets through is a defect
     *           of jsaudit and ends the run, after the results before that item were handed on
     */
    public static <T, R> void forEachInOrder(List<T> items, int jobs, String threadName, Function<T, R> fn, Sink<R> sink,
                                             Progress progress) throws IOException {
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
            Deque<Future<R>> pending = new ArrayDeque<>();
            int window = jobs * AHEAD_PER_THREAD;
            int next = 0;
            while (next < items.size() || !pending.isEmpty()) {
                while (next < items.size() && pending.size() < window) {
                    T item = items.get(next++);
                    pending.add(pool.submit(() -> {
                        R r = fn.apply(item);
                        progress.step(done.incrementAndGet(), items.size());
                        return r;
                    }));
                }
                sink.accept(pending.poll().get());
            }
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
