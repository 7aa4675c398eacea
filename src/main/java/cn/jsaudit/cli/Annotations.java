package cn.jsaudit.cli;

import cn.jsaudit.pdf.PdfReader;
import cn.jsaudit.pipeline.Parallel;
import cn.jsaudit.pipeline.RunRecord;
import cn.jsaudit.pipeline.ScreeningResult;
import cn.jsaudit.pipeline.SubmissionFiles;
import cn.jsaudit.report.WorkbookAnnotator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

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
                     Path outDir, int jobs, Parallel.Progress progress, PrintStream err) {
        WorkbookAnnotator annotator = new WorkbookAnnotator(run);
        // nothing to annotate in a file that cannot be opened, nor in a PDF; their findings are in the reports
        List<Integer> readable = IntStream.range(0, submissions.size())
                .filter(i -> !results.get(i).unreadable() && !PdfReader.isPdf(submissions.get(i).workbook())).boxed().toList();
        List<String> problems = Parallel.map(readable, jobs, "jsaudit-annotate", i -> {
            SubmissionFiles s = submissions.get(i);
            try {
                annotator.annotate(s.workbook(), results.get(i), outDir.resolve(relativeFolder(s.workbook(), inputs)));
                return null;
            } catch (IOException | RuntimeException e) {
                return "未能生成批注工作簿：" + s.name() + "（" + e.getMessage() + "）";
            }
        }, progress);
        problems.stream().filter(Objects::nonNull).forEach(err::println);
        return (int) problems.stream().filter(Objects::isNull).count();
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
