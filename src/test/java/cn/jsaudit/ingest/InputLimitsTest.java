package cn.jsaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.fixtures.HostileFiles;
import cn.jsaudit.fixtures.RawZip;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every limit of rules/settings.yaml on a file built to break it: the file is refused with the limit named, the
 * sheet and cell where it was met, in Chinese, and never handed to POI to try harder.
 */
class InputLimitsTest {

    /** Words of a Java or POI message that must never reach a reviewer. */
    private static final Pattern ENGLISH = Pattern.compile("Exception|[Zz]ip |POI|Invalid|/tmp/|\\bat \\w");

    @TempDir
    Path dir;

    /** The default limits with some changed: pairs of (key, value). */
    static InputLimits with(Object... keyValues) {
        java.util.Map<String, Integer> set = new java.util.HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            set.put((String) keyValues[i], (Integer) keyValues[i + 1]);
        }
        InputLimits d = InputLimits.DEFAULT;
        return new InputLimits(set.getOrDefault("maxFileMegabytes", d.maxFileMegabytes()), set.getOrDefault("maxEntries", d.maxEntries()),
                set.getOrDefault("maxPartMegabytes", d.maxPartMegabytes()),
                set.getOrDefault("maxInflatedMegabytes", d.maxInflatedMegabytes()),
                set.getOrDefault("maxCompressionRatio", d.maxCompressionRatio()), set.getOrDefault("maxXmlDepth", d.maxXmlDepth()),
                set.getOrDefault("maxRows", d.maxRows()), set.getOrDefault("maxColumns", d.maxColumns()),
                set.getOrDefault("maxCells", d.maxCells()), set.getOrDefault("maxCellCharacters", d.maxCellCharacters()),
                set.getOrDefault("maxTextCharacters", d.maxTextCharacters()),
                set.getOrDefault("maxNarrativeCharacters", d.maxNarrativeCharacters()), set.getOrDefault("maxFindings", d.maxFindings()),
                set.getOrDefault("maxPdfPages", d.maxPdfPages()), set.getOrDefault("maxPdfCharacters", d.maxPdfCharacters()),
                set.getOrDefault("maxPdfSeconds", d.maxPdfSeconds()));
    }

    private static LimitExceeded refused(Path file, InputLimits limits, String limit, String sheet, String cell) {
        LimitExceeded e = assertThrows(LimitExceeded.class, () -> Workbooks.read(file, limits));
        assertEquals(limit, e.limit(), e.getMessage());
        assertEquals(sheet, e.sheet(), e.getMessage());
        assertEquals(cell, e.cell(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.getFileName().toString()), e.getMessage());
        assertFalse(ENGLISH.matcher(e.getMessage()).find(), e.getMessage());
        return e;
    }

    @Test
    void theZipBombOfTheReportIsRefusedByItsCompressionRatioBeforeInflating() throws Exception {
        Path bomb = HostileFiles.zipBomb(dir.resolve("炸弹.xlsx"), 2L << 30);
        assertTrue(Files.size(bomb) < 3 << 20, "a 2 GiB sheet in " + Files.size(bomb) + " bytes");
        LimitExceeded e = refused(bomb, InputLimits.DEFAULT, "maxCompressionRatio", "收入表", null);
        assertTrue(e.getMessage().contains("工作表“收入表” 解压后是压缩大小的 "), e.getMessage());
        assertTrue(e.getMessage().contains("超过上限 maxCompressionRatio = 200（rules/settings.yaml 的 limits）；这是“压缩炸弹”的特征"),
                e.getMessage());
    }

    @Test
    void aBombThatUnderstatesItsSizeIsStoppedWhileInflating() throws Exception {
        Path honest = HostileFiles.zipBomb(dir.resolve("h.xlsx"), 16L << 20);
        Path lying = dir.resolve("谎报.xlsx");
        List<RawZip.Entry> entries = new java.util.ArrayList<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(honest.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                byte[] content = zip.getInputStream(e).readAllBytes();
                RawZip.Entry d = RawZip.deflated(e.getName(), content);
                boolean sheet = e.getName().equals("xl/worksheets/sheet1.xml");
                entries.add(sheet ? new RawZip.Entry(d.name(), d.data(), 8, d.crc(), 1000) : d); // the sheet declares 1000 bytes
            }
        }
        RawZip.write(lying, entries);
        refused(lying, with("maxRows", 10_000_000, "maxCells", 100_000_000, "maxTextCharacters", 100_000_000), "maxCompressionRatio",
                "收入表", null);
    }

    @Test
    void aPartLargerThanTheLimitWithAnInnocentRatio() throws Exception {
        Path big = HostileFiles.largeStoredPart(dir.resolve("大.xlsx"), 3 << 20);
        LimitExceeded e = refused(big, with("maxPartMegabytes", 2), "maxPartMegabytes", "表1", null);
        assertTrue(e.getMessage().contains("工作表“表1” 解压后大于 3 MB，超过上限 maxPartMegabytes = 2"), e.getMessage());
    }

    @Test
    void allPartsTogetherLargerThanTheLimit() throws Exception {
        String rows = HostileFiles.SHEET_HEAD + "<row><c><v>1234567890.12</v></c></row>".repeat(19_000) + HostileFiles.SHEET_TAIL;
        Path two = HostileFiles.xlsx(dir.resolve("两表.xlsx"), List.of("甲", "乙"),
                List.of(RawZip.stored("xl/worksheets/sheet1.xml", rows), RawZip.stored("xl/worksheets/sheet2.xml", rows)));
        LimitExceeded e = refused(two, with("maxInflatedMegabytes", 1), "maxInflatedMegabytes", null, null);
        assertTrue(e.getMessage().contains("解压后的内容超过 1 MB（上限 maxInflatedMegabytes = 1"), e.getMessage());
    }

    @Test
    void tooManyEntries() throws Exception {
        Path many = HostileFiles.manyEntries(dir.resolve("部件.xlsx"), 10_001);
        LimitExceeded e = refused(many, InputLimits.DEFAULT, "maxEntries", null, null);
        assertTrue(e.getMessage().contains("压缩包内有 10006 个部件，超过上限 maxEntries = 10000"), e.getMessage());
    }

    @Test
    void aMillionRowsStopAtTheRowLimitWithTheRowNamed() throws Exception {
        Path rows = HostileFiles.manyRows(dir.resolve("百万行.xlsx"), 1_000_000);
        LimitExceeded e = refused(rows, InputLimits.DEFAULT, "maxRows", "收入表", "A20001");
        assertTrue(e.getMessage().contains("工作表“收入表” 第 20001 行：有数据的行超过上限 maxRows = 20000"), e.getMessage());
    }

    @Test
    void rowsOfStyledBlanksCostNothingAndDoNotCount() throws Exception {
        String blank = "<row><c s=\"1\"/><c s=\"1\"/><c s=\"1\"/></row>";
        Path styled = HostileFiles.xlsx(dir.resolve("格式行.xlsx"), List.of("表1"), List.of(RawZip.repeated("xl/worksheets/sheet1.xml",
                HostileFiles.SHEET_HEAD + "<row><c t=\"inlineStr\"><is><t>收入</t></is></c><c><v>1</v></c></row>", blank, 200_000,
                HostileFiles.SHEET_TAIL)));
        SheetData s = Workbooks.read(styled, InputLimits.DEFAULT).sheets().get(0);
        assertEquals(200_000, s.lastRow());
        assertEquals(3, s.width(200_000), "a styled blank still counts in its row's width, as POI reads it");
        assertEquals("收入", s.printed(0, 0));
    }

    @Test
    void aValueBeyondTheColumnLimit() throws Exception {
        Path wide = HostileFiles.wideRow(dir.resolve("宽.xlsx"), 1000);
        LimitExceeded e = refused(wide, InputLimits.DEFAULT, "maxColumns", "表1", "ALM1");
        assertTrue(e.getMessage().contains("表1” 单元格 ALM1：数据列数超过上限 maxColumns = 1000"), e.getMessage());
    }

    @Test
    void aValueBeyondExcelsLastColumnIsRefusedToo() throws Exception {
        Path wide = HostileFiles.oneSheet(dir.resolve("越界.xlsx"), HostileFiles.SHEET_HEAD
                + "<row r=\"1\"><c r=\"ZZZZZZZZZZ1\"><v>1</v></c></row>" + HostileFiles.SHEET_TAIL);
        LimitExceeded e = refused(wide, InputLimits.DEFAULT, "excelColumns", "表1", null);
        assertTrue(e.getMessage().contains("工作表“表1” 第 1 行：列号超出 Excel 的范围（A–XFD）"), e.getMessage());
    }

    @Test
    void aRowNumberBeyondExcelIsRefused() throws Exception {
        Path far = HostileFiles.oneSheet(dir.resolve("远.xlsx"), HostileFiles.SHEET_HEAD
                + "<row r=\"2000000000\"><c><v>1</v></c></row>" + HostileFiles.SHEET_TAIL);
        LimitExceeded e = refused(far, InputLimits.DEFAULT, "excelRows", "表1", null);
        assertTrue(e.getMessage().contains("行号 2000000000 超出 Excel 的范围"), e.getMessage());
    }

    @Test
    void tooManyCells() throws Exception {
        String row = "<row>" + "<c><v>1</v></c>".repeat(10) + "</row>";
        Path cells = HostileFiles.oneSheet(dir.resolve("格.xlsx"), HostileFiles.SHEET_HEAD + row.repeat(30) + HostileFiles.SHEET_TAIL);
        LimitExceeded e = refused(cells, with("maxCells", 250), "maxCells", "表1", "A26");
        assertTrue(e.getMessage().contains("单元格（含合并区域）超过 250 个（上限 maxCells = 250"), e.getMessage());
    }

    @Test
    void aLongInlineCell() throws Exception {
        Path cell = HostileFiles.longCell(dir.resolve("长文字.xlsx"), 40_000, false);
        LimitExceeded e = refused(cell, InputLimits.DEFAULT, "maxCellCharacters", "表1", "A1");
        assertTrue(e.getMessage().contains("表1” 单元格 A1：单元格文字超过 32767 个字符（上限 maxCellCharacters = 32767"), e.getMessage());
    }

    @Test
    void aLongSharedStringIsRefusedAtTheCellUsingIt() throws Exception {
        Path cell = HostileFiles.longCell(dir.resolve("长共享.xlsx"), 40_000, true);
        refused(cell, InputLimits.DEFAULT, "maxCellCharacters", "表1", "B2");
    }

    @Test
    void aLongSharedStringNoCellUsesIsHarmless() throws Exception {
        Path unused = HostileFiles.longCell(dir.resolve("未用.xlsx"), 40_000, true);
        InputLimits limits = with("maxCellCharacters", 32_767);
        // the same file, with the cell that uses it removed, reads
        Path only = HostileFiles.xlsx(dir.resolve("只用短的.xlsx"), List.of("表1"), List.of(RawZip.deflated("xl/worksheets/sheet1.xml",
                HostileFiles.SHEET_HEAD + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>" + HostileFiles.SHEET_TAIL)),
                sharedStringsOf(unused));
        assertEquals("短", Workbooks.read(only, limits).sheets().get(0).printed(0, 0));
    }

    private static RawZip.Entry sharedStringsOf(Path xlsx) throws Exception {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            return RawZip.deflated("xl/sharedStrings.xml", zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes());
        }
    }

    @Test
    void tooMuchTextInTheWorkbook() throws Exception {
        String row = "<row><c t=\"inlineStr\"><is><t>" + "字".repeat(100) + "</t></is></c></row>";
        Path text = HostileFiles.oneSheet(dir.resolve("字多.xlsx"), HostileFiles.SHEET_HEAD + row.repeat(20) + HostileFiles.SHEET_TAIL);
        LimitExceeded e = refused(text, with("maxTextCharacters", 1000), "maxTextCharacters", "表1", "A11");
        assertTrue(e.getMessage().contains("工作簿中的文字超过 1000 个字符（上限 maxTextCharacters = 1000"), e.getMessage());
    }

    @Test
    void aFileLargerThanTheLimitIsNotOpened() throws Exception {
        Path big = HostileFiles.randomBytes(dir.resolve("大文件.xls"), 2 << 20, 1);
        LimitExceeded e = refused(big, with("maxFileMegabytes", 1), "maxFileMegabytes", null, null);
        assertTrue(e.getMessage().contains("文件大小 2 MB，超过上限 maxFileMegabytes = 1"), e.getMessage());
    }

    @Test
    void nestingDeeperThanTheLimitInAPackageHandedToPoi() throws Exception {
        Path deep = HostileFiles.deepDocx(dir.resolve("嵌套.docx"), 3000);
        LimitExceeded e = assertThrows(LimitExceeded.class, () -> PackageGuard.check(deep, InputLimits.DEFAULT));
        assertEquals("maxXmlDepth", e.limit());
        assertTrue(e.getMessage().contains("部件 word/document.xml 的 XML 元素嵌套超过 100 层（上限 maxXmlDepth = 100"), e.getMessage());
    }

    @Test
    void theExamplesAreFarWithinEveryLimit() throws Exception {
        InputLimits tight = new InputLimits(2, 100, 2, 5, 50, 40, 200, 40, 10_000, 2_000, 100_000, 100_000, 100, 50, 100_000, 30);
        for (Path f : List.of(Examples.SEED_000, Examples.CLEAN, Examples.SICHUAN, Examples.MEETINGS)) {
            assertFalse(Workbooks.read(f, tight).sheets().isEmpty(), f.toString());
        }
    }

    @Test
    void xxeAndBillionLaughsAreRefusedWithoutExpanding() throws Exception {
        for (Path f : List.of(HostileFiles.xxe(dir.resolve("xxe.xlsx")), HostileFiles.billionLaughs(dir.resolve("笑.xlsx")))) {
            InputProblem e = assertThrows(InputProblem.class, () -> Workbooks.read(f, InputLimits.DEFAULT));
            assertEquals(f.getFileName() + "：无法作为 Excel 工作簿（.xlsx/.xls）打开：文件已损坏，或不是 Excel 文件", e.getMessage());
            assertFalse(e.getMessage().contains("root:"), "no file content leaks");
        }
    }

    @Test
    void brokenFilesGetAChineseReasonWithoutPathsOrLibraryWords() throws Exception {
        Path truncated = HostileFiles.truncated(Examples.CLEAN, dir.resolve("截断.xlsx"));
        assertEquals("截断.xlsx：无法作为 Excel 工作簿打开：压缩结构不完整，文件可能在下载或复制时被截断，或已损坏",
                assertThrows(InputProblem.class, () -> Workbooks.read(truncated)).getMessage());
        Path random = HostileFiles.randomBytes(dir.resolve("乱码.xlsx"), 5000, 7);
        assertEquals("乱码.xlsx：无法作为 Excel 工作簿（.xlsx/.xls）打开：文件内容不是 Excel 格式（可能是改了扩展名的其他文件）",
                assertThrows(InputProblem.class, () -> Workbooks.read(random)).getMessage());
        Path empty = Files.createFile(dir.resolve("空.xlsx"));
        assertEquals("空.xlsx：文件是空的（0 字节），不是有效的 Excel 工作簿",
                assertThrows(InputProblem.class, () -> Workbooks.read(empty)).getMessage());
        Path locked = HostileFiles.encrypted(dir.resolve("加密.xlsx"));
        assertEquals("加密.xlsx：文件已加密（设有打开密码），请提供未加密的工作簿",
                assertThrows(InputProblem.class, () -> Workbooks.read(locked)).getMessage());
        Path missing = dir.resolve("没有.xlsx");
        InputProblem e = assertThrows(InputProblem.class, () -> Workbooks.read(missing));
        assertEquals("没有.xlsx：找不到此文件（" + missing + "），未审核", e.getMessage());
        assertNull(e.sheet());
    }
}
