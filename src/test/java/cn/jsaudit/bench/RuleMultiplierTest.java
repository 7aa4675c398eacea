package cn.jsaudit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jsaudit.engine.RuleBook;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RuleMultiplierTest {

    @Test
    void growsACopyOfTheRulesFolderToTheWantedCountAndItCompiles() throws Exception {
        Path rules = Path.of("rules");
        int base = RuleMultiplier.countRules(rules);
        Path grown = RuleMultiplier.grow(rules, 60 - base);
        try {
            assertEquals(60, RuleMultiplier.countRules(grown));
            assertEquals(60, RuleBook.compile(grown).rules().size());
            assertEquals(base, RuleMultiplier.countRules(rules), "the original folder is untouched");
        } finally {
            RuleMultiplier.delete(grown);
        }
        assertEquals(false, Files.exists(grown));
    }
}
