package cn.jsaudit.rulepack;

import cn.jsaudit.engine.RuleProblem;
import cn.jsaudit.ingest.InputLimits;
import cn.jsaudit.ruleapi.NumberPolicy;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** rules/settings.yaml: the auditor's number policy for every rule of the folder, and the limits on input. */
final class Settings {

    /** What the file sets: the tolerance policy and the input limits. */
    record Values(NumberPolicy numbers, InputLimits limits) {
        static final Values DEFAULT = new Values(NumberPolicy.DEFAULT, InputLimits.DEFAULT);
    }

    /** The file's shape; absent keys keep the defaults. */
    record File(Boolean printedZerosExact, BigDecimal minimumTolerance, BigDecimal minimumRateTolerance, Limits limits) {
    }

    /** The limits section; absent keys keep {@link InputLimits#DEFAULT}. */
    record Limits(Integer maxFileMegabytes, Integer maxEntries, Integer maxPartMegabytes, Integer maxInflatedMegabytes,
                  Integer maxCompressionRatio, Integer maxXmlDepth, Integer maxRows, Integer maxColumns, Integer maxCells,
                  Integer maxCellCharacters, Integer maxTextCharacters, Integer maxNarrativeCharacters, Integer maxFindings,
                  Integer maxPdfPages, Integer maxPdfCharacters, Integer maxPdfSeconds) {

        InputLimits merged(String file, Path path, List<RuleProblem> problems) {
            InputLimits d = InputLimits.DEFAULT;
            return new InputLimits(
                    positive("maxFileMegabytes", maxFileMegabytes, d.maxFileMegabytes(), file, path, problems),
                    positive("maxEntries", maxEntries, d.maxEntries(), file, path, problems),
                    positive("maxPartMegabytes", maxPartMegabytes, d.maxPartMegabytes(), file, path, problems),
                    positive("maxInflatedMegabytes", maxInflatedMegabytes, d.maxInflatedMegabytes(), file, path, problems),
                    positive("maxCompressionRatio", maxCompressionRatio, d.maxCompressionRatio(), file, path, problems),
                    positive("maxXmlDepth", maxXmlDepth, d.maxXmlDepth(), file, path, problems),
                    positive("maxRows", maxRows, d.maxRows(), file, path, problems),
                    positive("maxColumns", maxColumns, d.maxColumns(), file, path, problems),
                    positive("maxCells", maxCells, d.maxCells(), file, path, problems),
                    positive("maxCellCharacters", maxCellCharacters, d.maxCellCharacters(), file, path, problems),
                    positive("maxTextCharacters", maxTextCharacters, d.maxTextCharacters(), file, path, problems),
                    positive("maxNarrativeCharacters", maxNarrativeCharacters, d.maxNarrativeCharacters(), file, path, problems),
                    positive("maxFindings", maxFindings, d.maxFindings(), file, path, problems),
                    positive("maxPdfPages", maxPdfPages, d.maxPdfPages(), file, path, problems),
                    positive("maxPdfCharacters", maxPdfCharacters, d.maxPdfCharacters(), file, path, problems),
                    positive("maxPdfSeconds", maxPdfSeconds, d.maxPdfSeconds(), file, path, problems));
        }

        private static int positive(String key, Integer value, int fallback, String file, Path path, List<RuleProblem> problems) {
            if (value == null) {
                return fallback;
            }
            if (value < 1) {
                problems.add(new RuleProblem(file, lineOf(path, key), 1, "limits." + key + " 应为正整数：" + value));
                return fallback;
            }
            return value;
        }
    }

    private Settings() {
    }

    static Values read(Path dir, Path file, List<RuleProblem> problems) {
        if (file == null) {
            return Values.DEFAULT;
        }
        String name = RulePack.display(dir, file);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try {
            File f = yaml.readValue(file.toFile(), File.class);
            if (f == null) {
                return Values.DEFAULT;
            }
            BigDecimal min = f.minimumTolerance() == null ? BigDecimal.ZERO : f.minimumTolerance();
            BigDecimal minRate = f.minimumRateTolerance() == null ? BigDecimal.ZERO : f.minimumRateTolerance();
            if (min.signum() < 0) {
                problems.add(new RuleProblem(name, lineOf(file, "minimumTolerance"), 1, "minimumTolerance 不能为负数"));
            }
            if (minRate.signum() < 0) {
                problems.add(new RuleProblem(name, lineOf(file, "minimumRateTolerance"), 1, "minimumRateTolerance 不能为负数"));
            }
            InputLimits limits = f.limits() == null ? InputLimits.DEFAULT : f.limits().merged(name, file, problems);
            return new Values(new NumberPolicy(f.printedZerosExact() == null || f.printedZerosExact(), min, minRate), limits);
        } catch (UnrecognizedPropertyException e) {
            String allowed = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream().map(String::valueOf)
                    .sorted().collect(Collectors.joining("、"));
            String section = e.getReferringClass() == Limits.class ? "limits 中" : "";
            problems.add(new RuleProblem(name, lineOf(file, e.getPropertyName()), 1,
                    section + "未知的设置项“" + e.getPropertyName() + "”（可用：" + allowed + "）"));
        } catch (JsonProcessingException e) {
            problems.add(new RuleProblem(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? -1 : e.getLocation().getColumnNr(), "设置文件格式错误：" + e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(new RuleProblem(name, 0, -1, "无法读取设置文件：" + e.getMessage()));
        }
        return Values.DEFAULT;
    }

    /** The line a key is written on (the YAML parser reports where it stopped, which is often the next line). */
    private static int lineOf(Path file, String key) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().startsWith(key + ":")) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            // the line is only a convenience; the message names the key
        }
        return 0;
    }
}
