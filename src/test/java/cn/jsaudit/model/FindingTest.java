package cn.jsaudit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTest {

    private static Finding of(Severity s) {
        return new Finding("R", "t", s, "m", null, List.of(), null, null, null, null);
    }

    @Test
    void aNewFindingIsOpenWithoutExplanation() {
        assertEquals(FindingStatus.OPEN, of(Severity.WARNING).status());
        assertNull(of(Severity.WARNING).explanation());
    }

    @Test
    void warningsAndNotesCanBeExplainedErrorsCannot() {
        assertEquals(FindingStatus.EXPLAINED, of(Severity.WARNING).withExplanation("追加预算").status());
        assertEquals(FindingStatus.EXPLAINED, of(Severity.INFO).withExplanation("尾数").status());
        Finding error = of(Severity.ERROR).withExplanation("导出问题");
        assertEquals(FindingStatus.OPEN, error.status());
        assertEquals("导出问题", error.explanation());
    }

    @Test
    void aBlankExplanationIsNone() {
        assertEquals(FindingStatus.OPEN, of(Severity.WARNING).withExplanation("  ").status());
        assertEquals("已说明", of(Severity.INFO).withExplanation(" 尾数 ").status().label());
        assertEquals("尾数", of(Severity.INFO).withExplanation(" 尾数 ").explanation());
    }
}
