package cn.jsaudit.cli;

import cn.jsaudit.pipeline.Parallel;
import java.io.PrintStream;

/**
 * A one-line progress bar on the terminal: count, rate and time left, redrawn at most every 200 ms from
 * whichever worker thread finishes a submission. Only used when stderr is a terminal.
 */
final class ProgressBar implements Parallel.Progress {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream err;
    private final String label;
    private final long start = System.nanoTime();
    private long lastDraw;

    /** @param label what is being done, e.g. "审核中" */
    ProgressBar(PrintStream err, String label) {
        this.err = err;
        this.label = label;
    }

    @Override
    public synchronized void step(int done, int total) {
        long now = System.nanoTime();
        if (done < total && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        String line = line(label, done, total, (now - start) / 1e9);
        err.print("\r" + line);
        if (done == total) {
            err.print("\r" + " ".repeat(line.length() * 2) + "\r");
        }
        err.flush();
    }

    /** "审核中 [#####.....] 12/500  3.4 份/秒  剩余 2:23". */
    static String line(String label, int done, int total, double seconds) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 ? clock((long) Math.ceil((total - done) / rate)) : "--:--";
        return String.format("%s [%s%s] %d/%d  %.1f 份/秒  剩余 %s", label, "#".repeat(filled), ".".repeat(WIDTH - filled),
                done, total, rate, eta);
    }

    static String clock(long seconds) {
        return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
