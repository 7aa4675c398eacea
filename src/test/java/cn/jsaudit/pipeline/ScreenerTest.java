package cn.jsaudit.pipeline;

import cn.jsaudit.model.ScreeningResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenerTest {

    @TempDir
    Path tmp;

    private static ScreeningResult screen(Path workbook) {
        return Examples.screener().screen(new SubmissionFiles(workbook, null, List.of()));
    }

    /** "rule severity sheet!cell" of each finding, in report order. */
    private static List<String> summary(ScreeningResult r) {
        return r.findings().stream().map(ScreenerTest::summary).toList();
    }

    private static String summary(Finding f) {
        Location l = f.primaryLocation();
        return f.rule() + " " + f.severity() + " " + (l == null ? "-" : l.sheet() + "!" + l.cell());
    }

    @Test
    void seed000YieldsItsKnownAnomalies() {
        ScreeningResult r = screen(Examples.SEED_000);
        assertEquals(List.of(
                "P-总分-合计 ERROR 城乡居民项目自评表!F20",  // Z10: 总分 100 printed, scores add to 60
                "P-单位-名称 WARNING 城乡居民项目自评表!A2", // Z12: 单位名称 is the parent bureau
                "X05-06-01 INFO 一般公共预算支出表!D7",   // Z2: 05 基本支出 96.26 vs 06 93.42 + 2.85
                "T06-01 INFO 基本支出明细表!C6"),          // Z1: 301 = 93.42 vs Σ 93.40
                summary(r));
        assertEquals("随州市曾都区医疗保障信息中心", r.unit());
        assertEquals(2023, r.year());
    }

    @Test
    void cleanExampleYieldsNothing() {
        assertEquals(List.of(), summary(screen(Examples.CLEAN)));
    }

    @Test
    void theSichuanExampleIsReadWithItsTemplateAndIsClean() {
        ScreeningResult r = screen(Examples.SICHUAN);
        assertEquals("sichuan", r.template());
        assertEquals("四川省示例市医疗保障信息中心", r.unit());
        assertEquals(2023, r.year());
        assertEquals(List.of(), summary(r));
    }

    @Test
    void theMeetingsVariantIsDetectedAndKeepsTheSeedsTwoNotes() {
        ScreeningResult r = screen(Examples.MEETINGS);
        assertEquals("national-hy", r.template());
        assertEquals(List.of("X05-06-01 INFO 一般公共预算支出表!D7", "T06-01 INFO 基本支出明细表!C6"), summary(r));
    }

    @Test
    void aForcedTemplateIsUsedWhateverTheWorkbookLooksLike() {
        ScreeningResult r = new Screener(Examples.folder(), "sichuan")
                .screen(new SubmissionFiles(Examples.SEED_000, null, List.of()));
        assertEquals("sichuan", r.template());
        // 公开05–09表 have other titles and codes in the Sichuan template: they are missing there
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("TM-01")), summary(r)::toString);
    }

    @Test
    void theOldXlsFormatIsReadTheSameWay() throws Exception {
        Path xls = tmp.resolve("旧格式.xls");
        try (var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(); OutputStream o = Files.newOutputStream(xls)) {
            cn.jsaudit.fixtures.CleanExample.fill(wb);
            wb.write(o);
        }
        ScreeningResult r = screen(xls);
        assertEquals(List.of(), summary(r));
        assertEquals("示范县农业技术推广中心", r.unit());
        Path broken = Examples.withCells(xls, tmp.resolve("坏.xls"), "Sheet3!F33", "1,008.00");
        assertEquals(List.of("T01-03 ERROR Sheet3!F33", "X01-03-01 ERROR Sheet3!F33", "T01-04 ERROR Sheet3!F37"),
                summary(screen(broken)));
    }

    @Test
    void aBrokenTotalIsAnErrorAtItsCell() throws Exception {
        Path broken = Examples.withCells(Examples.CLEAN, tmp.resolve("b.xlsx"), "Sheet6!C8", 45.70, "Sheet6!D8", 45.70);
        // 05 208 class row raised by 0.10 on 小计 and 基本支出: the class no longer equals its 款, nor 合计 its classes,
        // nor 04's class row its 05 row
        assertEquals(List.of(
                "X04-05-01 ERROR Sheet5!G14",
                "T05-02 ERROR Sheet6!C7",
                "T05-02 ERROR Sheet6!D7",
                "T05-03 ERROR Sheet6!C8",
                "T05-03 ERROR Sheet6!D8"),
                summary(screen(broken)));
    }

    @Test
    void aTextAmountThatIsNotANumberIsAnInputErrorAndTheRestIsChecked() throws Exception {
        Path broken = Examples.withCells(Examples.CLEAN, tmp.resolve("abc.xlsx"), "Sheet3!C33", "abc");
        ScreeningResult r = screen(broken);
        assertEquals("INPUT ERROR Sheet3!C33", summary(r.findings().get(0)));
        assertTrue(r.findings().get(0).message().contains("“abc”不是数字"));
        assertEquals("示范县农业技术推广中心", r.unit());
    }

    @Test
    void unreadableFilesBecomeOneClearInputFindingEach() throws Exception {
        Path notZip = tmp.resolve("renamed.xlsx");
        Files.writeString(notZip, "这不是工作簿，是改了扩展名的文本文件", StandardCharsets.UTF_8);
        Path empty = tmp.resolve("empty.xlsx");
        Files.write(empty, new byte[0]);
        Path truncated = tmp.resolve("truncated.xlsx");
        byte[] whole = Files.readAllBytes(Examples.CLEAN);
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        Path noSheets = tmp.resolve("nosheets.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(noSheets)) {
            wb.write(o);
        }
        for (Path p : List.of(notZip, empty, truncated, noSheets)) {
            ScreeningResult r = screen(p);
            assertEquals(1, r.findings().size(), () -> p + " → " + r.findings());
            Finding f = r.findings().get(0);
            assertEquals("INPUT", f.rule());
            assertEquals(Severity.ERROR, f.severity());
            assertTrue(f.message().startsWith(p.getFileName().toString()), f.message());
            assertEquals(p.getFileName().toString(), f.primaryLocation().file());
        }
    }

    @Test
    void editingARuleChangesTheNextRunWithoutRebuilding() throws Exception {
        Path rules = tmp.resolve("rules");
        Examples.copyTree(Examples.RULES, rules);
        Path formulas = rules.resolve("tables/表内公式.csv");
        Files.writeString(formulas, Files.readString(formulas).replace("T06-01,", "T06-99,"));
        var screener = new Screener(Examples.load(rules), null);
        List<String> ids = screener.screen(new SubmissionFiles(Examples.SEED_000, null, List.of())).findings().stream()
                .map(Finding::rule).filter(id -> id.startsWith("T") || id.startsWith("X")).toList();
        assertEquals(List.of("X05-06-01", "T06-99"), ids);
    }
}
