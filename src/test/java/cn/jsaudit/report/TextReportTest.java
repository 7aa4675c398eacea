package cn.jsaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextReportTest {

    @Test
    void groupedBySubmissionWithStatusExplanationAndRunRecord() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TextReport().write(Scenarios.data(), out);
        String expected = String.join("\n",
                "━━ 甲单位（本级）（2023 年度）  甲单位-2023.xlsx",
                "  1. [错误] T01-总计平衡 收支总表!C36，收支总表!F36",
                "     " + Scenarios.ERROR.message(),
                "  2. [警告·已说明] P-执行率 一般公共预算支出表!D7",
                "     " + Scenarios.WARNING.message(),
                "     原文：“因疫情防控需要追加预算”",
                "     单位说明：年中追加疫情防控经费，已报财政批准",
                "  3. [警告] N-金额不符 甲单位-2023.docx 段落12",
                "     " + Scenarios.NARRATIVE.message(),
                "     原文：“2023 年度基本支出 96.27 万元，占本年支出 87.3%。”",
                "  4. [提示] T06-01 基本支出明细表!C6",
                "     尾数误差，容差 ±0.055",
                "   小计：错误 1，警告 2（已说明 1），提示 1",
                "",
                "━━ （单位未识别）  坏文件.xlsx",
                "  1. [错误] INPUT 坏文件.xlsx",
                "     坏文件.xlsx：无法作为 Excel 工作簿打开",
                "   小计：错误 1，警告 0（已说明 0），提示 0",
                "",
                "共审核 2 份，错误 2，警告 2，提示 1",
                "运行记录：jsaudit 0.1.0，2026-07-01T09:30:00+08:00，规则 SHA-256 " + "ab".repeat(32) + "，输入文件 2 个",
                "");
        assertEquals(expected, out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }
}
