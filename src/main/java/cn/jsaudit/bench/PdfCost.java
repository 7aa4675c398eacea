package cn.jsaudit.bench;

import cn.jsaudit.model.ScreeningResult;
import cn.jsaudit.pdf.PdfReader;
import cn.jsaudit.pipeline.RulesFolder;
import cn.jsaudit.pipeline.Screener;
import cn.jsaudit.pipeline.SubmissionFiles;
import cn.jsaudit.pipeline.SubmissionLocator;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What screening the published PDF costs against screening the workbook it was printed from: a folder holding
 * submissions beside their PDFs ({@code 名称.xlsx}, its narrative and forms, and {@code 名称.pdf}) is screened both
 * ways in this process, on one thread, after a warm-up round; CPU time of that thread is compared, and PDF pages
 * read per CPU second given. (PdfGeneratedTest leaves such a folder in target/pdf-generated/N-pdf.)
 */
final class PdfCost {

    /** The figures: pairs screened, pages, CPU seconds both ways. */
    record Result(int pairs, int pages, double workbookSeconds, double pdfSeconds, int differing) {

        double pagesPerSecond() {
            return pages / pdfSeconds;
        }

        double ratio() {
            return pdfSeconds / workbookSeconds;
        }
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final PrintStream out;

    PdfCost(PrintStream out) {
        this.out = out;
    }

    Result measure(Path folder, Path rules, int repeat) throws Exception {
        Map<String, SubmissionFiles> workbooks = new HashMap<>();
        Map<String, SubmissionFiles> pdfs = new HashMap<>();
        for (SubmissionFiles s : SubmissionLocator.locate(List.of(folder))) {
            String base = s.name().replaceFirst("\\.[^.]+$", "");
            (PdfReader.isPdf(s.workbook()) ? pdfs : workbooks).put(base, s);
        }
        List<String> pairs = pdfs.keySet().stream().filter(workbooks::containsKey).sorted().toList();
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException(folder + " 中没有同名的工作簿与 PDF（名称.xlsx 与 名称.pdf）");
        }
        out.printf("%n== PDF：%s 中 %d 份提交，各从工作簿与从其 PDF 审核（本进程单线程，CPU 时间，取 %d 轮中最快）==%n",
                folder, pairs.size(), repeat);
        Screener screener = new Screener(RulesFolder.load(rules), null);
        int pages = 0;
        for (String p : pairs) {
            try (PDDocument d = Loader.loadPDF(pdfs.get(p).workbook().toFile())) {
                pages += d.getNumberOfPages();
            }
        }
        double bestWorkbook = Double.MAX_VALUE;
        double bestPdf = Double.MAX_VALUE;
        int differing = 0;
        for (int round = 0; round <= repeat; round++) {
            double wb = 0;
            double pdf = 0;
            differing = 0;
            for (String p : pairs) {
                long t0 = CPU.getCurrentThreadCpuTime();
                ScreeningResult fromWorkbook = screener.screen(workbooks.get(p));
                long t1 = CPU.getCurrentThreadCpuTime();
                ScreeningResult fromPdf = screener.screen(pdfs.get(p));
                long t2 = CPU.getCurrentThreadCpuTime();
                wb += (t1 - t0) / 1e9;
                pdf += (t2 - t1) / 1e9;
                differing += fromWorkbook.findings().size() == fromPdf.findings().size() ? 0 : 1;
            }
            if (round > 0) { // round 0 warms the JIT and the compiled rules
                bestWorkbook = Math.min(bestWorkbook, wb);
                bestPdf = Math.min(bestPdf, pdf);
            }
        }
        Result r = new Result(pairs.size(), pages, bestWorkbook, bestPdf, differing);
        out.printf("工作簿 %.2f 秒，PDF %.2f 秒（%d 页，%.1f 页/秒）：一份 PDF 的审核是其工作簿的 %.1f 倍；发现条数不同的 %d 份%n",
                r.workbookSeconds(), r.pdfSeconds(), pages, r.pagesPerSecond(), r.ratio(), differing);
        return r;
    }
}
