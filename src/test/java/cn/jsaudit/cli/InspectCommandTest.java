package cn.jsaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jsaudit inspect shows what was read: the template and its fit, the header, the column pairing, the cells. */
class InspectCommandTest {

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void theSeedWorkbookReadNationally() {
        CommandRun r = run("inspect", Examples.SEED_000.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("模板：national（全国通用（公开01–09表））：识别 9 张表（按表号 9 张），必需表 9/9"), r.out());
        assertTrue(r.out().contains("格式已识别。"), r.out());
        assertTrue(r.out().contains("━━ 公开05表 一般公共预算财政拨款支出决算表（角色：一般公共预算支出）"), r.out());
        assertTrue(r.out().contains("    D栏“本年支出/基本支出” → [2] 本年支出/基本支出（栏名相同）"), r.out());
    }

    @Test
    void oneTableWithAllItsCells() {
        CommandRun r = run("inspect", Examples.SEED_000.toString(), "--table", "基本支出明细");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("公用经费 公用经费合计：[3]I34=2.85"), r.out());
        assertTrue(!r.out().contains("━━ 公开05表"), "only the table asked for");
    }

    /** inspect reads within the limits of the rules folder it is given, as check does. */
    @Test
    void theLimitsOfTheRulesFolderApply(@TempDir Path dir) throws Exception {
        Path rules = Examples.rulesWith(dir.resolve("rules"), "templates/common.yaml", "templates/national.yaml");
        Files.writeString(rules.resolve("settings.yaml"), "limits:\n  maxRows: 10\n");
        CommandRun r = run("inspect", Examples.SEED_000.toString(), "--rules", rules.toString());
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().contains("maxRows"), r.err());
    }

    @Test
    void theSichuanColumnGroupsAndAnUnknownTemplate() {
        CommandRun r = run("inspect", "examples/四川格式生成示例-2024/宜城市水利局-2024.xlsx", "--table", "财政拨款支出明细");
        assertTrue(r.out().contains("D栏“一般公共预算财政拨款/小计” → [2] 一般公共预算财政拨款/小计（栏名相同）"), r.out());
        CommandRun bad = run("inspect", Examples.SEED_000.toString(), "--template", "beijing");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().startsWith("没有编号为 beijing 的模板（可用：national-06list、national-hy、national、shanghai、sichuan、national-06list+national-hy）"), bad.err());
    }
}
