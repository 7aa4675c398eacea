package cn.jsaudit.narrative;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import cn.jsaudit.ingest.Templates;
import cn.jsaudit.ingest.WorkbookReader;
import cn.jsaudit.ingest.Workbooks;
import cn.jsaudit.model.Amount;
import cn.jsaudit.performance.NarrativeRatioReader;
import cn.jsaudit.performance.PerformanceInput;

/**
 * Measures the narrative stage of a batch (read and parse each narrative, link its claims to its workbook's
 * amounts, read its control ratios) against POI opening and reading the same workbooks, or dumps everything
 * the stage produces so that a change can be shown not to alter it. Not a test: run it by hand,
 * {@code java -cp target/jsaudit.jar:target/test-classes cn.jsaudit.narrative.NarrativeTiming time /tmp/narr-subs 5}
 * or {@code … dump /tmp/narr-subs out.txt [more narratives …]}.
 */
public final class NarrativeTiming {

    private static final Path RULES = Path.of("rules");
    /** CPU time of the measuring thread: other builds on the machine inflate wall-clock times */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final Templates TEMPLATES = templates();

    private NarrativeTiming() {
    }

    private static Templates templates() {
        try {
            return Templates.load(RULES);
        } catch (cn.jsaudit.ingest.InputProblem e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        NarrativeFacts facts = NarrativeFacts.create(RULES);
        NarrativeRatioReader ratios = PerformanceInput.load(RULES).narrative();
        List<Submission> subs = submissions(Path.of(args[1]));
        if (args[0].equals("dump")) {
            for (int i = 3; i < args.length; i++) {
                subs.add(submission(Path.of(args[i])));
            }
            dump(facts, ratios, subs, Path.of(args[2]));
        } else {
            time(facts, ratios, subs, Integer.parseInt(args[2]));
        }
    }

    private record Submission(Path workbook, Path narrative, List<Amount> amounts) {
    }

    private static List<Submission> submissions(Path dir) throws Exception {
        List<Submission> subs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                subs.add(submission(txt));
            }
        }
        return subs;
    }

    /** A narrative with the amounts of the workbook beside it (none when there is no such workbook). */
    private static Submission submission(Path narrative) throws Exception {
        Path xlsx = Path.of(narrative.toString().replaceAll("\\.[a-z]+$", ".xlsx"));
        if (!Files.isRegularFile(xlsx)) {
            return new Submission(xlsx, narrative, List.of());
        }
        return new Submission(xlsx, narrative,
                new WorkbookReader(TEMPLATES, null).read(Workbooks.read(xlsx), xlsx.getFileName().toString()).amounts());
    }

    private static void time(NarrativeFacts facts, NarrativeRatioReader ratios, List<Submission> subs, int rounds)
            throws Exception {
        for (int i = 0; i < 3; i++) {
            narrativePass(facts, ratios, subs);
            poiPass(subs);
        }
        double bestNarrative = Double.MAX_VALUE;
        double bestPoi = Double.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            double n = narrativePass(facts, ratios, subs);
            double p = poiPass(subs);
            bestNarrative = Math.min(bestNarrative, n);
            bestPoi = Math.min(bestPoi, p);
            System.out.printf("round %d: narrative %.3f ms CPU/sub, POI read %.3f ms CPU/sub%n", r + 1, n, p);
        }
        System.out.printf("best: narrative %.3f ms CPU/sub, POI read %.3f ms CPU/sub, ratio %.2f%n", bestNarrative, bestPoi,
                bestNarrative / bestPoi);
    }

    /** CPU ms per submission to read, parse and link the narratives. */
    private static double narrativePass(NarrativeFacts facts, NarrativeRatioReader ratios, List<Submission> subs)
            throws NarrativeException {
        long sink = 0;
        long start = CPU.getCurrentThreadCpuTime();
        for (Submission s : subs) {
            Narrative n = facts.read(s.narrative());
            sink += facts.links(n, s.amounts()).size();
            sink += ratios.read(n.sentences(), n.file()).size();
        }
        double ms = (CPU.getCurrentThreadCpuTime() - start) / 1e6 / subs.size();
        if (sink == 42) {
            System.out.println();
        }
        return ms;
    }

    /** CPU ms per submission to open each workbook read-only and read every cell, as the bench's baseline. */
    private static double poiPass(List<Submission> subs) throws IOException {
        long sink = 0;
        long start = CPU.getCurrentThreadCpuTime();
        for (Submission s : subs) {
            try (Workbook wb = WorkbookFactory.create(s.workbook().toFile(), null, true)) {
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell c : row) {
                            sink += switch (c.getCellType()) {
                                case NUMERIC -> (long) c.getNumericCellValue();
                                case STRING -> c.getStringCellValue().length();
                                case BOOLEAN -> c.getBooleanCellValue() ? 1 : 0;
                                case FORMULA -> c.getCellFormula().length();
                                default -> 0;
                            };
                        }
                    }
                }
            }
        }
        double ms = (CPU.getCurrentThreadCpuTime() - start) / 1e6 / subs.size();
        if (sink == 42) {
            System.out.println();
        }
        return ms;
    }

    private static void dump(NarrativeFacts facts, NarrativeRatioReader ratios, List<Submission> subs, Path out)
            throws Exception {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (Submission s : subs) {
                dump(w, facts, ratios, facts.read(s.narrative()), s.amounts());
            }
        }
    }

    private static void dump(PrintWriter w, NarrativeFacts facts, NarrativeRatioReader ratios, Narrative n,
                             List<Amount> amounts) {
        w.println("== " + n.file());
        n.sentences().forEach(w::println);
        n.claims().forEach(w::println);
        facts.links(n, amounts).forEach(w::println);
        ratios.read(n.sentences(), n.file()).forEach(w::println);
    }
}
