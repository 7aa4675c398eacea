package cn.jsaudit.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jsaudit.model.Amount;
import cn.jsaudit.model.BasicDataItem;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.FormNumber;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 三公 lines of the 基础数据表 against table 09 of the same submission, matched by column label. */
class SanGongVs09Test {

    private static FormNumber number(String v, String cell) {
        BigDecimal d = new BigDecimal(v);
        return new FormNumber(d, FormNumber.halfStepOf(d.scale()), v, new Location("t.xlsx", "基础数据表", cell));
    }

    private static BasicDataItem item(String key, String budget, String actual, int row) {
        return new BasicDataItem("f", key, key, null, null, number(budget, "D" + row), number(actual, "F" + row),
                new Location("t.xlsx", "基础数据表", "A" + row));
    }

    private static Amount col09(int col, String label, String value) {
        return new Amount("公开09表", "三公", "", null, null, null, col, label, new BigDecimal(value), new BigDecimal("0.005"),
                new Location("t.xlsx", "三公经费表", (char) ('A' + col - 1) + "8"));
    }

    private static List<Finding> check(List<Object> facts) throws Exception {
        return Harness.with(Harness.check("测试市医疗保障局", facts), "P-三公-09表");
    }

    private static List<Object> facts(String actualReception) {
        return List.of(item("三公经费", "3.00", "1.08", 5), item("公务接待", "3.00", actualReception, 10),
                col09(1, "预算数/合计", "3.00"), col09(6, "预算数/公务接待费", "3.00"),
                col09(7, "决算数/合计", "1.08"), col09(12, "决算数/公务接待费", "1.08"));
    }

    @Test
    void agreeingFiguresRaiseNothing() throws Exception {
        assertEquals(List.of(), check(facts("1.08")));
    }

    @Test
    void aDifferentFigureIsAnErrorAtBothCells() throws Exception {
        List<Finding> f = check(facts("1.80"));
        assertEquals(1, f.size(), f::toString);
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals(List.of("F10", "L8"), f.get(0).locations().stream().map(Location::cell).toList());
        assertEquals(0, new BigDecimal("1.08").compareTo(f.get(0).expected()));
    }

    @Test
    void aRoundingDifferenceIsInfo() throws Exception {
        List<Finding> f = check(facts("1.09"));
        assertEquals(Severity.INFO, f.get(0).severity());
    }
}
