package cn.jsaudit.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * What one performance form says, before it is laid out: its budget figures, its indicators and its goal texts.
 * The anomalies change a plan; the writer then prints it in a {@link FormLayout}. Amounts in 分.
 */
final class FormPlan {

    /** One indicator row. Values are printed as given; weight and score in points. */
    static final class Indicator {
        final String level1;
        final int level1Weight;
        final String level2;
        final String name;
        String target;
        String actual;
        String weight;
        String score;
        String deviation = "";

        Indicator(String level1, int level1Weight, String level2, String name, String target, String actual,
                  String weight) {
            this.level1 = level1;
            this.level1Weight = level1Weight;
            this.level2 = level2;
            this.name = name;
            this.target = target;
            this.actual = actual;
            this.weight = weight;
            this.score = weight;
        }
    }

    final boolean department;
    final String name;
    /** The word of the project's name its goals speak of ("退役军人"), or "" for the department. */
    final String term;
    long initialBudget;
    /** True when the form's project is its 项's whole spending, so its 年初预算数 is the one the narrative states. */
    boolean initialStated;
    long budget;
    long executed;
    /** Of {@link #executed}: 当年财政拨款; the rest is 其他资金. */
    long fiscal;
    /** The printed 执行率 in percentage points, two decimals. */
    String rate;
    String execWeight;
    String execScore;
    final List<Indicator> indicators = new ArrayList<>();
    /** 预期目标 and 实际完成情况: one line per 目标. */
    final List<String> targetGoals = new ArrayList<>();
    final List<String> actualGoals = new ArrayList<>();
    /** A paragraph of the department form (项目支出 and its projects), or null. */
    String spendingParagraph;
    /** The printed 总分, or null to print Σ 得分. */
    String total;
    /** What the goal's second line states: {@link #BREAKDOWN}, {@link #HEADS} or nothing (""). */
    String statement = "";

    static final String BREAKDOWN = "breakdown";
    static final String HEADS = "heads";

    FormPlan(boolean department, String name, String term) {
        this.department = department;
        this.name = name;
        this.term = term;
    }

    Indicator indicator(String name) {
        return indicators.stream().filter(i -> i.name.equals(name)).findFirst().orElseThrow();
    }
}
