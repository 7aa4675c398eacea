package cn.jsaudit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs a command as a child process and times it the way the shell's {@code time} does: elapsed wall time, and the
 * user and system CPU time of the child and everything it waited for, read from this process's cumulative
 * children's times in /proc/self/stat once the child is reaped (so the benchmark runs one child at a time).
 */
final class ChildProcess {

    /** The kernel reports CPU times in USER_HZ ticks, 100 per second on Linux. */
    private static final double TICK_MILLIS = 10;
    private static final Path STAT = Path.of("/proc/self/stat");

    /**
     * @param userMillis user CPU of the child, or -1 where /proc is not available
     * @param output     what the child printed on stderr (and stdout when it was not discarded)
     */
    record Result(long wallMillis, long userMillis, long sysMillis, int exitCode, String output) {
        long cpuMillis() {
            return userMillis < 0 ? -1 : userMillis + sysMillis;
        }
    }

    private ChildProcess() {
    }

    /** Whether CPU times can be measured here. */
    static boolean measuresCpu() {
        return Files.isReadable(STAT);
    }

    /**
     * @param keepStdout whether the child's standard output is kept in the result (otherwise discarded, as a report
     *                   printed on a terminal nobody reads)
     */
    static Result run(List<String> command, Map<String, String> env, boolean keepStdout) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        Path log = Files.createTempFile("jsaudit-bench", ".log");
        try {
            pb.redirectError(log.toFile());
            pb.redirectOutput(keepStdout ? ProcessBuilder.Redirect.appendTo(log.toFile()) : ProcessBuilder.Redirect.DISCARD);
            long[] before = childrenTicks();
            long start = System.nanoTime();
            Process p = pb.start();
            int exit = p.waitFor();
            long wall = (System.nanoTime() - start) / 1_000_000;
            long[] after = childrenTicks();
            String output = Files.readString(log, StandardCharsets.UTF_8);
            return before == null || after == null ? new Result(wall, -1, -1, exit, output)
                    : new Result(wall, Math.round((after[0] - before[0]) * TICK_MILLIS),
                            Math.round((after[1] - before[1]) * TICK_MILLIS), exit, output);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** cutime and cstime of this process (fields 16 and 17 of /proc/self/stat), or null. */
    private static long[] childrenTicks() throws IOException {
        if (!measuresCpu()) {
            return null;
        }
        String stat = Files.readString(STAT);
        // the command name in parentheses may hold spaces; the fields after it are plain
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new long[] {Long.parseLong(f[13]), Long.parseLong(f[14])};
    }
}
