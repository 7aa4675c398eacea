package cn.jsaudit.cli;

import cn.jsaudit.pipeline.PhaseTimer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Where a check's time and memory went (--profile FILE), for the benchmark and for anyone asking why a run is slow:
 * the set-up steps on the main thread, each stage of screening summed over the worker threads, the process's CPU
 * time, and the heap: its pools' peaks and the most it held right after a garbage collection (the live data plus
 * what the collector had not got round to yet), which stays flat when nothing accumulates over a batch.
 */
final class RunProfile implements PhaseTimer {

    private final Map<Phase, LongAdder> phases = new EnumMap<>(Phase.class);
    private final Map<String, Long> steps = new LinkedHashMap<>();
    private final Map<String, Long> stepsCpu = new LinkedHashMap<>();
    private final AtomicLong maxAfterGc = new AtomicLong();
    private final long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getUptime();
    private long stepStart = System.nanoTime();
    private long stepCpuStart = processCpuNanos();

    /** Starts profiling; made first thing in the command, so that the time before it is the JVM's start-up. */
    RunProfile() {
        stepsCpu.put("jvmStart", stepCpuStart / 1_000_000);
        for (Phase p : Phase.values()) {
            phases.put(p, new LongAdder());
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        afterGc(GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()));
                    }
                }, null, null);
            }
        }
    }

    private void afterGc(GarbageCollectionNotificationInfo info) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (isHeap(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        maxAfterGc.accumulateAndGet(used, Math::max);
    }

    private static boolean isHeap(String pool) {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .anyMatch(p -> p.getName().equals(pool) && p.getType() == MemoryType.HEAP);
    }

    @Override
    public void record(Phase phase, long nanos) {
        phases.get(phase).add(nanos);
    }

    /** Ends a set-up step on the main thread: the time since the previous one, and the process's CPU time meanwhile. */
    void step(String name) {
        long now = System.nanoTime();
        long cpu = processCpuNanos();
        steps.put(name, (now - stepStart) / 1_000_000);
        stepsCpu.put(name, (cpu - stepCpuStart) / 1_000_000);
        stepStart = now;
        stepCpuStart = cpu;
    }

    /**
     * A wait of the main thread inside a step (the run record's digests, awaited when the reports open): its time,
     * beside the steps, not one of them.
     */
    void waited(String name, long nanos) {
        steps.put(name, nanos / 1_000_000);
    }

    /** CPU time of the whole process (every thread, JIT and GC included), or -1 where the JVM cannot tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    void write(Path file, int submissions, int jobs) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("submissions", submissions);
        root.put("jobs", jobs);
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        root.put("wallMillis", sinceStart);
        root.put("cpuMillis", processCpuNanos() / 1_000_000);
        Map<String, Object> setUp = new LinkedHashMap<>();
        setUp.put("jvmStart", jvmStartMillis);
        setUp.putAll(steps);
        root.put("steps", setUp);
        root.put("stepsCpu", stepsCpu);
        Map<String, Object> stages = new LinkedHashMap<>();
        phases.forEach((p, sum) -> stages.put(p.name().toLowerCase(Locale.ROOT), sum.sum() / 1_000_000));
        root.put("stages", stages);
        Map<String, Object> heap = new LinkedHashMap<>();
        heap.put("maxBytes", Runtime.getRuntime().maxMemory());
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        heap.put("peakUsedBytes", peak);
        heap.put("maxAfterGcBytes", maxAfterGc.get());
        heap.put("gcCount", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum());
        heap.put("gcMillis", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum());
        root.put("heap", heap);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
    }
}
