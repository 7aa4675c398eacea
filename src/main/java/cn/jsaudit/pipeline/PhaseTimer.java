package cn.jsaudit.pipeline;

/** Receives how long each stage of screening took; the profile of a run and the benchmark sum them. */
public interface PhaseTimer {

    /**
     * READ: opening the workbook and reading its tables; FORMS: performance forms; NARRATIVE: the 情况说明 and its
     * claims; RULES: rule evaluation; REPORT and ANNOTATE are timed by the command that writes them.
     */
    enum Phase { READ, FORMS, NARRATIVE, RULES, REPORT, ANNOTATE }

    PhaseTimer NONE = (phase, nanos) -> { };

    void record(Phase phase, long nanos);

    /** A stopwatch that tells the timer, stretch by stretch, which stage the time since the last stretch went to. */
    final class Laps {
        private final PhaseTimer timer;
        private long last = System.nanoTime();

        public Laps(PhaseTimer timer) {
            this.timer = timer;
        }

        public void end(Phase phase) {
            long now = System.nanoTime();
            timer.record(phase, now - last);
            last = now;
        }
    }
}
