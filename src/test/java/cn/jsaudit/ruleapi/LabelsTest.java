package cn.jsaudit.ruleapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void bracketedNotesYearsOrdinalsAndColonsAreNotPartOfALabel() {
        assertEquals("预算数", Labels.key("预算数（A）"));
        assertEquals("年初预算数", Labels.key("2023年 年初预算数(万元)"));
        assertEquals("年度资金总额", Labels.key("1、年度资金总额："));
    }

    /** Printed one page wide, a header loses its end: "年初预算数(万元" is still the 年初预算数 column. */
    @Test
    void aNoteWhoseClosingBracketWasCutOffIsDroppedToo() {
        assertEquals("年初预算数", Labels.key("年初预算数(万元"));
        assertEquals("全年执行数", Labels.key("全年执行数（万"));
    }
}
