package cn.jsaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jsaudit.model.UnitReply;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitReplyReaderTest {

    @TempDir
    Path tmp;

    @Test
    void csvInUtf8WithBomQuotedFieldsAndBlankExplanationsSkipped() throws Exception {
        Path csv = tmp.resolve("说明.csv");
        Files.writeString(csv, "\uFEFF单位,规则,位置,说明\r\n"
                + "甲单位,P-执行率,\"表5!D7，表5!E7\",\"年中追加,已批准\"\r\n"
                + "乙单位,T06-01,表6!C6,\r\n"
                + "丙单位,N-金额不符,段落12,\"他说\"\"已改正\"\"\"\n", StandardCharsets.UTF_8);
        assertEquals(List.of(new UnitReply("甲单位", "P-执行率", "表5!D7，表5!E7", "年中追加,已批准"),
                new UnitReply("丙单位", "N-金额不符", "段落12", "他说\"已改正\"")), UnitReplyReader.fromFile(csv));
    }

    @Test
    void csvSavedByExcelInGb18030() throws Exception {
        Path csv = tmp.resolve("说明.csv");
        Files.write(csv, "单位,规则,位置,说明\r\n甲单位,P-执行率,表5!D7,追加预算\r\n".getBytes(Charset.forName("GB18030")));
        assertEquals(List.of(new UnitReply("甲单位", "P-执行率", "表5!D7", "追加预算")), UnitReplyReader.fromFile(csv));
    }

    @Test
    void aFindingListWithA单位说明ColumnIsReadFromThatColumnNotFromTheMessages() throws Exception {
        Path xlsx = tmp.resolve("审核结果.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(xlsx)) {
            Sheet s = wb.createSheet("审核发现");
            row(s, 0, "序号", "单位", "规则", "位置", "说明", "状态", "单位说明");
            row(s, 1, "1", "甲单位", "P-执行率", "表5!D7", "执行率 112% 未见说明", "未说明", "追加预算");
            row(s, 2, "2", "甲单位", "T06-01", "表6!C6", "尾数误差", "未说明", "");
            wb.write(o);
        }
        assertEquals(List.of(new UnitReply("甲单位", "P-执行率", "表5!D7", "追加预算")), UnitReplyReader.fromFile(xlsx));
    }

    @Test
    void reviewSheetOfACopyAnnotatedWhenTheReplyColumnWas说明() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            row(wb.createSheet("收支总表"), 0, "收入支出决算总表");
            Sheet s = wb.createSheet("审核结果");
            row(s, 0, "序号", "严重程度", "规则", "位置", "审核意见", "说明");
            row(s, 1, "1", "警告", "P-执行率", "表5!D7", "执行率 112% 未见说明", " 追加预算 ");
            assertEquals(List.of(new UnitReply("", "P-执行率", "表5!D7", "追加预算")), UnitReplyReader.fromReviewSheet(Workbooks.of(wb)));
            assertEquals(true, data(s).isReviewSheet());
            assertEquals(false, data(wb.getSheet("收支总表")).isReviewSheet());
        }
    }

    @Test
    void aSheetTitled审核结果IsAReviewSheetWhateverItsName() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Sheet1");
            row(s, 0, "审核结果（2023 年度）");
            assertEquals(true, data(s).isReviewSheet());
        }
    }

    private static SheetData data(Sheet s) {
        return Workbooks.of(s.getWorkbook()).sheets().get(s.getWorkbook().getSheetIndex(s));
    }

    private static void row(Sheet s, int r, String... values) {
        Row row = s.createRow(r);
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }
}
