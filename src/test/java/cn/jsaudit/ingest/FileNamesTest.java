package cn.jsaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jsaudit.model.AmountUnit;
import cn.jsaudit.model.Submission;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void copiesMarksAreNotPartOfTheUnitName() {
        assertEquals("沅江市医疗保障局", FileNames.unit("沅江市医疗保障局-2023.xlsx"));
        assertEquals("沅江市医疗保障局", FileNames.unit("沅江市医疗保障局-2023-审核.xlsx"));
        assertEquals("沅江市医疗保障局", FileNames.unit("沅江市医疗保障局-2023-审核(2).xls"));
        assertEquals("沅江市医疗保障局", FileNames.unit("沅江市医疗保障局-2023 (1).xlsx"));
        assertEquals("沅江市医疗保障局", FileNames.unit("沅江市医疗保障局-绩效自评表.xlsx"));
    }

    /** A narrative or a disclosure screened on its own names its unit before what the document is. */
    @Test
    void whatTheDocumentIsIsNotPartOfTheUnitName() {
        assertEquals("白河县医疗保障局", FileNames.unit("白河县医疗保障局-2023情况说明.pdf"));
        assertEquals("白河县医疗保障局", FileNames.unit("白河县医疗保障局2023年度部门决算.pdf"));
        assertEquals("白河县医疗保障局", FileNames.unit("白河县医疗保障局2023年度部门决算公开表.xlsx"));
        assertEquals("白河县医疗保障局", FileNames.unit("白河县医疗保障局-2023年度部门整体支出绩效自评表.xlsx"));
        assertEquals("财政局", FileNames.unit("财政局.xlsx"));
    }

    @Test
    void theFileNameNamesTheUnitOnlyWhenTheTablesDoNot() {
        Submission named = new Submission("甲-2023.xlsx", "乙单位", 2023, AmountUnit.WAN_YUAN, "national");
        assertEquals(named, FileNames.withUnit(named));
        Submission unnamed = new Submission("甲-2023.xlsx", null, 2023, AmountUnit.WAN_YUAN, "shanghai");
        assertEquals(new Submission("甲-2023.xlsx", "甲", 2023, AmountUnit.WAN_YUAN, "shanghai"), FileNames.withUnit(unnamed));
    }
}
