package cn.jsaudit.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.PerformanceForm;
import cn.jsaudit.model.Severity;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A form's title is looked for in its first rows that hold anything, so blank rows a unit leaves above a form do not
 * hide it; a sheet named as a form whose title is not found is said to be unread, never passed over in silence.
 */
class FormTitlesTest {

    @TempDir
    Path tmp;

    @Test
    void blankRowsAboveAFormDoNotHideIt() throws Exception {
        Path shifted = tmp.resolve("空行.xlsx");
        Examples.edited(Harness.REFERENCE, shifted, wb -> {
            for (Sheet s : wb) {
                s.shiftRows(0, s.getLastRowNum(), 3);
            }
        });
        assertEquals(titles(Harness.read(Harness.REFERENCE).facts()), titles(Harness.read(shifted).facts()));
        assertEquals(3, titles(Harness.read(shifted).facts()).size());
    }

    @Test
    void aSheetNamedAsAFormWithoutItsTitleIsSaidToBeUnread() throws Exception {
        Path untitled = tmp.resolve("无标题.xlsx");
        Examples.edited(Harness.REFERENCE, untitled, wb -> {
            Sheet form = wb.getSheet("城乡居民项目自评表");
            // a new cell: POI keeps an inline string's old text beside a value set on it
            form.getRow(0).removeCell(form.getRow(0).getCell(0));
            form.getRow(0).createCell(0).setCellValue("附件");
            wb.setSheetName(wb.getSheetIndex(form), "项目支出绩效自评表");
        });
        List<Finding> findings = Harness.read(untitled).findings();
        assertEquals(1, findings.size(), Harness.describe(findings));
        Finding f = findings.get(0);
        assertEquals("INPUT", f.rule());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("A1", f.locations().get(0).cell());
        assertTrue(f.message().startsWith("读取存疑：工作表「项目支出绩效自评表」的名称是项目支出绩效自评表，但前 3 个有内容的行中没有找到"),
                f.message());
    }

    private static List<String> titles(List<Object> facts) {
        return facts.stream().filter(PerformanceForm.class::isInstance).map(PerformanceForm.class::cast)
                .map(f -> f.kind() + " " + f.title()).toList();
    }

}
