package cn.jsaudit.ruleapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.model.Amount;
import cn.jsaudit.model.Location;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CellsTest {

    private static Amount cell(String role, Integer rowNo, String code, String name, int col) {
        return new Amount("公开01表", role, "", rowNo, code, name, col, "栏", BigDecimal.ONE, new BigDecimal("0.005"),
                new Location("a.xlsx", "Sheet1", "C9"));
    }

    @Test
    void eachCallNarrowsTheSelection() {
        Amount a = cell("收支总表", 27, null, "本年收入合计", 1);
        assertTrue(Cells.of("收支总表").matches(a));
        assertTrue(Cells.of("收支总表").row(27).col(1).matches(a));
        assertTrue(Cells.of("收支总表").rows(1, 27).matches(a));
        assertFalse(Cells.of("收支总表").rows(1, 8).matches(a));
        assertFalse(Cells.of("收入").row(27).matches(a));
        assertFalse(Cells.of("收支总表").row(27).col(2).matches(a));
        assertTrue(Cells.of("收支总表").name("本年收入合计").matches(a));
        assertFalse(Cells.of("收支总表").code("208").matches(a));
    }

    @Test
    void aLineWithoutRowNumberOrCodeIsNotSelectedByThem() {
        Amount total = cell("支出", null, null, "合计", 3);
        assertFalse(Cells.of("支出").row(1).matches(total));
        assertFalse(Cells.of("支出").level("类").matches(total));
        assertTrue(Cells.of("支出").level("款").matches(cell("支出", null, "20101", "人大事务", 3)));
        assertTrue(Cells.of("支出").cols(2, 6).matches(total));
    }

    @Test
    void twoColumnNumbersThatDisagreeSelectNothing() {
        assertFalse(Cells.of("支出").col(3).col(4).matches(cell("支出", null, null, "合计", 3)));
        assertFalse(Cells.of("支出").col(3).col(4).matches(cell("支出", null, null, "合计", 4)));
    }

    @Test
    void oneLineOrCellIsSingleARangeOrLevelIsNot() {
        assertTrue(Cells.of("收支总表").row(27).single());
        assertTrue(Cells.of("支出").name("合计").col(1).single());
        assertFalse(Cells.of("收支总表").rows(1, 8).single());
        assertFalse(Cells.of("支出").cols(2, 6).single());
        assertFalse(Cells.of("支出").level("类").single());
    }

    @Test
    void itPrintsAsTheRuleWritesIt() {
        assertEquals("Cells.of(\"收入\").level(\"款\").cols(2, 7)", Cells.of("收入").level("款").cols(2, 7).toString());
        assertEquals("Cells.of(\"收支总表\").row(27)", Cells.of("收支总表").row(27).toString());
        assertEquals("Cells.of(\"基本支出明细\").name(\"人员经费合计\").col(4)",
                Cells.of("基本支出明细").name("人员经费合计").col(4).toString());
        assertEquals("Cells.of(\"a\\\"b\").code(\"301\")", Cells.of("a\"b").code("301").toString());
    }
}
