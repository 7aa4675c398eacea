package cn.jsaudit.performance;

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
                         NarrativeRatios narrativeRatios) {

    public record NarrativeRatios(List<String> base, List<String> actual) {
    }

    public record IndicatorValues(Map<Relation, List<String>> before, Map<Relation, List<String>> after,
                                  List<String> units) {
    }

    public record Execution(Map<String, List<String>> columns, List<String> stopLabels) {
    }

    public record Indicators(Map<String, List<String>> columns, List<String> totalLabels) {
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
