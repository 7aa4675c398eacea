package cn.jsaudit.bench;

/**
 * One measured run over a folder.
 *
 * @param wallNanos   elapsed time of the whole run
 * @param ingestNanos time spent reading workbooks, summed over threads (0 for the baseline)
 * @param rulesNanos  time spent evaluating rules, summed over threads
 * @param reportNanos time spent rendering the report
 * @param cpuNanos    CPU time the whole process used during the run (all threads, GC and JIT included): unlike
 *                    elapsed time it hardly changes when other work shares the machine
 */
record Measurement(String what, int submissions, int threads, long wallNanos, long ingestNanos, long rulesNanos,
                   long reportNanos, long peakHeapBytes, long gcCollections, long gcMillis, long findings, long cpuNanos) {

    double seconds() {
        return wallNanos / 1e9;
    }

    double perSecond() {
        return submissions / seconds();
    }

    double millisEach() {
        return wallNanos / 1e6 / submissions;
    }
}
