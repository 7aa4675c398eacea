package cn.jsaudit.desk;

import cn.jsaudit.model.ScreeningResult;
import cn.jsaudit.pipeline.Diagnostics;
import cn.jsaudit.pipeline.RulesFolder;
import cn.jsaudit.pipeline.Screener;
import cn.jsaudit.pipeline.SubmissionFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Screens uploaded submissions in the background, on as many threads as cores: uploads queue in order of arrival,
 * and the submissions of several batches run side by side. Bad input is the submission's INPUT finding (the screener
 * never throws for it). The database going away (connection lost, server restarting) loses nothing: the screening
 * is tried again after each of the settings' delays; after the last the submission is marked 审核失败 with the
 * reason, or, when even that cannot be written, stays queued in the database for the desk's housekeeping to queue
 * again once the database answers.
 */
public final class ScreeningQueue implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScreeningQueue.class);

    private final DeskStore store;
    private final RulesFolder folder;
    private final Path dataDir;
    private final List<Duration> retries;
    private final ExecutorService pool;
    private final ScheduledExecutorService later;
    /** Submissions queued in this process (so that a queue sweep does not queue them twice). */
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();

    public ScreeningQueue(DeskStore store, RulesFolder folder, Path dataDir, int jobs, List<Duration> retries) {
        this.store = store;
        this.folder = folder;
        this.dataDir = dataDir;
        this.retries = List.copyOf(retries);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, jobs), r -> daemon(r, "jsaudit-desk-screen-" + n.incrementAndGet()));
        this.later = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "jsaudit-desk-retry"));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Queues every submission not yet screened (a batch just uploaded, or what a restart or an outage left). */
    public void queueWaiting() {
        for (DeskStore.Submission s : store.queued()) {
            if (queued.add(s.id())) {
                pool.submit(() -> screen(s, 0));
            }
        }
    }

    private void screen(DeskStore.Submission s, int attempt) {
        StoredPriorYears prior = new StoredPriorYears(store, folder, dataDir);
        SubmissionFiles files = s.files().resolve(dataDir);
        ScreeningResult r = new Screener(folder, null, Diagnostics.NONE, prior).screen(files);
        List<String> keys = FindingKey.of(r.findings(), files);
        try {
            if (prior.failure() != null) {
                // last year's submission could not be looked up: a result without the cross-year checks would be wrong
                throw prior.failure();
            }
            store.storeResult(s.id(), r, keys, prior.usedId(), prior.note());
            queued.remove(s.id());
        } catch (DeskException e) {
            if (attempt < retries.size()) {
                LOG.warn("screening of submission {} not stored ({}); trying again in {}", s.id(), e.getMessage(), retries.get(attempt));
                later.schedule(() -> pool.submit(() -> screen(s, attempt + 1)), retries.get(attempt).toMillis(), TimeUnit.MILLISECONDS);
            } else {
                LOG.error("screening of submission {} not stored after {} retries", s.id(), retries.size(), e);
                fail(s, "审核结果未能存入数据库（已重试 " + retries.size() + " 次，数据库无法访问或出错，详情见审核台日志）。"
                        + "上传的文件都在，数据库恢复后点“重新审核”即可");
            }
        } catch (RuntimeException e) {
            LOG.error("storing the screening of submission {} failed", s.id(), e);
            fail(s, "保存审核结果时程序出错（详情见审核台日志）。上传的文件都在，可点“重新审核”；仍然出错时请反馈给 jsaudit 维护人员");
        }
    }

    private void fail(DeskStore.Submission s, String reason) {
        try {
            store.markFailed(s.id(), reason);
        } catch (DeskException e) {
            LOG.error("submission {} stays queued until the database answers again: {}", s.id(), e.getMessage());
        } finally {
            queued.remove(s.id());
        }
    }

    @Override
    public void close() throws InterruptedException {
        later.shutdownNow();
        pool.shutdownNow();
        pool.awaitTermination(30, TimeUnit.SECONDS);
    }
}
