package cn.jsaudit.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvReportTest {

    private static String render() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvReport().write(Scenarios.data(), out);
        byte[] bytes = out.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 BOM");
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void everyFieldOfEveryFindingThenTheRunRecord() throws Exception {
        String expected = String.join("\r\n",
                "序号,单位,年度,文件,模板,规则,标题,严重程度,状态,表,位置,审核意见,期望值,实际值,差额,容差,原文,单位说明",
                "1,甲单位（本级）,2023,甲单位-2023.xlsx,national,T01-总计平衡,收入总计 = 支出总计,错误,未说明,公开01表,"
                        + "收支总表!C36，收支总表!F36,公开01表 第31行 收入总计 100.00 ≠ 第62行 支出总计 101.00，差额 1.00，容差 ±0.01,"
                        + "101.00,100.00,-1.00,0.01,,",
                "2,甲单位（本级）,2023,甲单位-2023.xlsx,national,P-执行率,执行率超过100%需说明,警告,已说明,公开05表,"
                        + "一般公共预算支出表!D7,预算执行率 112.0% 超过 100%，未见说明,,112.0,,,因疫情防控需要追加预算,"
                        + "年中追加疫情防控经费，已报财政批准",
                "3,甲单位（本级）,2023,甲单位-2023.xlsx,national,N-金额不符,情况说明金额与表不符,警告,未说明,,甲单位-2023.docx 段落12,"
                        + "情况说明“基本支出 96.27 万元”与公开05表 96.26 不符,96.26,96.27,0.01,0.005,"
                        + "2023 年度基本支出 96.27 万元，占本年支出 87.3%。,",
                "4,甲单位（本级）,2023,甲单位-2023.xlsx,national,T06-01,经济分类 类 = 所属款之和,提示,未说明,公开06表,"
                        + "基本支出明细表!C6,尾数误差，容差 ±0.055,93.40,93.42,0.02,0.055,,",
                "5,,,坏文件.xlsx,,INPUT,输入文件问题,错误,未说明,,坏文件.xlsx,坏文件.xlsx：无法作为 Excel 工作簿打开,,,,,,",
                "",
                "运行记录,工具版本,0.1.0",
                "运行记录,运行时间,2026-07-01T09:30:00+08:00",
                "运行记录,规则目录SHA-256," + "ab".repeat(32),
                "运行记录,输入文件SHA-256,in/甲单位-2023.xlsx," + "cd".repeat(32),
                "运行记录,输入文件SHA-256,in/坏文件.xlsx," + "ef".repeat(32),
                "");
        assertEquals(expected, render());
    }

    /** The rules name the table as the submission does (公开05表, 财决公开07表): every list prints that name, not 公开公开05表表. */
    @Test
    void aTableNamedByTheRulesIsPrintedAsItIs() {
        assertEquals("公开05表", FindingRow.tableName("公开05表"));
        assertEquals("财决公开07表", FindingRow.tableName("财决公开07表"));
        assertEquals("公开05表", FindingRow.tableName("05"));
        assertEquals(null, FindingRow.tableName(null));
    }

    @Test
    void quotesFieldsHoldingCommasQuotesOrLineBreaks() {
        assertEquals("plain", CsvReport.quote("plain"));
        assertEquals("\"a,b\"", CsvReport.quote("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvReport.quote("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvReport.quote("two\nlines"));
    }

    /** OWASP CSV injection: a cell beginning with each of these is made text with a leading single quote. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"=HYPERLINK(\"http://x\",\"点击\")", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
        "@SUM(1)", "\t=1+1", "\r=1+1"})
    void aUnitNameThatWouldBeAFormulaIsNeutralised(String unit) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        cn.jsaudit.model.Finding f = new cn.jsaudit.model.Finding("N-单位名称", "他单位名称", cn.jsaudit.model.Severity.WARNING,
                unit + " 出现在情况说明中", null, java.util.List.of(new cn.jsaudit.model.Location("x.docx", null, "第1段")),
                null, null, null, unit);
        new CsvReport().write(new ReportData(Scenarios.RUN, Scenarios.RULES, java.util.List.of(
                new cn.jsaudit.model.ScreeningResult(unit + ".xlsx", unit, 2023, "national", java.util.List.of(f)))), out);
        String csv = out.toString(StandardCharsets.UTF_8);
        String row = csv.substring(csv.indexOf("\r\n") + 2, csv.indexOf("\r\n\r\n运行记录"));
        String cell = CsvReport.quote("'" + unit);
        assertEquals("1," + cell + ",2023," + CsvReport.quote("'" + unit + ".xlsx") + ",national,N-单位名称,他单位名称,警告,未说明,,"
                + "x.docx 第1段," + CsvReport.quote("'" + unit + " 出现在情况说明中") + ",,,,," + cell + ",", row);
    }

    @Test
    void plainNumbersAndOrdinaryTextAreLeftAlone() {
        assertEquals("-1.00", SafeText.csvCell("-1.00"));
        assertEquals("-3", SafeText.csvCell("-3"));
        assertEquals("甲单位", SafeText.csvCell("甲单位"));
        assertEquals("", SafeText.csvCell(""));
        assertEquals("'-", SafeText.csvCell("-"));
        assertEquals("'-1+1", SafeText.csvCell("-1+1"));
    }

    @Test
    void theTerminalReportBlanksControlCharacters() {
        assertEquals("甲 [2J单位  x", SafeText.terminal("甲\u001b[2J单位\t\u0007x"));
        assertEquals("两\n行", SafeText.terminal("两\n行"));
    }
}
