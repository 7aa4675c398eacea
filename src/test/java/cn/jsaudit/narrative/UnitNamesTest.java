package cn.jsaudit.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.jsaudit.model.NarrativeTerm;
import cn.jsaudit.ruleapi.UnitNames;

class UnitNamesTest {

    private static List<NarrativeTerm> terms;

    @BeforeAll
    static void load() throws Exception {
        terms = NarrativeFacts.create(Path.of("rules")).terms();
    }

    @Test
    void theUnitItselfWithOrWithoutItsCityOrSuffix() {
        assertFalse(UnitNames.isOtherUnit("曾都区医疗保障信息中心", "随州市曾都区医疗保障信息中心", terms));
        assertFalse(UnitNames.isOtherUnit("白河县医疗保障局", "白河县医疗保障局（本级）", terms));
        assertFalse(UnitNames.isOtherUnit("沅江市医保局", "沅江市医疗保障局", terms));
    }

    @Test
    void aSiblingOrTheParentBureauIsAnotherUnit() {
        assertTrue(UnitNames.isOtherUnit("曾都区医疗保障服务中心", "随州市曾都区医疗保障信息中心", terms));
        assertTrue(UnitNames.isOtherUnit("曾都区医疗保障局", "随州市曾都区医疗保障信息中心", terms));
    }

    @Test
    void theSameKindElsewhereIsOnlyAHintAndTheFinanceBureauIsNeutral() {
        assertEquals(UnitNames.Relation.SAME_KIND_ELSEWHERE, UnitNames.relation("南京市医疗保障局", "沅江市医疗保障局", terms));
        assertEquals(UnitNames.Relation.SAME_KIND_ELSEWHERE, UnitNames.relation("益阳市医保局", "沅江市医疗保障局", terms));
        assertEquals(UnitNames.Relation.SAME_OR_NEUTRAL, UnitNames.relation("曾都区财政局", "随州市曾都区医疗保障信息中心", terms));
        assertEquals(UnitNames.Relation.UNRELATED, UnitNames.relation("湖南日报社", "沅江市医疗保障局", terms));
    }
}
