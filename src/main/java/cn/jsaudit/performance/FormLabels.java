package cn.jsaudit.performance;

import cn.jsaudit.ruleapi.Labels;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import cn.jsaudit.model.FormKind;
import cn.jsaudit.model.Relation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The labels by which performance forms and their parts are recognised, from
 * {@code rules/performance/forms.yaml}. Labels are compared in {@link Labels#key} form.
 */
public record FormLabels(int titleRows, Map<FormKind, List<String>> titles, Execution execution,
                         Indicators indicators, List<String> deviationNotes, List<UnitRole> units,
                         List<String> signatures, BasicData basicData, Map<String, String> subjects,
                         List<String> reasonMarkers, IndicatorValues indicatorValues,
                         NarrativeRatios narrativeRatios, List<String> projectName, Goals goals,
                         Statements statements) {

    /** The headings of a form's 年度总体目标: what was planned (预期目标) and what was done (实际完成情况). */
    public record Goals(List<String> target, List<String> actual) {
    }

    /**
     * The words by which sums, products and amounts are recognised in a form's texts.
     *
     * @param totalWords   words before a stated total ("共", "合计")
     * @param among        the word after a total that lists its parts ("其中")
     * @param partial      words saying a list of parts is not complete ("主要", "包括")
     * @param notParts     words marking an amount as a budget or an outturn rather than a part ("预算", "实际")
     * @param countUnits   units after a count ("名", "人次")
     * @param countNouns   nouns a count may name after 万 ("18.05万参保居民")
     * @param perUnit      words before a price per head ("人均", "标准")
     * @param spentWords   words saying money was paid out ("发放", "拨付")
     * @param budgetWords  words saying money was planned ("预算", "预计")
     * @param genericPairs two-character words too common to pair a text's item with a cost indicator ("费用")
     */
    public record Statements(List<String> totalWords, List<String> among, List<String> partial, List<String> notParts,
                             List<String> countUnits, List<String> countNouns, List<String> perUnit,
                             List<String> spentWords, List<String> budgetWords, List<String> genericPairs) {
    }

    /** Cost indicators: a target without comparator bounds the cost from above. */
    public record LowerIsBetter(List<String> groups, List<String> names) {
    }

    public record NarrativeRatios(List<String> base, List<String> actual) {
    }

    public record IndicatorValues(Map<Relation, List<String>> before, Map<Relation, List<String>> after,
                                  List<String> units, LowerIsBetter lowerIsBetter) {
    }

    public record Execution(Map<String, List<String>> columns, List<String> stopLabels) {
    }

    /** @param inlineTotalLabels labels of a total printed with its value in one cell ("自评得分：98") */
    public record Indicators(Map<String, List<String>> columns, List<String> totalLabels, List<String> inlineTotalLabels) {
    }

    public record UnitRole(String label, boolean submitter) {
    }

    public record Staffing(String subject, List<String> base, List<String> actual, List<String> rate) {
    }

    public record BasicLine(String key, List<String> labels, String parent, boolean linesFollow) {
    }

    public record BasicData(Staffing staffing, Map<String, List<String>> columns, List<String> stopLabels,
                            List<BasicLine> lines) {
    }

    public static final String FILE = "performance/forms.yaml";

    /** Reads {@code rulesDir/performance/forms.yaml}. */
    public static FormLabels load(Path rulesDir) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        return yaml.readValue(rulesDir.resolve(FILE).toFile(), FormLabels.class);
    }

    /** The canonical name of a subject ("运行成本" → "公用经费"); the subject itself when not listed. */
    public String canonicalSubject(String subject) {
        String k = Labels.key(subject);
        for (Map.Entry<String, String> e : subjects.entrySet()) {
            if (Labels.key(e.getKey()).equals(k)) {
                return e.getValue();
            }
        }
        return k;
    }

    /** True when the text gives a reason or a basis ("主要原因是…", "以常住人口数为基数"). */
    public boolean givesReason(String text) {
        return text != null && reasonMarkers.stream().anyMatch(text::contains);
    }
}
