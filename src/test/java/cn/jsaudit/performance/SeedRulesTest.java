package cn.jsaudit.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed anomalies (seed-cases.md Y1–Y5, Z10, Z12) and no false findings on consistent figures. */
class SeedRulesTest {

    private static final String YJ_UNIT = "沅江市医疗保障局";
    private static final String ZD_UNIT = "随州市曾都区医疗保障信息中心";

    private List<Finding> yuanjiang(boolean withReport) throws Exception {
        List<Object> facts = new ArrayList<>(Harness.read(Harness.YUANJIANG.resolve("沅江市医疗保障局-2023.xlsx")).facts());
        if (withReport) {
            facts.addAll(Harness.input().narrative().read(
                    Harness.paragraphs(Harness.YUANJIANG.resolve("沅江市医疗保障局-2023.docx")), "沅江市医疗保障局-2023.docx"));
        }
        return Harness.check(UnitNames.fromFileName("沅江市医疗保障局-2023.xlsx"), facts);
    }

    @Test
    void printAll() throws Exception {
        System.out.println(Harness.describe(yuanjiang(true)));
        System.out.println(Harness.describe(Harness.check(ZD_UNIT, Harness.read(Harness.REFERENCE).facts())));
    }
}
