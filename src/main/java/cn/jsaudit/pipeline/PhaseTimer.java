package cn.jsaudit.pipeline;

/** Receives how long each phase of screening one submission took; the benchmark sums them. */
public interface PhaseTimer {

    enum Phase { INGEST, RULES }

    PhaseTimer NONE = (phase, nanos) -> { };

    void record(Phase phase, long nanos);
}
