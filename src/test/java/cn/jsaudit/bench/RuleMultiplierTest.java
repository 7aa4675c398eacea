package cn.jsaudit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.jsaudit.engine.RuleBook;
import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.model.Finding;
import cn.jsaudit.pipeline.Screener;
import cn.jsaudit.pipeline.SubmissionLocator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleMultiplierTest {

    @Test
    void growsACopyOfTheRulesFolderByTheWantedNumberOfRulesAndItCompiles() throws Exception {
        Path rules = Path.of("rules");
        int declared = RuleMultiplier.countRules(rules);
        int compiled = RuleBook.compile(rules).rules().size();
        Path grown = RuleMultiplier.grow(rules, 25);
        try {
            assertEquals(declared + 25, RuleMultiplier.countRules(grown));
            assertEquals(compiled + 25, RuleBook.compile(grown).rules().size());
            assertEquals(declared, RuleMultiplier.countRules(rules), "the original folder is untouched");
        } finally {
            RuleMultiplier.delete(grown);
        }
        assertFalse(Files.exists(grown));
    }

    @Test
    void theGeneratedRulesCheckWhatTheFormulasOfTheirShapeCheck() throws Exception {
        Path grown = RuleMultiplier.grow(Path.of("rules"), 4);
        try {
            Screener screener = new Screener(Examples.load(grown), null);
            List<Finding> found = screener.screen(SubmissionLocator.locate(
                    List.of(Path.of("examples/白河县医疗保障局-2023/白河县医疗保障局-2023.xlsx"))).get(0)).findings();
            // B0001 收入 每列 [类] = [款] is T02-03; B0002 [款] = [项] T02-04; B0003 每行 [1] = [2]+…+[7] T02-01;
            // B0004 收支总表[27] = 收入[合计][1] X01-02-01
            assertFalse(places(found, "T02-03").isEmpty(), "the example has a 类 that is not the sum of its 款");
            assertEquals(places(found, "T02-03"), places(found, "B0001"));
            assertEquals(places(found, "T02-04"), places(found, "B0002"));
            assertEquals(places(found, "T02-01"), places(found, "B0003"));
            assertEquals(places(found, "X01-02-01"), places(found, "B0004"));
        } finally {
            RuleMultiplier.delete(grown);
        }
    }

    private static List<String> places(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).map(f -> f.severity() + " " + f.locations()).toList();
    }
}
