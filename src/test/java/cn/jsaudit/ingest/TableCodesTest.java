package cn.jsaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Table codes as units print them: 附表一 instead of 公开01表, or the code in brackets after the title. */
class TableCodesTest {

    private static final Path EXAMPLE = Path.of("examples/白河县医疗保障局-2023/白河县医疗保障局-2023.xlsx");
    private static final String NUMERALS = "一二三四五六七八九";

    @TempDir
    Path tmp;

    @Test
    void appendixNumbersNameTheTables() throws Exception {
        Path wb = rewrite(tmp.resolve("附表.xlsx"), (text, n) -> text.startsWith("公开0") ? "附表" + NUMERALS.charAt(n) : text);
        assertReadByCode(wb);
    }

    @Test
    void aCodeInBracketsAfterTheTitleNamesTheTable() throws Exception {
        Path wb = rewrite(tmp.resolve("括号.xlsx"), (text, n) -> text.startsWith("公开0") ? ""
                : text.endsWith("决算表") || text.endsWith("决算总表") || text.endsWith("明细表") ? text + "（公开0" + (n + 1) + "表）" : text);
        assertReadByCode(wb);
    }

    private static void assertReadByCode(Path wb) throws Exception {
        WorkbookFacts facts = new WorkbookReader(Examples.templates(), null).read(Workbooks.read(wb, InputLimits.DEFAULT), "w.xlsx");
        assertEquals(9, facts.tables().size(), facts.choice().toString());
        assertEquals(9, facts.choice().fit().byCode(), facts.choice().toString());
        assertTrue(facts.choice().fits());
    }

    /** The example with each text cell of the first four rows of its nine table sheets rewritten (n: the table's index). */
    private static Path rewrite(Path target, BiFunction<String, Integer, String> edit) throws Exception {
        try (InputStream in = Files.newInputStream(EXAMPLE); Workbook wb = new XSSFWorkbook(in)) {
            for (int n = 0; n < 9; n++) {
                for (Row r : wb.getSheetAt(n)) {
                    if (r.getRowNum() > 3) {
                        break;
                    }
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.STRING) {
                            c.setCellValue(edit.apply(c.getStringCellValue().strip(), n));
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
        return target;
    }
}
