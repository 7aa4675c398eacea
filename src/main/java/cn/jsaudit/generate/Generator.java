package cn.jsaudit.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/** Generates a folder of submissions on several threads; each submission depends only on the seed and its index. */
public final class Generator {

    private Generator() {
    }

    /** Submissions in the national layout. */
    public static List<Truth> generate(int count, long seed, double anomalyRate, Path dir, int threads)
            throws IOException, InterruptedException {
        return generate(count, seed, anomalyRate, dir, threads, List.of(Layout.NATIONAL));
    }

    /**
     * Submissions in the given layouts: into the folder for one layout, into one subfolder per layout (named by its
     * id) for several. Returns the truths submission by submission, layout by layout.
     */
    public static List<Truth> generate(int count, long seed, double anomalyRate, Path dir, int threads, List<Layout> layouts)
            throws IOException, InterruptedException {
        Files.createDirectories(dir);
        SubmissionGenerator g = new SubmissionGenerator(seed, anomalyRate);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<List<Truth>>> futures = IntStream.range(0, count)
                    .mapToObj(i -> pool.submit(() -> g.write(i + 1, dir, layouts))).toList();
            List<Truth> out = new java.util.ArrayList<>(count * layouts.size());
            for (Future<List<Truth>> f : futures) {
                out.addAll(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdown();
        }
    }
}
