package cn.jsaudit.bench;

/**
 * One measured run over a folder.
 *
 * @param wallNanos   elapsed time of the whole run
 * @param ingestNanos time spent reading workbooks, summed over threads (0 for the baseline)
 * @param rulesNanos  time spent evaluating rules, summed over threads
 * @param reportNanos time spent rendering the report
 */
record Measurement(String what, int submissions, int threads, long wallNanos, long ingestNanos, long rulesNanos,
                   long reportNanos, long peakHeapBytes, long gcCollections, long gcMillis, long findings) {

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
