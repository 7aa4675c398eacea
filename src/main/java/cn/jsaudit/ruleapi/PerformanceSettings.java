package cn.jsaudit.ruleapi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * The parameters of the performance rules, from {@code rules/performance/thresholds.yaml}. Inserted once
 * per session as a fact, so that rules read them instead of holding numbers.
 */
public record PerformanceSettings(BigDecimal rateNeedingExplanation, BigDecimal growthAllowed,
                                  BigDecimal scoreTotal, BigDecimal scoreTolerance,
                                  List<String> overBudgetNeedsExplanation, List<String> noGrowth,
                                  List<String> consistentSignatures, List<String> totalCostNames,
                                  List<String> lateWords, List<String> timelinessNames,
                                  List<String> adjustmentRateNames, BigDecimal adjustmentRateTolerance,
                                  BigDecimal unitPriceTolerance, int subsetSearchLimit) {

    public static final String FILE = "performance/thresholds.yaml";

    public static PerformanceSettings load(Path rulesDir) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        return yaml.readValue(rulesDir.resolve(FILE).toFile(), PerformanceSettings.class);
    }
}
