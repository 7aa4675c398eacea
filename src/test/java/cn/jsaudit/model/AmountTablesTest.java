package cn.jsaudit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmountTablesTest {

    private static Amount cell(String role, Integer rowNo, String code, String name, int col, String cell) {
        return new Amount("公开02表", role, "", rowNo, code, name, col, "栏" + col, BigDecimal.ONE, new BigDecimal("0.005"),
                new Location("a.xlsx", "Sheet2", cell));
    }

    private final Amount total1 = cell("收入", null, null, "合计", 1, "C7");
    private final Amount total2 = cell("收入", null, null, "合计", 2, "D7");
    private final Amount class1 = cell("收入", null, "208", "社会保障和就业支出", 1, "C8");
    private final Amount section1 = cell("收入", null, "20805", "行政事业单位养老支出", 1, "C9");
    private final Amount section2 = cell("收入", null, "20805", "行政事业单位养老支出", 2, "D9");
    private final Amount summary = cell("收支总表", 27, null, "本年收入合计", 1, "B30");
    private final AmountTables tables = AmountTables.of(List.of(total1, summary, total2, class1, section1, section2));

    @Test
    void amountsAreGroupedByTheRoleOfTheirTableInTheOrderGiven() {
        assertEquals(List.of(total1, total2, class1, section1, section2), tables.table("收入").all());
        assertEquals(List.of(summary), tables.table("收支总表").all());
        assertTrue(tables.table("三公").all().isEmpty());
    }

    @Test
    void eachTableIsIndexedByLineColumnParentCodeRowNumberCodeAndName() {
        AmountTables.Table in = tables.table("收入");
        assertEquals(List.of(section1, section2), in.line(section1.rowKey()));
        assertEquals(List.of(total2, section2), in.column(2));
        assertEquals(List.of(section1, section2), in.children("208"));
        assertEquals(List.of(section1, section2), in.code("20805"));
        assertEquals(List.of(total1, total2), in.name("合计"));
        assertEquals(List.of(summary), tables.table("收支总表").rowNo(27));
        assertTrue(in.rowNo(27).isEmpty());
        assertTrue(in.children("20805").isEmpty());
    }

    @Test
    void aLineIsOpenedByItsLeftmostAmountWhicheverOrderTheyCameIn() {
        // section2 (D9) was given before section1 (C9): the line is still opened by the C column
        AmountTables given = AmountTables.of(List.of(section2, total1, section1, summary));
        assertTrue(given.opensLine(section1));
        assertFalse(given.opensLine(section2));
        assertTrue(given.opensLine(total1), "a line of one amount");
        assertTrue(given.opensLine(summary));
    }

    @Test
    void aTableReadsAColumnRangeWhenOneOfItsColumnsHasAnAmount() {
        assertTrue(tables.reads("收入", 2, 2));
        assertTrue(tables.reads("收入", 2, 6), "column 2 within 2…6");
        assertFalse(tables.reads("收入", 3, 6));
        assertFalse(tables.reads("收入", 2, 1), "an empty range");
        assertFalse(tables.reads("三公", 1, 1), "a table without amounts");
        assertTrue(tables.has("收支总表"));
        assertFalse(tables.has("三公"));
    }

    @Test
    void codesAreFoundByTableNameAndByColumnLabel() {
        assertTrue(tables.hasCode("公开02表", "208"));
        assertFalse(tables.hasCode("公开01表", "208"), "another table's name");
        assertFalse(tables.hasCode("公开02表", "209"));
        assertEquals(List.of(section2), tables.table("收入").code("20805", "栏2"));
        assertTrue(tables.table("收入").code("20805", "栏3").isEmpty());
        assertTrue(tables.table("三公").code("20805", "栏2").isEmpty());
    }

    @Test
    void theTemplateIsTheOneTheAmountsWereReadWith() {
        assertEquals("national", AmountTables.of(List.of(total1), "national").template());
        assertEquals(null, tables.template());
    }
}
