package cn.jsaudit.ruleapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import cn.jsaudit.model.NarrativeTerm;

import org.junit.jupiter.api.Test;

class UnitNamesTest {

    private static final List<NarrativeTerm> SUFFIXES = List.of(new NarrativeTerm("unit-suffix", "局", ""),
            new NarrativeTerm("unit-suffix", "中心", ""));

    @Test
    void aSentenceWithoutTheNamesPlaceHoldsNoTypo() {
        String unit = "00001-白河县医疗保障局";
        String typo = Text.compact("白河县医疗保障属成立于 2019 年。");
        assertEquals(List.of("白河县医疗保障属"), UnitNames.typos(typo, unit, SUFFIXES, 6));
        assertTrue(UnitNames.mayHaveTypos(typo, unit));
        String elsewhere = Text.compact("本局医疗保障工作有序开展。");
        assertFalse(UnitNames.mayHaveTypos(elsewhere, unit));
        assertEquals(List.of(), UnitNames.typos(elsewhere, unit, SUFFIXES, 6));
        assertFalse(UnitNames.mayHaveTypos(null, unit));
    }
}
