package cn.jsaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.LastYear;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jsaudit check … --previous 目录}: last year's submissions found by unit name, and what happens when not. */
class CheckPreviousTest {

    static final Path YICHENG_DIR = Path.of("examples/四川格式生成示例-2024");
    static final Path YICHENG = YICHENG_DIR.resolve("宜城市水利局-2024.xlsx");

    @TempDir
    Path tmp;

    private static List<String> crossYear(String json) throws Exception {
        JsonNode root = new ObjectMapper().readTree(json);
        List<String> out = new ArrayList<>();
        for (JsonNode s : root.path("submissions")) {
            for (JsonNode f : s.path("findings")) {
                if (f.path("rule").asText().startsWith("Y-")) {
                    JsonNode locs = f.path("locations");
                    out.add(f.path("rule").asText() + " " + f.path("severity").asText() + " "
                            + locs.get(locs.size() - 1).path("cell").asText());
                }
            }
        }
        return out;
    }

    @Test
    void lastYearsThreePublicFigureDifferingFromThisYearsPriorColumnIsWarned() throws Exception {
        // last year's 三公 决算数/合计 was 3.00; this year's 上年决算数/合计 (A8) says 0.00; last year's totals agree with
        // the narrative's "较 2023 年度减少 142.60 / 142.25"
        LastYear.of(YICHENG, 2024, tmp.resolve("2023/宜城市水利局-2023.xlsx"), "表13!M8", 3.0,
                "表1!C33", 857.68, "表1!F33", 855.58, "表1!C37", 857.68, "表1!F37", 857.68, "表4!C38", 857.68, "表4!F38", 857.68,
                "表6!C7", 855.58);
        CommandRun run = CommandRun.of("check", YICHENG_DIR.toString(), "--previous", tmp.resolve("2023").toString(),
                "--format", "json", "-j", "1");
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("Y-上年决算数 WARNING A8"), crossYear(run.out()));
        assertEquals("", run.err().lines().filter(l -> l.startsWith("跨年度核对")).reduce("", String::concat));
    }

    @Test
    void twoSubmissionsOfTheUnitLastYearGiveANoteAndNoComparison() throws Exception {
        LastYear.of(YICHENG, 2024, tmp.resolve("2023/a/宜城市水利局-2023.xlsx"), "表13!M8", 3.0);
        LastYear.of(YICHENG, 2024, tmp.resolve("2023/b/宜城市水利局-2023.xlsx"), "表13!M8", 4.0);
        CommandRun run = CommandRun.of("check", YICHENG_DIR.toString(), "--previous", tmp.resolve("2023").toString(),
                "--format", "json", "-j", "1");
        assertEquals(List.of(), crossYear(run.out()));
        assertTrue(run.err().contains("跨年度核对：宜城市水利局：上年文件夹中有 2 份该单位的提交"), run.err());
        assertTrue(run.err().contains("无法确定用哪一份，未做跨年度核对"), run.err());
    }

    @Test
    void aMissingPreviousFolderIsAUsageError() {
        CommandRun run = CommandRun.of("check", YICHENG_DIR.toString(), "--previous", tmp.resolve("无此目录").toString());
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().contains("找不到上年提交的文件夹：" + tmp.resolve("无此目录")), run.err());
    }
}
