package cn.jsaudit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The real 003 submission (白河县医疗保障局 2023, examples/白河县医疗保障局-2023): every one of its 44 published
 * anomalies (cases.json) is reported by the rule the case table names, with the case's severity, and no ERROR or
 * WARNING comes from a rule that reports none of its cases (the table also names the rules that see another side
 * of a case).
 */
class RealCasesTest {

    private static final Path SUBMISSION = Path.of("examples/白河县医疗保障局-2023");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    void everyPublishedAnomalyIsFoundByItsRuleAndNoOtherRuleIsLoud() throws IOException {
        List<String[]> cases = caseRules();
        assertEquals(caseIds(), cases.stream().map(c -> c[0]).toList(), "the case table covers cases.json");

        SubmissionFiles s = SubmissionLocator.locate(List.of(SUBMISSION)).get(0);
        List<Finding> findings = Examples.screener().screen(s).findings();
        List<String> missed = new ArrayList<>();
        Set<String> caseRules = new HashSet<>();
        for (String[] c : cases) {
            List<String> rules = Arrays.asList(c[2].split("\\|"));
            caseRules.addAll(rules);
            if (c.length > 3) {
                caseRules.addAll(Arrays.asList(c[3].split("\\|")));
            }
            Severity severity = Severity.valueOf(c[1]);
            if (findings.stream().noneMatch(f -> rules.contains(f.rule()) && f.severity() == severity)) {
                missed.add(c[0] + " " + c[1] + " " + c[2]);
            }
        }
        assertEquals(List.of(), missed, "cases not reported");

        Set<String> otherLoud = new TreeSet<>();
        for (Finding f : findings) {
            if (f.severity() != Severity.INFO && !caseRules.contains(f.rule())) {
                otherLoud.add(f.rule() + " " + f.severity() + " " + f.message());
            }
        }
        assertTrue(otherLoud.isEmpty(), "ERROR/WARNING from rules that report no case: " + otherLoud);
    }

    private static List<String[]> caseRules() throws IOException {
        return Files.readAllLines(GOLDEN.resolve("白河县医疗保障局-2023.cases.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .toList();
    }

    private static List<String> caseIds() throws IOException {
        JsonNode cases = new ObjectMapper().readTree(GOLDEN.resolve("白河县医疗保障局-2023.cases.json").toFile());
        List<String> ids = new ArrayList<>();
        cases.forEach(c -> ids.add(c.get("id").asText()));
        return ids;
    }
}
