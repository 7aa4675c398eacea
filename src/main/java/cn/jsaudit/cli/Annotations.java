package cn.jsaudit.cli;

import cn.jsaudit.pipeline.RunRecord;
import cn.jsaudit.pipeline.ScreeningResult;
import cn.jsaudit.pipeline.SubmissionFiles;
import cn.jsaudit.report.WorkbookAnnotator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes the annotated copies of a batch, each on the worker thread that screened it. Each copy goes to the
 * sub-folder of the output folder that mirrors where its workbook lies under the path it was found through
 * (区县2/单位.xlsx → out/区县2/单位-审核.xlsx), so that two units' files of the same name never compete for one
 * name, whatever the thread count.
 */
final class Annotations {

    private final WorkbookAnnotator annotator;
    private final List<Path> inputs;
    private final Path outDir;
    private final AtomicInteger written = new AtomicInteger();

    Annotations(RunRecord run, List<Path> inputs, Path outDir) {
        this.annotator = new WorkbookAnnotator(run);
        this.inputs = List.copyOf(inputs);
        this.outDir = outDir;
    }

    /** Annotates a readable submission; returns the message telling why it could not be, or null. */
    String write(SubmissionFiles s, ScreeningResult result) {
        if (result.unreadable()) {
            return null; // nothing to annotate in a file that cannot be opened; its finding is in the reports
        }
        try {
            annotator.annotate(s.workbook(), result, outDir.resolve(relativeFolder(s.workbook(), inputs)));
            written.incrementAndGet();
            return null;
        } catch (IOException | RuntimeException e) {
            return "未能生成批注工作簿：" + s.name() + "（" + e.getMessage() + "）";
        }
    }

    /** How many copies were written. */
    int written() {
        return written.get();
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
