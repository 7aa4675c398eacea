package cn.jsaudit.rulepack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.engine.RuleBook;
import cn.jsaudit.engine.RuleCompileException;
import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Severity;
import cn.jsaudit.pipeline.SubmissionFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rules folder read a second time without a change comes from the cache (formulas not translated again); an
 * auditor's edit of a formula table, a DRL file or a template takes effect on the very next load.
 */
class UnchangedRulesTest {

    private static final String HEADER = "编号,表,公式,严重程度,容差,说明,模板\n";
    private static final String ROW = "N-01,收支总表,收支总表 第 31 行 = 第 62 行,错误,,收入总计等于支出总计,\n";
    private static final String DRL = """
            package test;
            import cn.jsaudit.model.*;
            global cn.jsaudit.ruleapi.Checks check;
            rule "D1"
                @id("D-01") @title("测试：有收支总表") @severity("INFO")
            when
                Amount(rowNo == 31)
            then
            end
            """;

    @TempDir
    Path tmp;
    Path rules;
    Path cache;
    String before;

    @BeforeEach
    void folderAndOwnCache() throws IOException {
        rules = Examples.rulesWith(tmp.resolve("rules"), "templates/common.yaml", "templates/national.yaml",
                "templates/national-hy.yaml", "templates/sichuan.yaml");
        Files.writeString(rules.resolve("公式.csv"), HEADER + ROW, StandardCharsets.UTF_8);
        Files.writeString(rules.resolve("d.drl"), DRL, StandardCharsets.UTF_8);
        cache = tmp.resolve("cache");
        before = System.getProperty("jsaudit.cache");
        System.setProperty("jsaudit.cache", cache.toString());
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty("jsaudit.cache");
        } else {
            System.setProperty("jsaudit.cache", before);
        }
    }

    @Test
    void anUnchangedFolderIsReadFromTheCacheAndFindsTheSame() throws Exception {
        RulePack first = RulePack.load(rules);
        Path stored = single(".read");
        long written = Files.getLastModifiedTime(stored).toMillis();
        Files.setLastModifiedTime(stored, java.nio.file.attribute.FileTime.fromMillis(written - 60_000));
        RulePack second = RulePack.load(rules);
        assertEquals(stored, single(".read"), "the same key");
        assertTrue(Files.getLastModifiedTime(stored).toMillis() > written - 60_000, "read (marked as used)");
        assertEquals(first.entries(), second.entries());
        Path broken = Examples.withCells(Examples.CLEAN, tmp.resolve("b.xlsx"), "Sheet3!C37", 1017.0);
        assertEquals(rulesOf(findings(first, broken)), rulesOf(findings(second, broken)));
        assertEquals(List.of("N-01"), rulesOf(findings(second, broken)));
    }

    @Test
    void anEditedFormulaTableTakesEffectOnTheNextLoad() throws Exception {
        RulePack.load(rules);
        RulePack.load(rules);
        Files.writeString(rules.resolve("公式.csv"), HEADER + ROW.replace("错误", "警告").replace("收入总计等于支出总计", "改过的说明"),
                StandardCharsets.UTF_8);
        RulePack edited = RulePack.load(rules);
        assertEquals(Severity.WARNING, edited.entries("N-01").get(0).severity());
        assertEquals("改过的说明", edited.entries("N-01").get(0).title());
        Path broken = Examples.withCells(Examples.CLEAN, tmp.resolve("b.xlsx"), "Sheet3!C37", 1017.0);
        Finding n01 = findings(edited, broken).stream().filter(f -> f.rule().equals("N-01")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, n01.severity());
    }

    @Test
    void anEditedDrlFileTakesEffectAndABrokenEditIsReportedNotServedFromTheCache() throws Exception {
        RulePack.load(rules);
        Files.writeString(rules.resolve("d.drl"), DRL.replace("测试：有收支总表", "改过的标题"), StandardCharsets.UTF_8);
        assertEquals("改过的标题", RulePack.load(rules).entries("D-01").get(0).title());
        Files.writeString(rules.resolve("d.drl"), DRL.replace("then", "thn"), StandardCharsets.UTF_8);
        RuleCompileException e = assertThrows(RuleCompileException.class, () -> RulePack.load(rules));
        assertTrue(e.problems().stream().anyMatch(p -> p.file().endsWith("d.drl")), e::getMessage);
    }

    @Test
    void anEditedTemplateTakesEffect() throws Exception {
        RulePack.load(rules);
        Path national = rules.resolve("templates/national.yaml");
        String text = Files.readString(national, StandardCharsets.UTF_8);
        Files.writeString(national, text + "\n# 审核人员的注释\n", StandardCharsets.UTF_8);
        RulePack.load(rules);
        try (Stream<Path> files = Files.list(cache)) {
            assertEquals(2, files.filter(f -> f.toString().endsWith(".read")).count(), "another folder, another entry");
        }
    }

    @Test
    void storedRulesReadBackAsWrittenAndAnythingElseIsNothing() {
        TranslatedRules rules = new TranslatedRules(List.of(new RuleBook.RuleSource("公式.csv（由公式生成的规则）", "rule \"x\" ".repeat(9000))),
                List.of(new RuleEntry("N-01", "标题", Severity.INFO, "公式.csv:2", List.of("收支总表"), List.of(), "drl")));
        assertEquals(Optional.of(rules), TranslatedRules.of(rules.bytes()));
        byte[] cut = java.util.Arrays.copyOf(rules.bytes(), 40);
        assertEquals(Optional.empty(), TranslatedRules.of(cut));
        assertEquals(Optional.empty(), TranslatedRules.of(new byte[] {1, 2, 3}));
    }

    private static List<Finding> findings(RulePack pack, Path workbook) {
        return Examples.screener(pack).screen(new SubmissionFiles(workbook, null, List.of())).findings();
    }

    private static List<String> rulesOf(List<Finding> findings) {
        return findings.stream().map(Finding::rule).sorted().toList();
    }

    private Path single(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            List<Path> all = files.filter(f -> f.toString().endsWith(suffix)).toList();
            assertEquals(1, all.size(), all::toString);
            return all.get(0);
        }
    }
}
