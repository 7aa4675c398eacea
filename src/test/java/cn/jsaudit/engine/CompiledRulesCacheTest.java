package cn.jsaudit.engine;

import static cn.jsaudit.engine.SumRule.amount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.model.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompiledRulesCacheTest {

    private static final List<Object> FACTS = List.of(amount("合计", "10.00", "B1"), amount("甲", "4.00", "B2"),
            amount("乙", "5.00", "B3"));

    @Test
    void aSecondCompileOfTheSameRulesLoadsThemFromTheCacheAndTheyFindTheSame(@TempDir Path dir) throws Exception {
        String before = System.getProperty("jsaudit.cache");
        System.setProperty("jsaudit.cache", dir.toString());
        try {
            List<RuleBook.RuleSource> sources = List.of(new RuleBook.RuleSource("t.drl", SumRule.DRL));
            RuleBook compiled = RuleBook.compile(sources);
            Path stored = single(dir);
            Object storedFile = Files.readAttributes(stored, BasicFileAttributes.class).fileKey(); // a rewrite moves a new file in
            RuleBook loaded = RuleBook.compile(sources);
            assertEquals(storedFile, Files.readAttributes(single(dir), BasicFileAttributes.class).fileKey(), "read, not rewritten");
            List<Finding> a = compiled.evaluate(FACTS);
            List<Finding> b = loaded.evaluate(FACTS);
            assertEquals(1, a.size());
            assertEquals(a, b);
            assertEquals(compiled.rules(), loaded.rules());

            Files.write(stored, new byte[] {1, 2, 3});
            assertEquals(a, RuleBook.compile(sources).evaluate(FACTS), "a damaged cache file means compiling again");

            RuleBook.compile(List.of(new RuleBook.RuleSource("t.drl", SumRule.DRL.replace("T99-01", "T99-02"))));
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(2, files.count(), "other rules, another key");
            }
        } finally {
            if (before == null) {
                System.clearProperty("jsaudit.cache");
            } else {
                System.setProperty("jsaudit.cache", before);
            }
        }
    }

    @Test
    void theKeyDependsOnTheRulesTextAndNames() {
        String k = CompiledRulesCache.key(List.of(new RuleBook.RuleSource("a.drl", SumRule.DRL)));
        assertEquals(k, CompiledRulesCache.key(List.of(new RuleBook.RuleSource("a.drl", SumRule.DRL))));
        assertNotEquals(k, CompiledRulesCache.key(List.of(new RuleBook.RuleSource("b.drl", SumRule.DRL))));
        assertNotEquals(k, CompiledRulesCache.key(List.of(new RuleBook.RuleSource("a.drl", SumRule.DRL + " "))));
        assertTrue(k.matches("[0-9a-f]{64}"));
    }

    private static Path single(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    @Test
    void anEntryReadOnEveryRunOutlivesNewerEntriesWrittenSince(@TempDir Path dir) throws Exception {
        CompiledRulesCache cache = new CompiledRulesCache(dir);
        cache.store("daily", List.of());
        Files.setLastModifiedTime(dir.resolve("daily.bin"), FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        for (int i = 0; i < 63; i++) {
            cache.store("other" + i, List.of());
        }
        assertTrue(cache.load("daily").isPresent());
        for (int i = 63; i < 70; i++) {
            cache.store("other" + i, List.of());
        }
        assertTrue(cache.has("daily"), "used an hour after it was written, later than the others were written");
        assertFalse(cache.has("other0"));
    }

    @Test
    void onlyTheNewestEntriesAreKept(@TempDir Path dir) throws Exception {
        CompiledRulesCache cache = new CompiledRulesCache(dir);
        for (int i = 0; i < 70; i++) {
            cache.store("key" + i, List.of());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(64, files.filter(f -> f.toString().endsWith(".bin")).count());
        }
    }
}
