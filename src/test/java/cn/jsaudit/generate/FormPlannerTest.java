package cn.jsaudit.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What the planner puts on a clean project form agrees with the accounts the same submission prints. */
class FormPlannerTest {

    /**
     * A project form's 人员培训费用 beside a 公开09表 培训费 of 0 is what N-会议培训费-自评表 asks about; a clean form must
     * not say it (seed 4242 once gave two such warnings on clean county submissions). Many units, so both cases occur.
     */
    @Test
    void noTrainingCostWhereTheAccountsPrintNoTrainingFee() {
        int withoutTraining = 0;
        int trainingListed = 0;
        for (int seed = 1; seed <= 300; seed++) {
            Random rnd = new Random(seed);
            Accounts a = Accounts.random(rnd, 2024);
            FormPlanner planner = new FormPlanner(a, rnd);
            List<FormPlan> plans = planner.numbers();
            planner.words(plans);
            boolean listed = plans.stream().flatMap(p -> p.indicators.stream()).anyMatch(i -> i.name.startsWith("人员培训"));
            boolean none = Money.wan(a.fiscalLine("30216")).signum() == 0;
            withoutTraining += none ? 1 : 0;
            trainingListed += listed ? 1 : 0;
            assertTrue(!(none && listed), "seed " + seed + ": 人员培训费用 listed, 培训费 0");
        }
        assertTrue(withoutTraining > 0 && trainingListed > 0, withoutTraining + " without 培训费, " + trainingListed + " listing it");
    }
}
