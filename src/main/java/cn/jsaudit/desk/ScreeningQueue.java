package cn.jsaudit.desk;

import cn.jsaudit.pipeline.RulesFolder;
import cn.jsaudit.pipeline.Screener;
import cn.jsaudit.model.ScreeningResult;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Screens uploaded submissions in the background, on as many threads as cores: uploads queue in order of arrival,
 * and the submissions of several batches run side by side. A submission that fails is stored with its INPUT finding
 * (the screener never throws for bad input); one failing never stops the others.
 */
public final class ScreeningQueue implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScreeningQueue.class);

    private final DeskStore store;
    private final RulesFolder folder;
    private final Path dataDir;
    private final ExecutorService pool;
    private final java.util.Set<Long> queued = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public ScreeningQueue(DeskStore store, RulesFolder folder, Path dataDir, int jobs) {
        this.store = store;
        this.folder = folder;
        this.dataDir = dataDir;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, jobs), r -> {
            Thread t = new Thread(r, "jsaudit-desk-screen-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues every submission not yet screened (a batch just uploaded, or what a restart interrupted). */
    public void queueWaiting() {
        for (DeskStore.Submission s : store.queued()) {
            if (queued.add(s.id())) {
                pool.submit(() -> screen(s));
            }
        }
    }

    private void screen(DeskStore.Submission s) {
        try {
            StoredPriorYears prior = new StoredPriorYears(store, folder, dataDir);
            ScreeningResult r = new Screener(folder, null, cn.jsaudit.pipeline.Diagnostics.NONE, prior).screen(s.files().resolve(dataDir));
            store.storeResult(s.id(), r, prior.usedId(), prior.note());
        } catch (RuntimeException e) {
            LOG.error("screening submission {} failed", s.id(), e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(30, TimeUnit.SECONDS);
    }
}
