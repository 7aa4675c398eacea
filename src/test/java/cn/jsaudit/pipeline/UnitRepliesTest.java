package cn.jsaudit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.jsaudit.model.UnitReply;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.FindingStatus;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitRepliesTest {

    private static final Finding WARNING = finding("P-执行率", Severity.WARNING,
            new Location("a.xlsx", "表5", "D7"), new Location("a.xlsx", "表5", "E7"));
    private static final Finding ERROR = finding("T01-总计平衡", Severity.ERROR, new Location("a.xlsx", "收支总表", "C36"));

    private static Finding finding(String rule, Severity s, Location... at) {
        return new Finding(rule, "标题", s, "消息", "05", List.of(at), null, null, null, null);
    }

    private static Finding apply(UnitReply e, String unit, Finding f) {
        return new UnitReplies(List.of(e)).apply(unit, List.of(f)).get(0);
    }

    @Test
    void matchesTheWholePositionOrItsFirstCell() {
        assertEquals("追加预算", apply(new UnitReply("", "P-执行率", "表5!D7，表5!E7", "追加预算"), "甲", WARNING).explanation());
        assertEquals("追加预算", apply(new UnitReply("", "P-执行率", " 表5!D7 ", "追加预算"), "甲", WARNING).explanation());
        assertEquals("追加预算", apply(new UnitReply("", "P-执行率", "表5!D7,表5!E7", "追加预算"), "甲", WARNING).explanation());
        assertNull(apply(new UnitReply("", "P-执行率", "表5!E7", "追加预算"), "甲", WARNING).explanation());
        assertNull(apply(new UnitReply("", "P-其他", "表5!D7", "追加预算"), "甲", WARNING).explanation());
    }

    @Test
    void aNamedUnitMustBeTheSubmissionsAllowingASuffix() {
        UnitReply e = new UnitReply("甲单位", "P-执行率", "表5!D7", "追加预算");
        assertEquals(FindingStatus.EXPLAINED, apply(e, "甲单位（本级）", WARNING).status());
        assertEquals(FindingStatus.EXPLAINED, apply(e, "甲单位", WARNING).status());
        assertEquals(FindingStatus.EXPLAINED, apply(new UnitReply("甲 单位(本级)", "P-执行率", "表5!D7", "追加预算"), "甲单位",
                WARNING).status(), "white space and the width of brackets do not count, as across years");
        assertEquals(FindingStatus.OPEN, apply(e, "乙单位", WARNING).status());
        assertEquals(FindingStatus.OPEN, apply(e, "甲单位服务中心", WARNING).status());
        assertEquals(FindingStatus.OPEN, apply(e, null, WARNING).status());
    }

    @Test
    void anErrorKeepsItsExplanationButStaysOpen() {
        Finding f = apply(new UnitReply("", "T01-总计平衡", "收支总表!C36", "系统导出问题"), "甲", ERROR);
        assertEquals("系统导出问题", f.explanation());
        assertEquals(FindingStatus.OPEN, f.status());
        assertEquals(Severity.ERROR, f.severity());
    }

    @Test
    void aFindingWithoutAMatchKeepsTheExplanationItHad() {
        Finding explained = WARNING.withExplanation("上次的说明");
        assertEquals("上次的说明", apply(new UnitReply("", "X", "Y", "Z"), "甲", explained).explanation());
    }
}
