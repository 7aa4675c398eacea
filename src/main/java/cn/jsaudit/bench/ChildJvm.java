package cn.jsaudit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs a main class in a fresh JVM with this JVM's class path: wall time includes JVM start, as a user sees it. */
final class ChildJvm {

    record Result(long wallMillis, int exitCode, String stdout) {
    }

    private ChildJvm() {
    }

    static Result run(List<String> jvmFlags, String mainClass, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmFlags);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(args);
        return time(new ProcessBuilder(cmd));
    }

    /**
     * The launcher script bin/jsaudit beside this jar's target folder, as a user types it, or null when this JVM
     * was not started from such a jar.
     */
    static Path launcher() {
        Path jar = Path.of(System.getProperty("java.class.path"));
        Path script = jar.toAbsolutePath().getParent() == null ? null
                : jar.toAbsolutePath().getParent().resolveSibling("bin").resolve("jsaudit");
        return jar.toString().endsWith(".jar") && script != null && Files.isRegularFile(script) ? script : null;
    }

    /** Runs the launcher on this jar, with its caches (compiled rules, class-data archive) under cacheHome. */
    static Result runLauncher(Path script, Path cacheHome, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("sh", script.toString()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("JSAUDIT_JAR", Path.of(System.getProperty("java.class.path")).toAbsolutePath().toString());
        pb.environment().put("XDG_CACHE_HOME", cacheHome.toString());
        pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + java.io.File.pathSeparator
                + System.getenv().getOrDefault("PATH", ""));
        return time(pb);
    }

    private static Result time(ProcessBuilder pb) throws IOException, InterruptedException {
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        return new Result((System.nanoTime() - start) / 1_000_000, exit, out);
    }
}
