package cn.jsaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jsaudit.fixtures.Examples;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Printed label paths against a template's columns: by meaning, never a group added to its own parts. */
class ColumnMatcherTest {

    private static final ColumnMatcher MATCHER = new ColumnMatcher(Examples.templates().vocabulary());

    private static Map<String, Integer> pair(TemplateBlock block, String... printed) {
        List<ColumnMatcher.Printed> cols = new java.util.ArrayList<>();
        for (int i = 0; i < printed.length; i++) {
            cols.add(new ColumnMatcher.Printed(i, List.of(printed[i].split("/")), null));
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        MATCHER.match(block, cols).forEach(p -> out.put(p.printed().label(), p.number()));
        return out;
    }

    private static TemplateBlock block(Map<Integer, List<String>> columns) {
        return new TemplateBlock("", columns, null, null);
    }

    @Test
    void aGroupMeansItsSubtotalNeverItsParts() {
        TemplateBlock fundColumns = block(Map.of(1, List.of("合计"), 2, List.of("一般公共预算财政拨款"),
                3, List.of("政府性基金预算财政拨款")));
        assertEquals(Map.of("合计", 1, "一般公共预算财政拨款/小计", 2, "政府性基金预算财政拨款", 3),
                pair(fundColumns, "合计", "一般公共预算财政拨款/小计", "一般公共预算财政拨款/基本支出",
                        "一般公共预算财政拨款/项目支出", "政府性基金预算财政拨款"));
    }

    @Test
    void partsMayComeInAnyOrderButAllMustBeThere() {
        TemplateBlock sanGong = block(Map.of(1, List.of("预算数/合计"), 7, List.of("决算数/合计"),
                3, List.of("预算数/公务用车购置及运行维护费/小计")));
        assertEquals(Map.of("合计/预算数", 1, "合计/决算数", 7, "公务用车购置及运行维护费/小计/预算数", 3),
                pair(sanGong, "合计/预算数", "合计/决算数", "公务用车购置及运行维护费/小计/预算数"));
        assertEquals(Map.of(), pair(block(Map.of(1, List.of("预算数/合计"))), "决算数/合计"),
                "决算数/合计 is not 预算数/合计 with a part left out");
    }

    @Test
    void aSheetMayLeaveOutAGroupLabelOrWriteALabelLonger() {
        TemplateBlock budget = block(Map.of(1, List.of("本年支出/小计"), 2, List.of("本年支出/基本支出")));
        assertEquals(Map.of("小计", 1, "基本支出", 2), pair(budget, "小计", "基本支出"));
        TemplateBlock income = block(Map.of(2, List.of("财政拨款收入")));
        assertEquals(Map.of("财政拨款", 2), pair(income, "财政拨款"));
    }
}
