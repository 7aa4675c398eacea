package cn.jsaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class NarrativeSheetTest {

    @Test
    void aSheetNamed情况说明() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("收支总表").createRow(0).createCell(0).setCellValue("收入支出决算总表");
            wb.createSheet("2023年度 情况说明").createRow(3).createCell(0).setCellValue("一、部门职责");
            assertEquals("2023年度 情况说明", NarrativeSheet.of(Workbooks.of(wb)).name());
        }
    }

    @Test
    void aSheetWhoseFirstPrintedLineIsATitleNaming情况说明() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Sheet3");
            s.createRow(2).createCell(0).setCellValue("某单位 2023 年度部门决算情况说明");
            s.createRow(3).createCell(0).setCellValue("一、部门职责");
            assertEquals("Sheet3", NarrativeSheet.of(Workbooks.of(wb)).name());
        }
    }

    @Test
    void aLongFirstLineMentioning情况说明IsTextNotATitle() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Sheet1").createRow(0).createCell(0)
                    .setCellValue("本表反映单位本年度一般公共预算财政拨款支出情况，具体见情况说明第三部分第二节所列各项");
            assertNull(NarrativeSheet.of(Workbooks.of(wb)));
        }
    }
}
