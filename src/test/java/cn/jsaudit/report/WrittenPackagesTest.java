package cn.jsaudit.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.fixtures.Packages;
import cn.jsaudit.fixtures.RawZip;
import cn.jsaudit.generate.Generator;
import cn.jsaudit.generate.Truth;
import cn.jsaudit.model.RunRecord;
import cn.jsaudit.pipeline.RunRecords;
import cn.jsaudit.pipeline.Screener;
import cn.jsaudit.model.ScreeningResult;
import cn.jsaudit.pipeline.SubmissionFiles;
import cn.jsaudit.pipeline.SubmissionLocator;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every workbook in examples/ and every workbook jsaudit writes (the xlsx report, annotated copies, generated
 * submissions) is a valid package: all its relationships resolve, and POI opens it and reads every cell.
 */
class WrittenPackagesTest {

    @TempDir
    Path tmp;

    @Test
    void everyExampleIsAValidPackage() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("examples"))) {
            files = s.filter(p -> p.toString().endsWith(".xlsx") || p.toString().endsWith(".docx")).sorted().toList();
        }
        assertTrue(files.size() >= 7, files.toString());
        for (Path f : files) {
            Packages.assertValid(f);
        }
    }

    @Test
    void theXlsxReportAndTheAnnotatedCopiesOfTheExamplesAreValidPackages() throws Exception {
        List<SubmissionFiles> subs = SubmissionLocator.locate(List.of(Path.of("examples")));
        List<ScreeningResult> results = screen(subs);
        RunRecord run = RunRecords.of(Examples.RULES, subs, OffsetDateTime.now());
        Path report = tmp.resolve("审核结果.xlsx");
        try (OutputStream o = Files.newOutputStream(report)) {
            new XlsxReport().write(new ReportData(run, Examples.rules().rules(), results), o);
        }
        Packages.assertValid(report);
        WorkbookAnnotator annotator = new WorkbookAnnotator(run);
        for (int i = 0; i < subs.size(); i++) {
            Packages.assertValid(annotator.annotate(subs.get(i).workbook(), results.get(i), tmp.resolve("annotated")));
        }
    }

    @Test
    void generatedSubmissionsAndTheirAnnotatedCopiesAreValidPackages() throws Exception {
        Path dir = tmp.resolve("generated");
        List<Truth> truths = Generator.generate(6, 11, 0.5, dir, 1);
        List<SubmissionFiles> subs = new ArrayList<>();
        for (Truth t : truths) {
            Packages.assertValid(dir.resolve(t.workbook()));
            if (t.narrative() != null && t.narrative().endsWith(".docx")) {
                Packages.assertValid(dir.resolve(t.narrative()));
            }
            subs.add(new SubmissionFiles(dir.resolve(t.workbook()), null, List.of()));
        }
        List<ScreeningResult> results = screen(subs);
        WorkbookAnnotator annotator = new WorkbookAnnotator(RunRecords.of(Examples.RULES, subs, OffsetDateTime.now()));
        for (int i = 0; i < subs.size(); i++) {
            Packages.assertValid(annotator.annotate(subs.get(i).workbook(), results.get(i), tmp.resolve("annotated")));
        }
    }

    /** A submitted package with a relationship to a part it lacks still gets a valid annotated copy. */
    @Test
    void theAnnotatedCopyOfABrokenPackageIsValid() throws Exception {
        Path broken = tmp.resolve("in/缺部件-2023.xlsx");
        List<RawZip.Entry> entries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(Examples.CLEAN.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                String text = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().equals("xl/_rels/workbook.xml.rels")) {
                    text = text.replace("</Relationships>", "<Relationship Id=\"rId99\" Target=\"calcChain.xml\" Type=\"http://schemas."
                            + "openxmlformats.org/officeDocument/2006/relationships/calcChain\"/></Relationships>");
                }
                entries.add(RawZip.deflated(e.getName(), text));
            }
        }
        RawZip.write(broken, entries);
        List<SubmissionFiles> subs = List.of(new SubmissionFiles(broken, null, List.of()));
        Path copy = new WorkbookAnnotator(RunRecords.of(Examples.RULES, subs, OffsetDateTime.now()))
                .annotate(broken, screen(subs).get(0), tmp.resolve("annotated"));
        Packages.assertValid(copy);
    }

    private static List<ScreeningResult> screen(List<SubmissionFiles> subs) {
        Screener screener = Examples.screener();
        return subs.stream().map(screener::screen).toList();
    }
}
