package cn.jsaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jsaudit rules check | list | show | test, as an auditor runs them. */
class RulesCommandTest {

    @TempDir
    Path tmp;
    Path rules;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    /** Templates and one formula table with one check, N-01: 收支总表 第 31 行 = 第 62 行. */
    @BeforeEach
    void smallRulesFolder() throws IOException {
        // the templates and the data files the narrative and performance checks need, without their rules
        rules = Examples.rulesWith(tmp.resolve("rules"), "templates/common.yaml", "templates/national.yaml",
                "vocabulary/subjects.tsv", "vocabulary/subject-tables.tsv", "narrative/lexicon.tsv",
                "performance/forms.yaml", "performance/thresholds.yaml");
        Files.createDirectories(rules.resolve("tests"));
        Files.writeString(rules.resolve("公式.csv"), "编号,表,公式,严重程度,容差,说明,模板\n"
                + "N-01,收支总表,收支总表 第 31 行 = 第 62 行,错误,,收入总计等于支出总计,\n");
        Files.writeString(rules.resolve("tests/n01.txt"), "基础: " + Examples.CLEAN.toAbsolutePath() + "\n"
                + "== 收入总计改大 ==\n修改: Sheet3!C37 = 1017\n应报: N-01 错误 Sheet3!C37\n");
    }

    @Test
    void theShippedRulesPassCheck() {
        CommandRun r = run("rules", "check", "--rules", Examples.RULES.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("规则检查通过："), r.out());
    }

    @Test
    void aBrokenFormulaAndABrokenDrlAreEachLocatedAndExitIs2() throws IOException {
        Files.writeString(rules.resolve("公式.csv"), "编号,表,公式\nN-01,收支总表,[31] = [62\nN-02,收支总表,[31] = [99]\n");
        Files.writeString(rules.resolve("坏.drl"), "package x;\nrule \"R\"\nwhen\n    Foo(\nthen\nend\n");
        CommandRun r = run("rules", "check", "--rules", rules.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("公式.csv:2:3：单元格 C2（公式“[31] = [62”，第 8 个字符）：方括号不配对"), r.err());
        assertTrue(r.err().contains("公式.csv:3:3：单元格 C3（公式“[31] = [99]”，第 8 个字符）："), r.err());
        assertTrue(r.err().contains("公开01表没有第 99 行"), r.err());
        assertTrue(r.err().contains("坏.drl:"), r.err());
    }

    @Test
    void listShowsIdSeveritySourceAndTables() {
        CommandRun r = run("rules", "list", "--rules", rules.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("N-01\t错误\t收入总计等于支出总计\t" + rules.resolve("公式.csv") + ":2\t收支总表\tnational"), r.out());
    }

    @Test
    void showPrintsTheDrlAFormulaRowBecame() {
        CommandRun r = run("rules", "show", "N-01", "--rules", rules.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("$amounts : AmountTables(template == \"national\")"), r.out());
        assertTrue(r.out().contains("check.once(kcontext, $amounts, List.of(Cells.of(\"收支总表\").row(31)), \"=\", "
                + "List.of(Cells.of(\"收支总表\").row(62)));"), r.out());
        assertEquals(2, run("rules", "show", "N-99", "--rules", rules.toString()).exit());
    }

    @Test
    void testRunsTheCasesAndShowsADiffOnFailure() throws IOException {
        CommandRun ok = run("rules", "test", "--rules", rules.toString());
        assertEquals(0, ok.exit(), ok.out() + ok.err());
        assertTrue(ok.out().contains("共 1 个用例，通过 1，失败 0"), ok.out());
        Files.writeString(rules.resolve("tests/n01.txt"), "基础: " + Examples.CLEAN.toAbsolutePath() + "\n"
                + "== 什么也没改 ==\n应报: N-01 错误 Sheet3!C37\n");
        CommandRun failed = run("rules", "test", "--rules", rules.toString());
        assertEquals(1, failed.exit());
        assertTrue(failed.out().contains("失败  ") && failed.out().contains("缺少  N-01 错误 Sheet3!C37（第 3 行）"), failed.out());
    }

    @Test
    void aCaseNamingAnUnknownRuleIsAProblem() throws IOException {
        Files.writeString(rules.resolve("tests/n01.txt"), "基础: " + Examples.CLEAN.toAbsolutePath() + "\n"
                + "== 拼错了编号 ==\n应报: N-1\n");
        CommandRun r = run("rules", "check", "--rules", rules.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("n01.txt:3：没有编号为 N-1 的规则"), r.err());
    }

    /** One loader for the whole folder: a DRL, a lexicon and a YAML problem are listed together, each with its file. */
    @Test
    void problemsOfEveryKindOfFileAreListedTogetherByRulesCheckAndCheck() throws IOException {
        Files.writeString(rules.resolve("坏.drl"), "package x;\nglobal cn.jsaudit.ruleapi.Checks check;\nrule \"R\"\nwhen\nthen\n"
                + "    check.finding(kcontext, \"无此代码\").report();\nend\n");
        Files.writeString(rules.resolve("narrative/lexicon.tsv"), "heading-1-pattern\t([\n");
        Files.writeString(rules.resolve("performance/thresholds.yaml"), "scoreTotal: [\n");
        for (String[] command : new String[][] {{"rules", "check", "--rules", rules.toString()},
                {"check", "--rules", rules.toString(), Examples.CLEAN.toString()}}) {
            CommandRun r = run(command);
            assertEquals(2, r.exit(), r.out() + r.err());
            assertTrue(r.err().contains("坏.drl:6:5：消息代码“无此代码”不在消息表 messages.tsv 中"), r.err());
            assertTrue(r.err().contains("lexicon.tsv:1：正则表达式无效"), r.err());
            assertTrue(r.err().contains("thresholds.yaml:1:13：设置“scoreTotal”的写法有误，无法读取"), r.err());
        }
    }
}
