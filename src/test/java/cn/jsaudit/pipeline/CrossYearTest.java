package cn.jsaudit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.fixtures.LastYear;
import cn.jsaudit.model.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cross-year rules (rules/history/) on the 2024 Sichuan example held against a 2023 submission made from it. */
class CrossYearTest {

    static final Path YICHENG = Path.of("examples/四川格式生成示例-2024/宜城市水利局-2024.xlsx");

    @TempDir
    Path tmp;

    private List<String> crossYear(PriorYears previous) {
        return crossYear(YICHENG, previous);
    }

    private static List<String> crossYear(Path workbook, PriorYears previous) {
        SubmissionFiles files = SubmissionLocator.locate(List.of(workbook)).get(0);
        return new Screener(Examples.folder(), null, cn.jsaudit.pipeline.Diagnostics.NONE, previous).screen(files).findings().stream()
                .filter(f -> f.rule().startsWith("Y-")).map(CrossYearTest::describe).toList();
    }

    static String describe(Finding f) {
        return f.rule() + " " + f.severity() + " " + f.locations().get(f.locations().size() - 1).cell() + " "
                + f.expected().toPlainString() + "→" + f.actual().toPlainString();
    }

    @Test
    void lastYearsFiguresAgreeingWithThisYearsStatementsGiveNothing() throws Exception {
        // the narrative says each total fell by 142.60 / 142.25 from 2023: last year's tables say so too
        Path prev = LastYear.of(YICHENG, 2024, tmp.resolve("2023/宜城市水利局-2023.xlsx"),
                "表1!C33", 857.68, "表1!F33", 855.58, "表1!C37", 857.68, "表1!F37", 857.68, "表4!C38", 857.68, "表4!F38", 857.68,
                "表6!C7", 855.58);
        assertEquals(List.of(), crossYear(PreviousFolder.read(Examples.folder(), prev.getParent(), 1)));
    }

    @Test
    void aThreePublicFigureAndAChangeThatLastYearDoesNotBearOutAreWarned() throws Exception {
        Path prev = LastYear.of(YICHENG, 2024, tmp.resolve("2023/宜城市水利局-2023.xlsx"), "表13!M8", 3.0);
        PreviousFolder folder = PreviousFolder.read(Examples.folder(), prev.getParent(), 1);
        // last year's 三公 决算 3.00 against this year's 上年决算数 0.00; the narrative's "较 2023 年度减少 142.60" from
        // 715.08 implies 857.68 where last year's (unchanged) copy has 715.08: one warning per total the sentence names
        assertEquals(List.of("Y-情况说明增减额 WARNING C37 715.08→857.68", "Y-情况说明增减额 WARNING F37 715.08→857.68",
                "Y-情况说明增减额 WARNING C33 715.08→857.68", "Y-情况说明增减额 WARNING F33 713.33→855.58",
                "Y-情况说明增减额 WARNING C38 715.08→857.68", "Y-情况说明增减额 WARNING F38 715.08→857.68",
                "Y-情况说明增减额 WARNING C7 713.33→855.58", "Y-上年决算数 WARNING A8 3.00→0.00"), crossYear(folder));
        assertEquals(List.of(), folder.notices());
    }

    @Test
    void aFigureTheNarrativeStatesForLastYearIsHeldAgainstLastYearsTables() throws Exception {
        Path workbook = Files.copy(YICHENG, Files.createDirectories(tmp.resolve("2024")).resolve(YICHENG.getFileName()));
        Path text = YICHENG.resolveSibling("宜城市水利局-2024.txt");
        Files.writeString(workbook.resolveSibling(text.getFileName()), Files.readString(text)
                .replace("2024 年度收入合计 715.08 万元，", "2024 年度收入合计 715.08 万元，2023 年度收入合计 800.00 万元，"));
        Path prev = LastYear.of(YICHENG, 2024, tmp.resolve("2023/宜城市水利局-2023.xlsx"), "表1!C33", 857.68);
        List<String> stated = crossYear(workbook, PreviousFolder.read(Examples.folder(), prev.getParent(), 1)).stream()
                .filter(f -> f.startsWith("Y-情况说明上年数")).toList();
        assertEquals(1, stated.size(), stated.toString());
        assertTrue(stated.get(0).endsWith(" 857.68→800.00"), stated.toString());
    }

    @Test
    void withoutLastYearNothingIsComparedAndANoticeSaysWhy() throws Exception {
        Path other = LastYear.of(Path.of("examples/沅江市医疗保障局-2023/沅江市医疗保障局-2023.xlsx"), 2023,
                tmp.resolve("other/沅江市医疗保障局-2022.xlsx"));
        PreviousFolder folder = PreviousFolder.read(Examples.folder(), other.getParent(), 1);
        assertEquals(List.of(), crossYear(folder));
        assertEquals(List.of("宜城市水利局：上年文件夹中没有同名单位的提交，未做跨年度核对"), folder.notices());
        assertEquals(List.of(), crossYear(PriorYears.NONE));
    }
}
