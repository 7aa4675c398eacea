package cn.jsaudit.cli;

import cn.jsaudit.ingest.IoMessages;
import cn.jsaudit.pdf.PdfReader;
import cn.jsaudit.pipeline.Diagnostics;
import cn.jsaudit.pipeline.Parallel;
import cn.jsaudit.pipeline.RunRecord;
import cn.jsaudit.pipeline.ScreeningResult;
import cn.jsaudit.pipeline.SubmissionFiles;
import cn.jsaudit.report.WorkbookAnnotator;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Writes the annotated copies of a batch in parallel. Each copy goes to the sub-folder of the output folder that
 * mirrors where its workbook lies under the path it was found through (区县2/单位.xlsx → out/区县2/单位-审核.xlsx),
 * so that two units' files of the same name never compete for one name, whatever the thread count. Every
 * submission gets its copy or a stated reason: never silently fewer copies.
 */
final class Annotations {

    /** How many copies were written, and one line per submission that got none, saying why. */
    record Outcome(int written, List<String> missing) {
    }

    private Annotations() {
    }

    static Outcome write(List<SubmissionFiles> submissions, List<ScreeningResult> results, RunRecord run, List<Path> inputs,
                         Path outDir, int jobs, Parallel.Progress progress, Diagnostics diagnostics) {
        WorkbookAnnotator annotator = new WorkbookAnnotator(run);
        // a PDF takes no comments: its findings are in the reports, with pages for places
        List<Integer> workbooks = IntStream.range(0, submissions.size())
                .filter(i -> !PdfReader.isPdf(submissions.get(i).workbook())).boxed().toList();
        List<String> reasons = Parallel.map(workbooks, jobs, "jsaudit-annotate", i -> {
            SubmissionFiles s = submissions.get(i);
            if (results.get(i).unreadable()) {
                return "未生成批注副本：" + s.name() + "（工作簿无法读取，见它的“输入文件问题”发现）";
            }
            try {
                annotator.annotate(s.workbook(), results.get(i), outDir.resolve(relativeFolder(s.workbook(), inputs)));
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
        }, progress);
        List<String> missing = reasons.stream().filter(Objects::nonNull).toList();
        return new Outcome(workbooks.size() - missing.size(), missing);
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
