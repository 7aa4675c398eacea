package cn.jsaudit.pipeline;

import cn.jsaudit.model.ScreeningResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.generate.Generator;
import cn.jsaudit.generate.Layout;
import cn.jsaudit.generate.Truth;
import cn.jsaudit.ingest.Template;
import cn.jsaudit.ingest.TemplateTable;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Severity;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same submission, many layouts, same findings. The generator writes each submission in every table layout
 * (national, 表N typed, county, Sichuan 13 tables, Shanghai by title, .xls); the reader, guided by the templates,
 * must give the same findings — rule, severity, table role and values — in every one, nothing on a clean
 * submission, and every anomaly injected. Findings about tables only Sichuan has are left out of the comparison.
 */
class LayoutMetamorphicTest {

    private static final int COUNT = 12;
    @TempDir
    static Path dir;
    /** layout → submission index → findings (description strings), and the truths. */
    private static final Map<Layout, Map<Integer, List<String>>> findings = new HashMap<>();
    private static final Map<Layout, Map<Integer, List<Finding>>> raw = new HashMap<>();
    private static final Map<Layout, Map<Integer, Truth>> truths = new HashMap<>();
    private static Set<String> nationalRoles;

    @BeforeAll
    static void screenEveryLayout() throws Exception {
        List<Layout> layouts = Arrays.asList(Layout.values());
        List<Truth> all = Generator.generate(COUNT, 2024, 0.5, dir, 2, layouts);
        Screener screener = Examples.screener();
        Template national = Examples.templates().byId("national").orElseThrow();
        nationalRoles = national.tables().stream().map(TemplateTable::role).collect(Collectors.toSet());
        for (int i = 0; i < all.size(); i++) {
            Truth t = all.get(i);
            Layout layout = Layout.named(t.layout()).orElseThrow();
            int index = i / layouts.size();
            Path folder = dir.resolve(layout.id());
            ScreeningResult r = screener.screen(new SubmissionFiles(folder.resolve(t.workbook()),
                    folder.resolve(t.narrative()), List.of()));
            Map<String, String> roles = rolesOf(r.template());
            List<Finding> shared = r.findings().stream()
                    .filter(f -> f.table() == null || nationalRoles.contains(roles.getOrDefault(f.table(), ""))).toList();
            raw.computeIfAbsent(layout, k -> new TreeMap<>()).put(index, shared);
            findings.computeIfAbsent(layout, k -> new TreeMap<>()).put(index,
                    shared.stream().map(f -> describe(f, roles)).sorted().toList());
            truths.computeIfAbsent(layout, k -> new TreeMap<>()).put(index, t);
        }
    }

    private static Map<String, String> rolesOf(String templateId) {
        Map<String, String> out = new HashMap<>();
        Examples.templates().byId(templateId).ifPresent(t -> t.tables().forEach(tt -> out.put(tt.name(), tt.role())));
        return out;
    }

    /** What must not depend on the layout: rule, severity, the role of the table, the values compared. */
    private static String describe(Finding f, Map<String, String> roles) {
        return f.rule() + " " + f.severity() + " " + (f.table() == null ? "-" : roles.getOrDefault(f.table(), f.table()))
                + " " + plain(f.expected()) + " " + plain(f.actual()) + " " + plain(f.tolerance());
    }

    private static String plain(BigDecimal v) {
        return v == null ? "-" : v.stripTrailingZeros().toPlainString();
    }

    @Test
    void everyLayoutGivesTheFindingsOfTheNationalLayout() {
        Map<Integer, List<String>> national = findings.get(Layout.NATIONAL);
        for (Layout layout : Layout.values()) {
            for (int i = 0; i < COUNT; i++) {
                assertEquals(national.get(i), findings.get(layout).get(i),
                        layout.id() + " layout of submission " + (i + 1) + " (" + truths.get(layout).get(i).workbook() + ")");
            }
        }
    }

    @Test
    void aCleanSubmissionGivesNoErrorOrWarningInAnyLayout() {
        int clean = 0;
        for (Layout layout : Layout.values()) {
            for (int i = 0; i < COUNT; i++) {
                if (truths.get(layout).get(i).anomalies().isEmpty()) {
                    clean++;
                    List<Finding> loud = raw.get(layout).get(i).stream().filter(f -> f.severity() != Severity.INFO).toList();
                    assertEquals(List.of(), loud, layout.id() + " " + truths.get(layout).get(i).workbook());
                }
            }
        }
        assertTrue(clean >= Layout.values().length * 3, "the seed gives clean submissions to check: " + clean);
    }

    @Test
    void everyInjectedAnomalyIsFoundInEveryLayout() {
        int expected = 0;
        for (Layout layout : Layout.values()) {
            for (int i = 0; i < COUNT; i++) {
                Truth t = truths.get(layout).get(i);
                List<String> got = new ArrayList<>(raw.get(layout).get(i).stream()
                        .map(f -> f.rule() + " " + f.severity()).toList());
                for (Truth.ExpectedFinding e : t.expected()) {
                    if (e.severity().equals("INFO")) {
                        continue;
                    }
                    expected++;
                    String want = e.rule() + " " + e.severity();
                    assertTrue(got.remove(want), layout.id() + " " + t.workbook() + ": " + want + " at " + e.sheet() + "!"
                            + e.cell() + " not found in " + got);
                }
            }
        }
        assertTrue(expected >= 10, "the seed injects anomalies to find: " + expected);
        assertTrue(Objects.nonNull(truths.get(Layout.SHANGHAI)));
    }
}
