package cn.jsaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What docs/rules.md promises an auditor: a new rule family is one DRL file, one line of messages.tsv and its test
 * cases, written into a copy of the shipped rules folder; no Java, no build.
 */
class NewRuleFamilyTest {

    private static final String DRL = """
            // 演示：总计超过 2000 万元的单位（规则目录的新规则族只需本文件、messages.tsv 一行和测试用例）
            package rules.demo;

            import cn.jsaudit.model.*;

            global cn.jsaudit.ruleapi.Checks check;

            rule "D-总计过大"
                @id("D-总计过大") @title("收支总计超过 2000 万元") @severity("INFO")
            when
                $t : Amount(name == "总计", value > 2000)
            then
                check.finding(kcontext, "D-总计过大").arg("cell", $t.describe()).arg("value", $t.value())
                    .cells($t).report();
            end
            """;

    private static final String MESSAGE = "D-总计过大\t{cell} 为 {value} 万元，超过 2000 万元：请核实金额单位。\n";

    @TempDir
    Path tmp;
    Path rules;

    /** The shipped rules folder with the new family; its own cases only, so that the run stays short. */
    @BeforeEach
    void shippedRulesWithANewFamily() throws IOException {
        rules = tmp.resolve("rules");
        Examples.copyTree(Examples.RULES, rules);
        try (Stream<Path> cases = Files.list(rules.resolve("tests"))) {
            for (Path c : cases.toList()) {
                Files.delete(c);
            }
        }
        Files.createDirectories(rules.resolve("demo"));
        Files.writeString(rules.resolve("demo/总计.drl"), DRL);
        Files.writeString(rules.resolve("messages.tsv"), MESSAGE, StandardOpenOption.APPEND);
        Files.writeString(rules.resolve("tests/总计.txt"), "基础: " + Examples.CLEAN.toAbsolutePath() + "\n\n"
                + "== D-总计过大 总计改为 2017 万元 ==\n修改: Sheet3!C37 = 2017\n应报: D-总计过大 提示 Sheet3!C37\n其余: 不限\n\n"
                + "== D-总计过大 原样 1007 万元不报 ==\n修改: Sheet3!C37 = 1007\n不应报: D-总计过大\n");
    }

    @Test
    void theNewFamilyIsCheckedListedAndPassesItsCases() {
        CommandRun check = CommandRun.of("rules", "check", "--rules", rules.toString());
        assertEquals(0, check.exit(), check.err());
        CommandRun list = CommandRun.of("rules", "list", "--rules", rules.toString());
        assertTrue(list.out().contains("D-总计过大"), list.out());
        CommandRun test = CommandRun.of("rules", "test", "--rules", rules.toString());
        assertEquals(0, test.exit(), test.out() + test.err());
        assertTrue(test.out().contains("共 2 个用例，通过 2"), test.out());
    }

    @Test
    void aMessageArgumentTheRuleDoesNotGiveIsNamedWithFileAndLine() throws IOException {
        Files.writeString(rules.resolve("messages.tsv"),
                Files.readString(rules.resolve("messages.tsv")).replace(MESSAGE, MESSAGE.replace("{value}", "{amount}")));
        CommandRun check = CommandRun.of("rules", "check", "--rules", rules.toString());
        assertEquals(2, check.exit(), check.out());
        assertTrue(check.err().contains("总计.drl:13:") && check.err().contains("消息“D-总计过大”的参数 {amount} 没有提供"),
                check.err());
    }
}
