package cn.jsaudit.bench;

import cn.jsaudit.pipeline.Parallel;
import cn.jsaudit.pipeline.PhaseTimer;
import cn.jsaudit.pipeline.RulesFolder;
import cn.jsaudit.pipeline.RunRecord;
import cn.jsaudit.report.ReportData;
import cn.jsaudit.model.ScreeningResult;
import cn.jsaudit.pipeline.Screener;
import cn.jsaudit.pipeline.SubmissionFiles;
import cn.jsaudit.report.TextReport;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * jsaudit end to end over a folder, as the check command does it: screen every submission (the one
 * {@link Screener#screen} the CLI calls) on N threads sharing one rule base, then render the text report.
 */
final class ScreeningRun {

    /** Keeps the baseline's checksum alive so that the JIT cannot drop the cell reads. */
    static volatile long blackhole;

    private ScreeningRun() {
    }

    static Measurement run(String what, List<SubmissionFiles> subs, int threads, RulesFolder folder) {
        Screener screener = new Screener(folder, null);
        LongAdder ingest = new LongAdder();
        LongAdder rules = new LongAdder();
        PhaseTimer timer = (phase, nanos) -> (phase == PhaseTimer.Phase.INGEST ? ingest : rules).add(nanos);
        HeapWatch heap = HeapWatch.start();
        long start = System.nanoTime();
        List<ScreeningResult> results = Parallel.map(subs, threads, "jsaudit-bench", s -> screener.screen(s, timer),
                Parallel.Progress.NONE);
        long reportStart = System.nanoTime();
        CountingSink sink = new CountingSink();
        try {
            // as `check` does: the run record hashes the rules and every input, then the report is written
            RunRecord record = RunRecord.of(folder.dir(), subs, OffsetDateTime.now());
            new TextReport().write(new ReportData(record, folder.rules().rules(), results), sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long end = System.nanoTime();
        long findings = results.stream().mapToLong(r -> r.findings().size()).sum();
        return new Measurement(what, subs.size(), threads, end - start, ingest.sum(), rules.sum(), end - reportStart,
                heap.peakHeapBytes(), heap.gcCollections(), heap.gcMillisSpent(), findings, heap.cpuNanosSpent());
    }

    static Measurement baseline(List<SubmissionFiles> subs, int threads) {
        return read("POI 基线", subs, threads, Baseline::readAll);
    }

    static Measurement streamingBaseline(List<SubmissionFiles> subs, int threads) {
        return read("POI 流式基线", subs, threads, Baseline::readAllStreaming);
    }

    private static Measurement read(String what, List<SubmissionFiles> subs, int threads,
                                    java.util.function.Function<SubmissionFiles, Long> reader) {
        HeapWatch heap = HeapWatch.start();
        long start = System.nanoTime();
        blackhole = Parallel.map(subs, threads, "jsaudit-bench", reader, Parallel.Progress.NONE).stream()
                .mapToLong(Long::longValue).sum();
        long wall = System.nanoTime() - start;
        return new Measurement(what, subs.size(), threads, wall, 0, 0, 0, heap.peakHeapBytes(),
                heap.gcCollections(), heap.gcMillisSpent(), 0, heap.cpuNanosSpent());
    }

    /** Discards the report while counting its bytes. */
    private static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
