package cn.jsaudit.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.ScreeningResult;
import cn.jsaudit.pipeline.Diagnostics;
import cn.jsaudit.pipeline.PriorYears;
import cn.jsaudit.pipeline.Screener;
import cn.jsaudit.pipeline.SubmissionFiles;
import cn.jsaudit.pipeline.SubmissionLocator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding keys name cells by their row and column labels: a row inserted above a cell does not change them. */
class FindingKeyTest {

    @TempDir
    Path tmp;

    /** The workbook with an empty row inserted above row {@code above} (zero-based) of a sheet, written to target. */
    static Path withRowInserted(Path workbook, String sheetName, int above, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet(sheetName);
            sheet.shiftRows(above, sheet.getLastRowNum(), 1, true, false);
            sheet.createRow(above);
            Files.createDirectories(target.getParent());
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
        return target;
    }

    private static List<String> keys(SubmissionFiles files) {
        ScreeningResult r = new Screener(Examples.folder(), null, Diagnostics.NONE, PriorYears.NONE).screen(files);
        return FindingKey.of(r.findings(), files);
    }

    private static List<String> cells(SubmissionFiles files) {
        ScreeningResult r = new Screener(Examples.folder(), null, Diagnostics.NONE, PriorYears.NONE).screen(files);
        return r.findings().stream().map(Finding::locations).map(Object::toString).toList();
    }

    @Test
    void aRowInsertedAboveTheCellsMovesTheirAddressesButNotTheKeys() throws IOException {
        Path dir = DeskServerTest.YUANJIANG;
        withRowInserted(dir.resolve("沅江市医疗保障局-2023.xlsx"), "基础数据表", 3, tmp.resolve("更正/沅江市医疗保障局-2023.xlsx"));
        Files.copy(dir.resolve("沅江市医疗保障局-2023.docx"), tmp.resolve("更正/沅江市医疗保障局-2023.docx"));
        SubmissionFiles original = SubmissionLocator.locate(List.of(dir)).get(0);
        SubmissionFiles shifted = SubmissionLocator.locate(List.of(tmp.resolve("更正"))).get(0);

        List<String> before = keys(original);
        assertEquals(before, keys(shifted));
        assertNotEquals(cells(original), cells(shifted), "the inserted row moved the cells");
        assertEquals("P-基础数据-情况说明||基础数据表!项目支出:@2023年决算数,“2023年一般公共预算财政拨款项目支出168.48万元,其中:年初预算106.6万元,"
                + "年中调整追加预算61.88万元(年中调减专项20%-21.32万元,追加预算83.2万元)。”", before.get(1));
        assertEquals("P-签字-不一致||基础数据表!单位负责人签字:@B,部门整体支出绩效自评表!单位负责人签字:王建华@A", before.get(4));
    }
}
