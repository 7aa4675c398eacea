package cn.jsaudit.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Peak heap, GC work and process CPU time over one measured run (pool peaks are reset at the start). */
final class HeapWatch {

    private long gcCount;
    private long gcMillis;
    private long cpuNanos;

    static HeapWatch start() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
        HeapWatch w = new HeapWatch();
        w.gcCount = gcCount();
        w.gcMillis = gcMillis();
        w.cpuNanos = cpuNanos();
        return w;
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any moment (pools peak at different times). */
    long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    long gcCollections() {
        return gcCount() - gcCount;
    }

    long gcMillisSpent() {
        return gcMillis() - gcMillis;
    }

    long cpuNanosSpent() {
        return cpuNanos() - cpuNanos;
    }

    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
