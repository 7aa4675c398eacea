package cn.jsaudit.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnitNamesFileTest {

    @Test
    void copiesMarksAreNotPartOfTheUnitName() {
        assertEquals("沅江市医疗保障局", UnitNames.fromFileName("沅江市医疗保障局-2023.xlsx"));
        assertEquals("沅江市医疗保障局", UnitNames.fromFileName("沅江市医疗保障局-2023-审核.xlsx"));
        assertEquals("沅江市医疗保障局", UnitNames.fromFileName("沅江市医疗保障局-2023-审核(2).xls"));
        assertEquals("沅江市医疗保障局", UnitNames.fromFileName("沅江市医疗保障局-2023 (1).xlsx"));
        assertEquals("沅江市医疗保障局", UnitNames.fromFileName("沅江市医疗保障局-绩效自评表.xlsx"));
    }
}
