package cn.jsaudit.rulepack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.engine.RuleCompileException;
import cn.jsaudit.engine.RuleProblem;
import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.pipeline.SubmissionFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rules folder with only templates and one small formula table, edited as an auditor would. */
class FormulaTablesTest {

    private static final String HEADER = "编号,表,公式,严重程度,容差,说明,模板\n";

    @TempDir
    Path tmp;
    Path rules;

    @BeforeEach
    void templatesOnly() throws IOException {
        rules = Examples.rulesWith(tmp.resolve("rules"), "templates/common.yaml", "templates/national.yaml",
                "templates/national-hy.yaml", "templates/sichuan.yaml");
    }

    private void formulas(String rows) throws IOException {
        Files.writeString(rules.resolve("公式.csv"), HEADER + rows, StandardCharsets.UTF_8);
    }

    private RuleProblem onlyProblem() {
        RuleCompileException e = assertThrows(RuleCompileException.class, () -> RulePack.load(rules));
        assertEquals(1, e.problems().size(), e::getMessage);
        return e.problems().get(0);
    }

    @Test
    void aNewcomersRowFiresOnAFixtureWithoutJava() throws Exception {
        formulas("N-01,收支总表,收支总表 第 31 行 = 第 62 行,错误,,收入总计等于支出总计,\n");
        RulePack pack = RulePack.load(rules);
        Path broken = Examples.withCells(Examples.CLEAN, tmp.resolve("b.xlsx"), "Sheet3!C37", 1017.0);
        List<Finding> f = Examples.screener(pack)
                .screen(new SubmissionFiles(broken, null, List.of())).findings();
        assertEquals(1, f.size(), f::toString);
        assertEquals("N-01", f.get(0).rule());
        assertEquals(new Location("b.xlsx", "Sheet3", "C37"), f.get(0).primaryLocation());
        assertTrue(f.get(0).message().contains("差额 10.00"), f.get(0).message());
    }

    @Test
    void aCsvSavedByExcelOnAChineseWindowsIsRead() throws Exception {
        // "CSV" from Excel on a Chinese Windows is GB18030; "CSV UTF-8" starts with a BOM
        Files.write(rules.resolve("gb.csv"), (HEADER + "N-01,收支总表,第 31 行 = 第 62 行,错误,,收入总计等于支出总计,\n")
                .getBytes(java.nio.charset.Charset.forName("GB18030")));
        Files.write(rules.resolve("bom.csv"), ("\uFEFF" + HEADER + "N-02,收支总表,第 27 行 = 第 58 行,警告,,,\n")
                .getBytes(StandardCharsets.UTF_8));
        RulePack pack = RulePack.load(rules);
        assertEquals("收入总计等于支出总计", pack.entries("N-01").get(0).title());
        assertEquals(cn.jsaudit.model.Severity.WARNING, pack.entries("N-02").get(0).severity());
    }

    @Test
    void anUnknownRowIsAnErrorAtItsCellAndCharacter() throws Exception {
        formulas("N-01,收支总表,[27] = [1]+…+[99],,,,\n");
        RuleProblem p = onlyProblem();
        assertEquals("rules/公式.csv".replace('/', java.io.File.separatorChar), p.file().replace(tmp + java.io.File.separator, ""));
        assertEquals(2, p.line());
        assertEquals(3, p.column());
        assertTrue(p.message().startsWith("单元格 C2（公式“[27] = [1]+…+[99]”，第 14 个字符）："), p.message());
        assertTrue(p.message().contains("公开01表没有第 99 行"), p.message());
    }

    @Test
    void anUnbalancedBracketNamesTheBracket() throws Exception {
        formulas("N-01,收支总表,[27 = [1]+[2],,,,\n");
        RuleProblem p = onlyProblem();
        assertTrue(p.message().contains("第 1 个字符") && p.message().contains("方括号不配对"), p.message());
    }

    @Test
    void anUnknownTableIsAnError() throws Exception {
        formulas("N-01,\"收支总表,收入支出\",收支总表[27] = 收入支出[1],,,,\n");
        RuleProblem p = onlyProblem();
        assertTrue(p.message().contains("没有“收入支出”这张表"), p.message());
        assertEquals(2, p.line());
    }

    @Test
    void anUnknownColumnLabelListsTheColumns() throws Exception {
        formulas("N-01,一般公共预算支出,每行 [小计] = [基本] + [项目经费],,,,\n");
        RuleProblem p = onlyProblem();
        assertTrue(p.message().contains("没有名为“项目经费”的栏（有：1 本年支出/小计、2 本年支出/基本支出、3 本年支出/项目支出）"),
                p.message());
    }

    @Test
    void aBrokenDrlRuleIsLocatedByLine() throws Exception {
        formulas("");
        Files.writeString(rules.resolve("坏.drl"), """
                package x;
                import cn.jsaudit.model.*;
                rule "R"
                when
                    Amount(table == "01"
                then
                end
                """);
        RuleCompileException e = assertThrows(RuleCompileException.class, () -> RulePack.load(rules));
        RuleProblem p = e.problems().get(0);
        assertTrue(p.file().endsWith("坏.drl"), p.toString());
        assertTrue(p.line() >= 5 && p.line() <= 6, p.toString());
        assertTrue(p.message().startsWith("语法错误"), p.message());
    }

    @Test
    void aFileOfUnknownKindIsRefusedNotIgnored() throws Exception {
        formulas("");
        Files.writeString(rules.resolve("notes.docx"), "x");
        RuleProblem p = onlyProblem();
        assertTrue(p.file().endsWith("notes.docx") && p.message().startsWith("未读取此文件"), p.toString());
    }

    @Test
    void anXlsxFormulaTableNamesTheSheetInErrors() throws Exception {
        Path xlsx = rules.resolve("公式.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(xlsx)) {
            var sheet = wb.createSheet("表内");
            String[][] rows = {{"编号", "表", "公式"}, {"N-01", "收支总表", "[31] = [62]"}, {"N-02", "收入", "每行 [1] = [2]~[9]"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    sheet.createRow(r).createCell(c);
                }
            }
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.getRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        RuleProblem p = onlyProblem();
        assertTrue(p.file().endsWith("公式.xlsx"), p.toString());
        assertEquals(3, p.line());
        assertTrue(p.message().startsWith("工作表“表内” 单元格 C3"), p.message());
        assertTrue(p.message().contains("没有第 9 栏"), p.message());
    }

    @Test
    void aColumnLabelResolvesPerTemplate() throws Exception {
        formulas("N-09,三公,每行 [决算数/合计] = [决算数/因公出国] + [决算数/小计] + [决算数/公务接待费],,,,\n");
        RulePack pack = RulePack.load(rules);
        List<RuleEntry> rules = pack.entries("N-09");
        assertEquals(2, rules.size());
        assertTrue(rules.get(0).drl().contains("reads(\"三公\", 9, 9)") || rules.get(1).drl().contains("reads(\"三公\", 9, 9)"));
        assertTrue(rules.get(0).drl().contains("reads(\"三公\", 7, 7)") || rules.get(1).drl().contains("reads(\"三公\", 7, 7)"));
    }

    @Test
    void aThousandGeneratedRowsCompileAndRun() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            int total = new int[] {27, 31, 58, 62}[i % 4];
            rows.append("G-").append(i).append(",收支总表,[").append(total).append("] ≥ [").append(1 + i % 8)
                    .append("],,,,\n");
        }
        formulas(rows.toString());
        long start = System.nanoTime();
        RulePack pack = RulePack.load(rules);
        long compiled = System.nanoTime();
        List<Finding> f = Examples.screener(pack)
                .screen(new SubmissionFiles(Examples.CLEAN, null, List.of())).findings();
        long ran = System.nanoTime();
        System.out.printf("1000 formula rows: load+translate+compile %.1f s, one submission %.2f s%n",
                (compiled - start) / 1e9, (ran - compiled) / 1e9);
        assertEquals(1000, pack.entries().size());
        assertEquals(List.of(), f);
    }
}
