package cn.jsaudit.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.ingest.Workbooks;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.FormKind;
import cn.jsaudit.model.Indicator;
import cn.jsaudit.model.PerformanceForm;
import cn.jsaudit.model.ScoreItem;
import cn.jsaudit.model.Severity;
import cn.jsaudit.performance.PerformanceReader;
import cn.jsaudit.pipeline.RulesFolder;
import cn.jsaudit.pipeline.ScreeningResult;
import cn.jsaudit.pipeline.Screener;
import cn.jsaudit.pipeline.SubmissionFiles;
import cn.jsaudit.pipeline.SubmissionLocator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated performance forms in every layout: clean ones give no ERROR or WARNING and are read in full, and
 * every injected form anomaly is found where the truth says, with nothing else from the form rules.
 */
class GeneratedFormsTest {

    private static final long SEED = 20240617;
    private static RulesFolder rules;

    @TempDir
    static Path dir;

    @BeforeAll
    static void compileRules() throws Exception {
        rules = RulesFolder.load(Path.of("rules"));
    }

    @TestFactory
    Stream<DynamicTest> cleanFormsInEveryLayout() {
        return Stream.of(FormLayout.values()).map(layout -> DynamicTest.dynamicTest(layout.name(), () -> {
            Path out = Files.createDirectories(dir.resolve("clean-" + layout));
            SubmissionGenerator g = new SubmissionGenerator(SEED, 0).withFormLayout(layout);
            for (int i = 1; i <= 6; i++) {
                Truth truth = g.write(i, out);
                assertTrue(truth.anomalies().isEmpty());
            }
            for (SubmissionFiles s : SubmissionLocator.locate(List.of(out))) {
                assertEquals(layout.inMainWorkbook(), s.performanceWorkbooks().isEmpty(), s.name());
                ScreeningResult r = new Screener(rules, null).screen(s);
                assertEquals(List.of(), loud(r.findings()), s.name());
                formsAreRead(s);
                assertEquals(expected(out, s), modelled(out, s, r.findings()), s.name());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyFormAnomalyIsFoundInEveryLayout() {
        List<DynamicTest> tests = new ArrayList<>();
        for (FormLayout layout : FormLayout.values()) {
            for (FormAnomaly anomaly : FormAnomaly.values()) {
                tests.add(DynamicTest.dynamicTest(layout + " " + anomaly, () -> {
                    Path out = Files.createDirectories(dir.resolve(layout + "-" + anomaly));
                    SubmissionGenerator g = new SubmissionGenerator(SEED, 0).withFormLayout(layout)
                            .withFormAnomalies(List.of(anomaly));
                    Truth truth = null;
                    for (int i = 1; truth == null || truth.anomalies().isEmpty(); i++) {
                        assertTrue(i < 40, "no generated submission takes " + anomaly);
                        truth = g.write(i, out);
                    }
                    String workbook = truth.workbook();
                    SubmissionFiles s = SubmissionLocator.locate(List.of(out)).stream()
                            .filter(f -> f.name().equals(workbook)).findFirst().orElseThrow();
                    ScreeningResult r = new Screener(rules, null).screen(s);
                    List<String> expected = expected(out, s);
                    assertTrue(expected.stream().anyMatch(e -> e.startsWith(anomaly.rule() + " " + anomaly.severity())),
                            expected.toString());
                    assertEquals(expected, modelled(out, s, r.findings()), s.name() + " " + anomaly);
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> formsTellTheirTruthInEveryTableLayout() throws Exception {
        Path out = Files.createDirectories(dir.resolve("tables"));
        Generator.generate(6, SEED + 1, 1.0, out, 2, List.of(Layout.values()));
        return Stream.of(Layout.values()).map(layout -> DynamicTest.dynamicTest(layout.id(), () -> {
            Path folder = out.resolve(layout.id());
            int anomalies = 0;
            for (SubmissionFiles s : SubmissionLocator.locate(List.of(folder))) {
                ScreeningResult r = new Screener(rules, null).screen(s);
                assertEquals(expected(folder, s), modelled(folder, s, r.findings()), layout.id() + " " + s.name());
                anomalies += (int) truth(folder, s).anomalies().stream().filter(a -> a.family().equals("绩效自评")).count();
            }
            assertTrue(anomalies >= 3, "form anomalies drawn: " + anomalies);
        }));
    }

    /** The forms of the submission are found and their indicators and scores read. */
    private static void formsAreRead(SubmissionFiles s) throws Exception {
        List<Object> facts = new ArrayList<>();
        List<Path> books = new ArrayList<>(s.performanceWorkbooks());
        books.add(s.workbook());
        for (Path p : books) {
            PerformanceReader.Result r = rules.performance().reader().read(Workbooks.read(p), p.getFileName().toString());
            assertEquals(List.of(), r.findings(), p.toString());
            facts.addAll(r.facts());
        }
        List<PerformanceForm> forms = facts.stream().filter(PerformanceForm.class::isInstance).map(PerformanceForm.class::cast).toList();
        assertEquals(1, forms.stream().filter(f -> f.kind() == FormKind.DEPARTMENT).count(), s.name());
        for (PerformanceForm f : forms) {
            long indicators = facts.stream().filter(o -> o instanceof Indicator i && i.form().equals(f.id())).count();
            long scores = facts.stream().filter(o -> o instanceof ScoreItem i && i.form().equals(f.id())).count();
            assertTrue(indicators >= 7 && scores == indicators + 1, f.id() + ": " + indicators + " indicators, " + scores + " scores");
        }
    }

    private static List<String> expected(Path out, SubmissionFiles s) throws Exception {
        Truth t = truth(out, s);
        return t.expected().stream().filter(e -> e.rule().startsWith("P-"))
                .map(e -> e.rule() + " " + e.severity() + " " + e.sheet() + "!" + e.cell()).sorted().toList();
    }

    private static List<String> modelled(Path out, SubmissionFiles s, List<Finding> findings) throws Exception {
        List<String> rulesModelled = truth(out, s).modelledRules();
        return findings.stream().filter(f -> f.rule().startsWith("P-") && rulesModelled.contains(f.rule()))
                .map(f -> f.rule() + " " + f.severity() + " " + f.primaryLocation().sheet() + "!" + f.primaryLocation().cell())
                .sorted().toList();
    }

    private static Truth truth(Path out, SubmissionFiles s) throws Exception {
        String base = s.name().replaceFirst("\\.xlsx?$", "");
        return new com.fasterxml.jackson.databind.ObjectMapper().readValue(out.resolve(base + ".truth.json").toFile(), Truth.class);
    }

    private static List<String> loud(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() != Severity.INFO).map(f -> f.rule() + " " + f.message()).toList();
    }
}
