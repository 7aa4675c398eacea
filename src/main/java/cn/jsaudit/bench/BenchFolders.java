package cn.jsaudit.bench;

import cn.jsaudit.generate.Generator;
import cn.jsaudit.pipeline.SubmissionFiles;
import cn.jsaudit.pipeline.SubmissionLocator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folders the benchmark runs on: {@code <dir>/seed-<seed>} holds the generated submissions (reused when it holds
 * enough), and a folder of any other size links the first of them (hard links, copies where links fail), going
 * round again in sub-folders 2/, 3/ … when it needs more than were generated: screening keeps nothing of a
 * submission, so a repeated file costs what a new one does, and 10,000 submissions need not be generated.
 */
final class BenchFolders {

    private final Path dir;
    private final long seed;
    private final PrintStream out;

    BenchFolders(Path dir, long seed, PrintStream out) {
        this.dir = dir;
        this.seed = seed;
        this.out = out;
    }

    /** Makes sure that at least {@code n} submissions are generated; returns them in order. */
    List<SubmissionFiles> generated(int n) throws IOException, InterruptedException {
        Path d = dir.resolve("seed-" + seed);
        List<SubmissionFiles> found = Files.isDirectory(d) ? SubmissionLocator.locate(List.of(d)) : List.of();
        if (found.size() < n) {
            out.printf("生成 %d 份提交到 %s …%n", n, d);
            long t = System.nanoTime();
            if (Files.isDirectory(d)) {
                RuleMultiplier.delete(d);
            }
            Generator.generate(n, seed, 0.3, d, Runtime.getRuntime().availableProcessors());
            out.printf("生成完毕（%.1f 秒）%n", (System.nanoTime() - t) / 1e9);
            found = SubmissionLocator.locate(List.of(d));
        }
        return found;
    }

    /** A folder of exactly {@code n} submissions linked from the {@code cycle} first generated ones. */
    Path ofSize(int n, int cycle) throws IOException, InterruptedException {
        List<SubmissionFiles> source = generated(cycle).subList(0, cycle);
        Path d = dir.resolve("seed-" + seed + "-n" + n);
        if (Files.isDirectory(d)) { // made afresh: the generated submissions may have been made again
            RuleMultiplier.delete(d);
        }
        for (int i = 0; i < n; i++) {
            int round = i / cycle;
            Path target = round == 0 ? d : d.resolve(String.valueOf(round + 1));
            Files.createDirectories(target);
            SubmissionFiles s = source.get(i % cycle);
            for (Path f : files(s)) {
                link(f, target.resolve(f.getFileName().toString()));
            }
        }
        return d;
    }

    private static List<Path> files(SubmissionFiles s) {
        List<Path> all = new ArrayList<>();
        all.add(s.workbook());
        if (s.narrative() != null) {
            all.add(s.narrative());
        }
        all.addAll(s.performanceWorkbooks());
        return all;
    }

    private static void link(Path existing, Path link) throws IOException {
        try {
            Files.createLink(link, existing.toAbsolutePath());
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(existing, link);
        }
    }

    /** Deletes a folder's contents, keeping the folder. */
    static void empty(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            return;
        }
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.toList()) {
                if (Files.isDirectory(p)) {
                    RuleMultiplier.delete(p);
                } else {
                    Files.delete(p);
                }
            }
        }
    }
}
