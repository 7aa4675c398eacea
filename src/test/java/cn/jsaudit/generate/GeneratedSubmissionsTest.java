package cn.jsaudit.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import cn.jsaudit.pipeline.RulesFolder;
import cn.jsaudit.model.ScreeningResult;
import cn.jsaudit.pipeline.Screener;
import cn.jsaudit.pipeline.SubmissionFiles;
import cn.jsaudit.pipeline.SubmissionLocator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Screening generated submissions finds exactly what their truth files say, and nothing else. */
class GeneratedSubmissionsTest {

    private static RulesFolder rules;

    @BeforeAll
    static void compileRules() throws Exception {
        rules = RulesFolder.load(Path.of("rules"));
    }

    @Test
    void findingsOfTheTableRulesAreExactlyTheInjectedAnomaliesAndTheRoundingNotes(@TempDir Path dir) throws Exception {
        assertFindingsAreTheTruth(Generator.generate(16, 20240601, 1.0, dir, 2), dir, 16);
    }

    /** The .xls export of the national layout reads as the .xlsx does: the same truth, at the same cells. */
    @Test
    void theXlsExportGivesExactlyTheTruthToo(@TempDir Path dir) throws Exception {
        assertFindingsAreTheTruth(Generator.generate(6, 20240602, 1.0, dir, 2, List.of(Layout.XLS)), dir, 6);
    }

    /**
     * 06 as one list (合计 | 人员经费 | 公用经费, the older national layout) is read by its template variant: the same
     * truth as the three-block 06, the findings on the list's cells; anomalies on 06 (its class rows, 人员经费合计, a
     * line typed as text, 06 against 05) are drawn among many, so that every kind meets the list.
     */
    @Test
    void theOneList06LayoutGivesExactlyTheTruthToo(@TempDir Path dir) throws Exception {
        List<Truth> truths = Generator.generate(16, 20240603, 1.0, dir, 2, List.of(Layout.LIST06));
        assertFindingsAreTheTruth(truths, dir, 16);
        assertTrue(truths.stream().flatMap(t -> t.expected().stream()).filter(e -> "06".equals(e.table()))
                .map(Truth.ExpectedFinding::rule).distinct().count() >= 3, "06's own rules and X05-06 met on the list");
    }

    private static void assertFindingsAreTheTruth(List<Truth> truths, Path dir, int count) throws Exception {
        Map<String, Truth> byWorkbook = new HashMap<>();
        truths.forEach(t -> byWorkbook.put(t.workbook(), t));
        Screener screener = new Screener(rules, null);
        int errors = 0;
        int notes = 0;
        Set<String> kinds = new HashSet<>();
        for (SubmissionFiles s : SubmissionLocator.locate(List.of(dir))) {
            Truth truth = byWorkbook.get(s.name());
            ScreeningResult result = screener.screen(s);
            assertEquals(truth.unit(), result.unit(), s.name());
            assertEquals(truth.year(), result.year(), s.name());
            List<String> expected = new ArrayList<>(truth.expected().stream()
                    .map(e -> key(e.rule(), e.severity(), e.sheet(), e.cell())).sorted().toList());
            List<String> found = new ArrayList<>();
            for (Finding f : result.findings()) {
                Location at = f.primaryLocation();
                if (truth.modelledRules().contains(f.rule()) || f.rule().equals("INPUT")) {
                    found.add(key(f.rule(), f.severity().name(), at.sheet(), at.cell()));
                } else if (isTableRule(f.rule())) {
                    assertEquals(Severity.INFO, f.severity(), s.name() + " 未预期的发现：" + f.message());
                }
            }
            found.sort(null);
            assertEquals(expected, found, s.name());
            assertFalse(truth.anomalies().isEmpty(), s.name());
            errors += (int) truth.expected().stream().filter(e -> e.severity().equals("ERROR")).count();
            notes += (int) truth.expected().stream().filter(e -> e.severity().equals("INFO")).count();
            truth.anomalies().forEach(a -> kinds.add(a.kind()));
        }
        assertEquals(count, byWorkbook.size());
        assertTrue(errors >= count, "every injected anomaly breaks at least one identity");
        assertTrue(notes > 0, "rounding leaves visible differences, as in real disclosures");
        assertTrue(kinds.size() >= Math.min(4, count / 2), "several anomaly families drawn: " + kinds);
    }

    @Test
    void cleanSubmissionsGiveNoErrorsOrWarningsFromAnyRule(@TempDir Path dir) throws Exception {
        Generator.generate(8, 77, 0.0, dir, 1);
        Screener screener = new Screener(rules, null);
        for (SubmissionFiles s : SubmissionLocator.locate(List.of(dir))) {
            ScreeningResult r = screener.screen(s);
            assertEquals(0, r.count(Severity.ERROR), s.name() + "：" + r.findings());
            assertEquals(0, r.count(Severity.WARNING), s.name() + "：tables and narrative agree：" + r.findings());
            assertTrue(s.narrative() != null && s.narrative().toString().endsWith(".txt"), "narrative beside the workbook");
        }
    }

    @Test
    void theSameSeedGivesTheSameBytes(@TempDir Path dir) throws Exception {
        Generator.generate(3, 5, 0.5, dir.resolve("a"), 1);
        Generator.generate(3, 5, 0.5, dir.resolve("b"), 2);
        Generator.generate(3, 6, 0.5, dir.resolve("c"), 1);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir.resolve("a"))) {
            files = s.sorted().toList();
        }
        // workbook, narrative and truth for each, and a forms workbook for those whose forms are not in the main one
        assertEquals(9, files.stream().filter(f -> !f.getFileName().toString().contains("绩效")).count());
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(dir.resolve("b").resolve(f.getFileName())), f.toString());
        }
        try (Stream<Path> s = Files.list(dir.resolve("c"))) {
            assertFalse(s.map(p -> p.getFileName().toString()).toList()
                    .equals(files.stream().map(p -> p.getFileName().toString()).toList()), "another seed, other units");
        }
    }

    /** Table rules (T…, X…) are what the truth covers; narrative rules rightly notice a changed table too. */
    private static boolean isTableRule(String rule) {
        return rule.startsWith("T") || rule.startsWith("X");
    }

    private static String key(String rule, String severity, String sheet, String cell) {
        return rule + " " + severity + " " + sheet + "!" + cell;
    }
}
