package cn.jsaudit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.jsaudit.engine.RuleBook;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
