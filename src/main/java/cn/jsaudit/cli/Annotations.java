package cn.jsaudit.cli;

import cn.jsaudit.pipeline.BatchScreener;
import cn.jsaudit.pipeline.RunRecord;
import cn.jsaudit.pipeline.ScreeningResult;
import cn.jsaudit.pipeline.SubmissionFiles;
import cn.jsaudit.report.WorkbookAnnotator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes the annotated copies of a batch in parallel. Each copy goes to the sub-folder of the output folder that
 * mirrors where its workbook lies under the path it was found through (区县2/单位.xlsx → out/区县2/单位-审核.xlsx),
 * so that two units' files of the same name never compete for one name, whatever the thread count.
 */
final class Annotations {

    private Annotations() {
    }

    /** Annotates every readable submission; returns how many copies were written. Failures are told on err. */
    static int write(List<SubmissionFiles> submissions, List<ScreeningResult> results, RunRecord run, List<Path> inputs,
                     Path outDir, int jobs, BatchScreener.Progress progress, PrintStream err) {
        WorkbookAnnotator annotator = new WorkbookAnnotator(run);
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "jsaudit-annotate");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<String>> problems = new ArrayList<>();
            long readable = results.stream().filter(r -> !r.unreadable()).count();
            AtomicInteger done = new AtomicInteger();
            for (int i = 0; i < submissions.size(); i++) {
                if (results.get(i).unreadable()) {
                    continue; // nothing to annotate in a file that cannot be opened; its finding is in the reports
                }
                SubmissionFiles s = submissions.get(i);
                ScreeningResult r = results.get(i);
                Path dir = outDir.resolve(relativeFolder(s.workbook(), inputs));
                problems.add(pool.submit(() -> {
                    try {
                        annotator.annotate(s.workbook(), r, dir);
                        return null;
                    } catch (IOException | RuntimeException e) {
                        return "未能生成批注工作簿：" + s.name() + "（" + e.getMessage() + "）";
                    } finally {
                        progress.step(done.incrementAndGet(), (int) readable);
                    }
                }));
            }
            int written = 0;
            for (Future<String> p : problems) {
                String problem = p.get();
                if (problem == null) {
                    written++;
                } else {
                    err.println(problem);
                }
            }
            return written;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("批注被中断", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The workbook's folder relative to the input folder it was found under; "" for a file named directly. */
    static Path relativeFolder(Path workbook, List<Path> inputs) {
        Path wb = workbook.toAbsolutePath().normalize();
        for (Path in : inputs) {
            Path root = in.toAbsolutePath().normalize();
            if (Files.isDirectory(root) && wb.startsWith(root) && wb.getParent() != null) {
                return root.relativize(wb.getParent());
            }
        }
        return Path.of("");
    }
}
