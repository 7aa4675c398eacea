package cn.jsaudit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings on the narrative follow its paragraphs as numbered, not as text ("第140段" after "第50段"). */
class FindingOrderTest {

    @Test
    void narrativeFindingsFollowTheParagraphNumbers() {
        List<Finding> findings = new ArrayList<>();
        for (String p : List.of("第140段", "第50段", "第9段", "第10段")) {
            findings.add(new Finding("N-过时内容", "过时", Severity.INFO, "过时的内容", null,
                    List.of(new Location("a.txt", null, p)), null, null, null, "句子"));
        }
        findings.sort(FindingOrder.ORDER);
        assertEquals(List.of("第9段", "第10段", "第50段", "第140段"),
                findings.stream().map(f -> f.primaryLocation().cell()).toList());
    }
}
