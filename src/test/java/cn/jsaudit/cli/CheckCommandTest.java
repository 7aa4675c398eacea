package cn.jsaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @TempDir
    Path tmp;

    /** The last command run in this test: its exit code and what it printed. */
    private CommandRun last;

    private int run(String... args) {
        last = CommandRun.of(args);
        return last.exit();
    }

    private String out() {
        return last.out();
    }

    private String err() {
        return last.err();
    }

    @Test
    void examplesAsJsonWithTheStableShape() throws Exception {
        assertEquals(1, run("check", "examples/", "--format", "json"), "seed 004 names another unit in its form (Y1, ERROR)");
        JsonNode root = new ObjectMapper().readTree(out());
        JsonNode subs = root.get("submissions");
        assertEquals(List.of("安陆市财政局-2022.xlsx", "三公含会议费示例-2023.xlsx", "宜城市水利局-2024.xlsx", "四川格式示例-2023.xlsx",
                        "沅江市医疗保障局-2023.xlsx", "白河县医疗保障局-2023.xlsx", "示范县农业技术推广中心-2023.xlsx", "绩效自评示例-2022.xlsx",
                        "随州市曾都区医疗保障信息中心-2023.xlsx"),
                java.util.stream.StreamSupport.stream(subs.spliterator(), false).map(n -> n.get("file").asText()).toList());
        JsonNode seed = subs.get(8);
        assertEquals("随州市曾都区医疗保障信息中心-2023.xlsx", seed.get("file").asText());
        assertEquals(2023, seed.get("year").asInt());
        JsonNode z1 = java.util.stream.StreamSupport.stream(seed.get("findings").spliterator(), false)
                .filter(f -> f.get("rule").asText().equals("T06-01")).findFirst().orElseThrow();
        assertEquals("T06-01", z1.get("rule").asText());
        assertEquals("INFO", z1.get("severity").asText());
        assertEquals("公开06表", z1.get("table").asText());
        assertEquals("C6", z1.get("locations").get(0).get("cell").asText());
        assertTrue(z1.get("actual").isNumber());
        assertEquals(0, new java.math.BigDecimal("93.42").compareTo(z1.get("actual").decimalValue()));
        assertEquals(0, new java.math.BigDecimal("93.40").compareTo(z1.get("expected").decimalValue()));
        assertTrue(z1.get("quote").isNull());
    }

    @Test
    void anErrorFindingGivesExitOneAndTheTextListsIt() throws Exception {
        Path broken = Examples.withCells(Examples.CLEAN, tmp.resolve("甲.xlsx"), "Sheet3!F33", "1,008.00");
        assertEquals(1, run("check", broken.toString()));
        assertTrue(out().contains("[错误] T01-03"), out());
        assertTrue(out().contains("Sheet3!F33"), out());
    }

    @Test
    void aBrokenRuleFileStopsTheRunWithItsLocationAndExitTwo() throws Exception {
        Path rules = tmp.resolve("rules");
        Examples.copyTree(Examples.RULES, rules);
        Files.writeString(rules.resolve("坏规则.drl"), """
                package x;
                import cn.jsaudit.model.*;
                rule "r"
                when
                    Amount(table == "01"
                then
                end
                """);
        assertEquals(2, run("check", "examples/", "--rules", rules.toString()));
        assertTrue(err().contains(rules.resolve("坏规则.drl") + ":6:"), err());
        assertTrue(err().contains("语法错误"), err());
        assertFalse(err().contains("Exception"), err());
        assertEquals("", out());
    }

    @Test
    void unreadableInputIsNamedAndTheOthersAreStillScreened() throws Exception {
        Path dir = tmp.resolve("批次");
        Files.createDirectories(dir);
        Files.copy(Examples.CLEAN, dir.resolve("好.xlsx"));
        Files.writeString(dir.resolve("坏.xlsx"), "not a workbook");
        assertEquals(2, run("check", dir.toString(), "--format", "json"));
        assertTrue(err().contains("坏.xlsx"), err());
        JsonNode subs = new ObjectMapper().readTree(out()).get("submissions");
        assertEquals(2, subs.size());
        assertEquals("INPUT", subs.get(0).get("findings").get(0).get("rule").asText());
        assertEquals(0, subs.get(1).get("findings").size());
    }

    @Test
    void anExistingOutputFileIsNotOverwritten() throws Exception {
        Path target = tmp.resolve("结果.json");
        Files.writeString(target, "用户的文件");
        assertEquals(2, run("check", "examples/", "--format", "json", "--out", target.toString()));
        assertEquals("用户的文件", Files.readString(target));
        assertEquals(1, run("check", "examples/", "--format", "json", "--out", target.toString(), "--force"));
        assertTrue(Files.readString(target).contains("submissions"));
        Path empty = Files.createFile(tmp.resolve("空.json"));
        assertEquals(1, run("check", "examples/", "--format", "json", "--out", empty.toString()), "an empty file holds nothing to lose");
        assertTrue(Files.readString(empty).contains("submissions"));
    }

    @Test
    void helpAndUsageErrorsAreInChinese() {
        assertEquals(0, run("check", "--help"));
        assertTrue(out().startsWith("用法： jsaudit check"), out());
        assertTrue(out().contains("显示本帮助并退出"), out());
        assertEquals(2, run("check", "--没有这个选项", "examples/"));
        assertTrue(err().startsWith("参数错误：未知的选项：'--没有这个选项'"), err());
    }

    @Test
    void aMissingPathIsAUsageError() {
        assertEquals(2, run("check", tmp.resolve("没有").toString()));
        assertTrue(err().contains("找不到"), err());
    }
}
