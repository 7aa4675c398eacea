package cn.jsaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.fixtures.SheetWriter;
import cn.jsaudit.model.Amount;
import cn.jsaudit.model.AmountUnit;
import cn.jsaudit.model.TableInfo;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class WorkbookReaderTest {

    private static WorkbookFacts read(Path file) throws Exception {
        return new WorkbookReader(Examples.templates(), null).read(Workbooks.read(file), file.getFileName().toString());
    }

    private static Amount one(WorkbookFacts facts, Predicate<Amount> p) {
        List<Amount> found = facts.amounts().stream().filter(p).toList();
        assertEquals(1, found.size(), () -> "expected one amount, found " + found);
        return found.get(0);
    }

    @Test
    void seed000AllNineTablesByTitleWhateverTheSheetNames() throws Exception {
        WorkbookFacts f = read(Examples.SEED_000);
        assertEquals(List.of("公开01表", "公开02表", "公开03表", "公开04表", "公开05表", "公开06表", "公开07表", "公开08表",
                "公开09表"), f.tables().stream().map(TableInfo::table).toList());
        assertEquals(List.of("收支总表", "收入", "支出", "财政拨款收支总表", "一般公共预算支出", "基本支出明细", "政府性基金",
                "国有资本经营", "三公"), f.tables().stream().map(TableInfo::role).toList());
        assertEquals("随州市曾都区医疗保障信息中心", f.submission().unit());
        assertEquals(2023, f.submission().year());
        assertEquals(AmountUnit.WAN_YUAN, f.submission().amountUnit());
        assertEquals("national", f.submission().template());
        assertTrue(f.problems().isEmpty(), () -> f.problems().toString());
    }

    @Test
    void seed000SideBySideBlocksKeepTheirRowNumbersAndCells() throws Exception {
        WorkbookFacts f = read(Examples.SEED_000);
        Amount income = one(f, a -> a.role().equals("收支总表") && Integer.valueOf(27).equals(a.rowNo()));
        assertEquals(new BigDecimal("110.26"), income.value());
        assertEquals("收支总表", income.source().sheet());
        assertEquals("C33", income.source().cell());
        assertEquals("收入", income.block());
        Amount health = one(f, a -> a.role().equals("收支总表") && Integer.valueOf(40).equals(a.rowNo()));
        assertEquals("210", health.code(), "class rows of 01 get their 功能分类 code from the template");
        assertEquals("F15", health.source().cell());
        Amount fundColumn = one(f, a -> a.role().equals("财政拨款收支总表") && Integer.valueOf(41).equals(a.rowNo()) && a.col() == 3);
        assertEquals("G15", fundColumn.source().cell());
        assertEquals("一般公共预算财政拨款", fundColumn.colLabel());
    }

    @Test
    void seed000Table06ThreeBlocksAndItsBottomLine() throws Exception {
        WorkbookFacts f = read(Examples.SEED_000);
        Amount wages = one(f, a -> a.role().equals("基本支出明细") && "301".equals(a.code()));
        assertEquals(new BigDecimal("93.42"), wages.value());
        assertEquals("类", wages.level());
        Amount publicCosts = one(f, a -> a.role().equals("基本支出明细") && "公用经费合计".equals(a.name()));
        assertEquals("I34", publicCosts.source().cell(), "the label merged over D34:H34 belongs to the amount in I34");
        assertEquals(new BigDecimal("2.85"), publicCosts.value());
        Amount item = one(f, a -> a.role().equals("收入") && "2101550".equals(a.code()) && a.col() == 2);
        assertEquals("项", item.level());
        assertEquals("21015", item.parentCode());
        assertEquals("财政拨款收入", item.colLabel());
    }

    @Test
    void seed000EmptyTablesKeepTheirNote() throws Exception {
        WorkbookFacts f = read(Examples.SEED_000);
        TableInfo t07 = f.tables().stream().filter(t -> t.role().equals("政府性基金")).findFirst().orElseThrow();
        assertTrue(t07.isEmpty());
        assertEquals("2023 年度无政府性基金预算财政拨款收入。", t07.emptyNote());
    }

    @Test
    void cleanExampleTableCodesTextAmountsAndSplitCodes() throws Exception {
        WorkbookFacts f = read(Examples.CLEAN);
        assertEquals(9, f.tables().size());
        assertEquals("示范县农业技术推广中心", f.submission().unit());
        assertEquals(2023, f.submission().year());
        Amount total = one(f, a -> a.role().equals("收支总表") && Integer.valueOf(27).equals(a.rowNo()));
        assertEquals(new BigDecimal("1007.00"), total.value(), "text \"1,007.00\" is read as a number");
        Amount split = one(f, a -> a.role().equals("收入") && "2130104".equals(a.code()) && a.col() == 4);
        assertEquals(new BigDecimal("40.00"), split.value());
        assertEquals("H16", split.source().cell());
        Amount blankParent = one(f, a -> a.role().equals("收入") && "2101102".equals(a.code()) && a.col() == 1);
        assertEquals(new BigDecimal("12.30"), blankParent.value(), "parent parts left blank are taken from the rows above");
        Amount dash = one(f, a -> a.role().equals("支出") && "2130104".equals(a.code()) && a.col() == 4);
        assertEquals(BigDecimal.ZERO, dash.value());
        assertEquals(BigDecimal.ZERO, dash.halfStep(), "a dash is an exact zero");
        Amount trips = one(f, a -> a.role().equals("三公") && a.col() == 11);
        assertEquals("决算数/公务用车购置及运行维护费/公务用车运行维护费", trips.colLabel());
    }

    @Test
    void amountsInYuanAreConvertedToWanYuanWithTheirRounding() throws Exception {
        Workbook wb = new XSSFWorkbook();
        new SheetWriter(wb, "任意").row(0, "一般公共预算财政拨款支出决算表").row(1, null, null, null, null, "公开05表")
                .row(2, "部门（单位）：某县财政局（本级）", null, null, null, "金额单位：元")
                .row(3, "科目代码", "科目名称", "小计", "基本支出", "项目支出").row(4, "栏次", null, 1, 2, 3)
                .row(5, "合计", null, "1,102,650", "1102650", "0");
        WorkbookFacts f = new WorkbookReader(Examples.templates(), null).read(Workbooks.of(wb), "元.xlsx");
        Amount total = one(f, a -> a.col() == 1);
        assertEquals(0, new BigDecimal("110.265").compareTo(total.value()));
        assertEquals(0, new BigDecimal("0.00005").compareTo(total.halfStep()), "± 0.5 元");
        assertEquals(AmountUnit.YUAN, f.submission().amountUnit());
        assertEquals("某县财政局（本级）", f.submission().unit());
        assertNull(f.submission().year());
    }

    /** A year typed as a date and printed by its format (2023年) is read like a year typed as text. */
    @Test
    void aYearPrintedByADateFormatIsRead() throws Exception {
        Workbook wb = new XSSFWorkbook();
        new SheetWriter(wb, "任意").row(0, "一般公共预算财政拨款支出决算表").row(1, null, null, null, null, "公开05表")
                .row(2, "部门（单位）：某县财政局", null, null, null, "金额单位：万元").row(3, null, null, 45000.0)
                .row(4, "科目代码", "科目名称", "小计", "基本支出", "项目支出").row(5, "栏次", null, 1, 2, 3)
                .row(6, "合计", null, 3.0, 1.0, 2.0);
        org.apache.poi.ss.usermodel.CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy年"));
        // below the first three lines, and the only 年 of its line is the number's
        wb.getSheetAt(0).getRow(3).getCell(2).setCellStyle(date);
        WorkbookFacts f = new WorkbookReader(Examples.templates(), null).read(Workbooks.of(wb), "日期.xlsx");
        assertEquals(2023, f.submission().year(), "45000 is a day of 2023");
        assertEquals("某县财政局", f.submission().unit());
    }

    @Test
    void aTextThatIsNotANumberIsAFindingWithItsCell() throws Exception {
        Workbook wb = new XSSFWorkbook();
        new SheetWriter(wb, "Sheet1").row(0, "一般公共预算财政拨款支出决算表").row(1, "部门：甲单位", null, "单位：万元")
                .row(2, "科目代码", "科目名称", "小计", "基本支出", "项目支出").row(3, "栏次", null, 1, 2, 3)
                .row(4, "合计", null, "abc", 1.0, 2.0);
        WorkbookFacts f = new WorkbookReader(Examples.templates(), null).read(Workbooks.of(wb), "坏.xlsx");
        assertEquals(2, f.problems().size(), "one table known by its title alone does not prove the format");
        assertEquals("报表格式未能识别", f.problems().get(0).title());
        assertEquals("INPUT", f.problems().get(1).rule());
        assertEquals("C5", f.problems().get(1).primaryLocation().cell());
        assertTrue(f.problems().get(1).message().contains("“abc”不是数字"));
        assertEquals(2, f.amounts().size(), "the other cells of the row are still read");
    }

    @Test
    void whenNoTemplateFitsOneFindingSaysSoAndNoTemplateIsForced() throws Exception {
        Workbook wb = new XSSFWorkbook();
        new SheetWriter(wb, "甲").row(0, "收入决算表").row(1, "单位：万元")
                .row(2, "科目代码", "科目名称", "本年收入合计", "财政拨款收入").row(3, "合计", null, 10.0, 10.0);
        new SheetWriter(wb, "乙").row(0, "支出决算表").row(1, "单位：万元")
                .row(2, "科目代码", "科目名称", "本年支出合计", "基本支出").row(3, "合计", null, 10.0, 10.0);
        WorkbookFacts f = new WorkbookReader(Examples.templates(), null).read(Workbooks.of(wb), "两张表.xlsx");
        assertTrue(!f.choice().fits());
        assertEquals(List.of("报表格式未能识别"), f.problems().stream().map(p -> p.title()).toList());
        assertTrue(f.problems().get(0).message().startsWith("报表格式未能识别：工作簿中识别出 2 张公开表（“甲”收入决算表、“乙”支出决算表），"
                + "与之最接近的模板是"), f.problems().get(0).message());
        assertEquals(4, f.amounts().size(), "the tables it can read are still read");
    }

    @Test
    void aShanghaiWorkbookIsReadWithItsOwnTemplateNotForcedIntoAnother() throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("sh");
        cn.jsaudit.generate.Truth t = cn.jsaudit.generate.Generator.generate(1, 5, 0.0, dir, 1,
                List.of(cn.jsaudit.generate.Layout.SHANGHAI)).get(0);
        WorkbookFacts f = read(dir.resolve(t.workbook()));
        assertEquals("shanghai", f.choice().template().id());
        assertTrue(f.choice().fits());
        assertEquals(9, f.choice().fit().recognised());
        assertEquals(f.choice().fit().columns(), f.choice().fit().columnsPaired(), "every template column paired");
        Amount total = one(f, a -> a.role().equals("收支总表") && Integer.valueOf(27).equals(a.rowNo()));
        assertEquals("一、收入支出决算总表", total.table());
        assertEquals(null, f.submission().unit(), "the Shanghai workbook names no unit: the file name and narrative do");
        assertTrue(f.problems().isEmpty(), () -> f.problems().toString());
    }
}
