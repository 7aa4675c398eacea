package cn.jsaudit.rulepack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.jsaudit.engine.RuleCompileException;
import cn.jsaudit.engine.RuleProblem;
import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Severity;
import cn.jsaudit.pipeline.SubmissionFiles;
import cn.jsaudit.ruleapi.MessageTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Findings carry their message's code and named arguments; the wording comes from rules/messages.tsv, and a rule
 * that names a code the table lacks, or leaves out an argument its message needs, is refused with file and line.
 */
class MessageTableTest {

    private static final String NEGATIVE = """
            package rules.t;
            import cn.jsaudit.model.*;
            global cn.jsaudit.ruleapi.Checks check;
            rule "Z-01"
                @id("Z-01") @title("金额不应为负") @severity("ERROR")
            when
                $a : Amount(value.signum() < 0)
            then
                check.finding(kcontext, "Z-01").arg("cell", $a.describe())
                    .arg("value", $a.value()).cells($a).report();
            end
            """;

    @TempDir
    Path tmp;
    Path rules;

    @BeforeEach
    void rulesWithOneFormulaAndOneRule() throws IOException {
        rules = Examples.rulesWith(tmp.resolve("rules"), "templates/common.yaml", "templates/national.yaml");
        Files.writeString(rules.resolve("f.csv"), "编号,表,公式\nN-01,收支总表,第 31 行 = 第 62 行\n");
        Files.writeString(rules.resolve("z.drl"), NEGATIVE);
    }

    private List<Finding> screen() throws Exception {
        Path wb = Examples.withCells(Examples.CLEAN, tmp.resolve("w.xlsx"), "Sheet3!C37", 1007.04, "Sheet3!C33", -1007.04);
        return Examples.screener(RulePack.load(rules)).screen(new SubmissionFiles(wb, null, List.of())).findings();
    }

    private static Finding of(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void aFindingCarriesItsCodeAndNamedArgumentsAndTheTablesWording() throws Exception {
        Files.writeString(rules.resolve("messages.tsv"), "# 测试\nZ-01\t{cell} 为 {value} 万元，不应为负。\n");
        List<Finding> f = screen();
        Finding z = of(f, "Z-01");
        assertEquals("Z-01", z.code());
        assertEquals(List.of("cell", "value"), List.copyOf(z.args().keySet()));
        assertEquals("-1007.04", z.args().get("value"));
        assertEquals(z.args().get("cell") + " 为 -1007.04 万元，不应为负。", z.message());
        Finding n01 = of(f, "N-01");
        assertEquals(Severity.ERROR, n01.severity());
        assertEquals("compare.beyond", n01.code());
        assertEquals(List.of("title", "left", "leftSum", "right", "rightSum", "difference", "tolerance", "basis"),
                List.copyOf(n01.args().keySet()));
        assertEquals("0.04", n01.args().get("difference").replace("-", ""), "the row edited to 1007.04 against 1007.00");
    }

    @Test
    void theFolderRewordsABuiltInMessage() throws Exception {
        Files.writeString(rules.resolve("messages.tsv"), "Z-01\t{value}\ncompare.beyond\t{title} 不平：相差 {difference}\n");
        Finding n01 = of(screen(), "N-01");
        assertEquals("compare.beyond", n01.code());
        assertEquals(n01.title() + " 不平：相差 " + n01.args().get("difference"), n01.message());
    }

    @Test
    void anUnknownCodeAndAMissingArgumentAreRefusedWithFileAndLine() throws Exception {
        Files.writeString(rules.resolve("messages.tsv"), "Z-01\t{cell} 为 {value} 万元，比 {limit} 少。\n");
        Files.writeString(rules.resolve("y.drl"), NEGATIVE.replace("rules.t", "rules.u").replace("Z-01", "Z-02"));
        RuleCompileException e = assertThrows(RuleCompileException.class, () -> RulePack.load(rules));
        List<String> problems = e.problems().stream().map(RuleProblem::toString).toList();
        assertEquals(2, e.problems().size(), problems.toString());
        RuleProblem unknown = e.problems().stream().filter(p -> p.file().endsWith("y.drl")).findFirst().orElseThrow();
        assertEquals(9, unknown.line());
        assertEquals("消息代码“Z-02”不在消息表 messages.tsv 中", unknown.message());
        RuleProblem missing = e.problems().stream().filter(p -> p.file().endsWith("z.drl")).findFirst().orElseThrow();
        assertEquals(9, missing.line());
        assertEquals("消息“Z-01”的参数 {limit} 没有提供（规则用 .arg(\"名称\", 值) 提供了：cell、value）", missing.message());
    }

    @Test
    void aMalformedTableLineIsRefusedWithItsLine() throws Exception {
        Files.writeString(rules.resolve("messages.tsv"), "# 注释\nZ-01\t{cell} 为 {value\nZ-01 没有制表符\n");
        RuleCompileException e = assertThrows(RuleCompileException.class, () -> RulePack.load(rules));
        List<RuleProblem> table = e.problems().stream().filter(p -> p.file().endsWith("messages.tsv")).toList();
        assertEquals(List.of(2, 3), table.stream().map(RuleProblem::line).toList());
        assertEquals("消息“Z-01”的花括号不配对：参数写成 {名称}", table.get(0).message());
    }

    @Test
    void argumentsAreFilledInAsWrittenAndAMissingOneStays() {
        MessageTable table = MessageTable.parse("Z-01\t{a}，{无}：{a}{b}。\n", (line, message) -> {
            throw new AssertionError(message);
        });
        assertEquals("A$1\\，{无}：A$1\\。", table.format("Z-01", java.util.Map.of("a", "A$1\\", "b", "")));
    }
}
