package cn.jsaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class XlsxReportTest {

    private static XSSFWorkbook wb;

    @BeforeAll
    static void render() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxReport().write(Scenarios.data(), out);
        wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void sheetsInReadingOrder() {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertEquals(List.of("审核发现", "汇总", "规则", "运行记录"), names);
    }

    @Test
    void findingListHasOneRowPerFindingWithEveryColumn() {
        Sheet s = wb.getSheet("审核发现");
        assertEquals(List.of("序号", "单位", "年度", "文件", "规则", "严重程度", "表", "位置", "审核意见", "期望值", "实际值", "差额",
                "原文", "状态", "单位说明"), texts(s.getRow(0)));
        assertEquals(5, s.getLastRowNum());
        assertEquals(List.of("1", "甲单位（本级）", "2023", "甲单位-2023.xlsx", "T01-总计平衡", "错误", "公开01表",
                "收支总表!C36，收支总表!F36", Scenarios.ERROR.message(), "101.00", "100.00", "-1.00", "", "未说明"),
                texts(s.getRow(1)));
        Row warning = s.getRow(2);
        assertEquals("已说明", warning.getCell(13).getStringCellValue());
        assertEquals("年中追加疫情防控经费，已报财政批准", warning.getCell(14).getStringCellValue());
        assertEquals("2023 年度基本支出 96.27 万元，占本年支出 87.3%。", s.getRow(3).getCell(12).getStringCellValue());
        assertEquals(-1.0, s.getRow(1).getCell(11).getNumericCellValue(), 1e-9, "差额 is a number a reviewer can sort");
        assertEquals(List.of("5", "", "", "坏文件.xlsx", "INPUT", "错误", "", "坏文件.xlsx",
                "坏文件.xlsx：无法作为 Excel 工作簿打开", "", "", "", "", "未说明"), texts(s.getRow(5)));
    }

    @Test
    void findingListHasFilterFrozenHeaderAndWidthsThatFit() {
        XSSFSheet s = wb.getSheet("审核发现");
        assertEquals("A1:O6", s.getCTWorksheet().getAutoFilter().getRef());
        assertNotNull(s.getPaneInformation());
        assertTrue(s.getPaneInformation().isFreezePane());
        assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition());
        // 单位: "甲单位（本级）" is 7 CJK characters = 14 cells, plus one of margin
        assertEquals(15 * 256, s.getColumnWidth(1));
        // 审核意见 holds long messages: capped, and wrapped where longer
        assertEquals((SheetTable.MAX_WIDTH + 1) * 256, s.getColumnWidth(8));
        // 序号: the header (2 CJK = 4) plus room for the filter button
        assertEquals(7 * 256, s.getColumnWidth(0));
    }

    @Test
    void summaryCountsEachSubmission() {
        Sheet s = wb.getSheet("汇总");
        assertEquals(XlsxReport.SUMMARY_HEADER, texts(s.getRow(0)));
        assertEquals(List.of("1", "甲单位（本级）", "2023", "甲单位-2023.xlsx", "national", "1", "1", "1", "1",
                "N-金额不符×1，P-执行率×1，T01-总计平衡×1", ""), texts(s.getRow(1)));
        assertEquals(List.of("2", "（单位未识别）", "", "坏文件.xlsx", "", "1", "0", "0", "0", "INPUT×1", ""), texts(s.getRow(2)));
    }

    @Test
    void rulesSheetListsTheRulesThatRanWithTheirCounts() {
        Sheet s = wb.getSheet("规则");
        assertEquals(XlsxReport.RULES_HEADER, texts(s.getRow(0)));
        assertEquals(List.of("T01-总计平衡", "收入总计 = 支出总计", "错误", "t01 总计平衡", "1"), texts(s.getRow(1)));
        assertEquals(List.of("T06-01", "经济分类 类 = 所属款之和", "错误", "t06 类款", "1"), texts(s.getRow(2)));
        assertEquals(2, s.getLastRowNum());
    }

    @Test
    void runRecordSheet() {
        Sheet s = wb.getSheet("运行记录");
        assertEquals(List.of("工具版本", "0.1.0"), texts(s.getRow(1)));
        assertEquals(List.of("运行时间", "2026-07-01T09:30:00+08:00"), texts(s.getRow(2)));
        assertEquals(List.of("规则目录", "", "ab".repeat(32)), texts(s.getRow(3)));
        assertEquals(List.of("输入文件", "in/坏文件.xlsx", "ef".repeat(32)), texts(s.getRow(5)));
    }

    @Test
    void displayWidthCountsCjkDouble() {
        assertEquals(4, SheetTable.width("审核"));
        assertEquals(7, SheetTable.width("T06-01 "));
        assertEquals(6, SheetTable.width("１２３"));
        assertEquals(4, SheetTable.width("ab\n审核"));
    }

    /** The row's cells as displayed, up to its last non-empty cell. */
    static List<String> texts(Row row) {
        DataFormatter f = new DataFormatter();
        List<String> out = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            out.add(cell == null ? "" : f.formatCellValue(cell));
        }
        return out;
    }
}
