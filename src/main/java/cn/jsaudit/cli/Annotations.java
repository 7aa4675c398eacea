package cn.jsaudit.cli;

import cn.jsaudit.ingest.IoMessages;
import cn.jsaudit.pdf.PdfReader;
import cn.jsaudit.pipeline.Diagnostics;
import cn.jsaudit.model.RunRecord;
import cn.jsaudit.model.ScreeningResult;
import cn.jsaudit.pipeline.SubmissionFiles;
import cn.jsaudit.report.WorkbookAnnotator;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes the annotated copies of a batch, each on the worker thread that screened it. Each copy goes to the
 * sub-folder of the output folder that mirrors where its workbook lies under the path it was found through
 * (区县2/单位.xlsx → out/区县2/单位-审核.xlsx), so that two units' files of the same name never compete for one
 * name, whatever the thread count. Every submission gets its copy or a stated reason: never silently fewer copies.
 */
final class Annotations {

    private final WorkbookAnnotator annotator;
    private final List<Path> inputs;
    private final Path outDir;
    private final Diagnostics diagnostics;
    private final AtomicInteger written = new AtomicInteger();

    Annotations(RunRecord run, List<Path> inputs, Path outDir, Diagnostics diagnostics) {
        this.annotator = new WorkbookAnnotator(run);
        this.inputs = List.copyOf(inputs);
        this.outDir = outDir;
        this.diagnostics = diagnostics;
    }

    /**
     * Writes a submission's annotated copy; returns null when written (or when the submission is a PDF, which takes
     * no comments: its findings are in the reports, with pages for places), else the line telling why it was not.
     */
    String write(SubmissionFiles s, ScreeningResult result) {
        if (PdfReader.isPdf(s.workbook())) {
            return null;
        }
        if (result.unreadable()) {
            return "未生成批注副本：" + s.name() + "（工作簿无法读取，见它的“输入文件问题”发现）";
        }
        try {
            annotator.annotate(s.workbook(), result, outDir.resolve(relativeFolder(s.workbook(), inputs)));
            written.incrementAndGet();
            return null;
        } catch (FileSystemException e) {
            diagnostics.report(s.name(), e);
            return "未生成批注副本：" + s.name() + "（无法写入：" + IoMessages.reason(e) + "）";
        } catch (OutOfMemoryError e) {
            diagnostics.report(s.name(), e);
            return "未生成批注副本：" + s.name() + "（内存不足：工作簿过大，可用 JSAUDIT_JAVA_OPTS=-Xmx4g 等给更多内存后重试）";
        } catch (IOException | RuntimeException | StackOverflowError e) {
            diagnostics.report(s.name(), e);
            return "未生成批注副本：" + s.name() + "（无法在此工作簿上写入批注：文件结构特殊或已损坏；用 Excel 打开后另存一份即可）";
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
