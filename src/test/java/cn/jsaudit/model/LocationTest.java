package cn.jsaudit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LocationTest {

    @Test
    void readsA1CellsAndRejectsOtherPositions() {
        assertEquals(6, new Location("f", "s", "C7").rowIndex());
        assertEquals(2, new Location("f", "s", "C7").columnIndex());
        assertEquals(27, new Location("f", "s", "AB12").columnIndex());
        assertEquals(-1, new Location("f", null, "段落12").rowIndex());
        assertEquals(-1, new Location("f", "s", "ABCD1").rowIndex());
        assertEquals(-1, new Location("f", "s", "A12345678").rowIndex());
        assertEquals(-1, new Location("f", "s", "C").columnIndex());
        assertEquals(-1, new Location("f", "s", null).rowIndex());
    }
}
