package cn.jsaudit.rulepack;

import cn.jsaudit.engine.RuleProblem;
import cn.jsaudit.engine.ToleranceSettings;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/** rules/settings.yaml: the auditor's tolerance policy for every rule of the folder. */
final class Settings {

    /** The file's shape; absent keys keep the defaults. */
    record File(Boolean printedZerosExact, BigDecimal minimumTolerance) {
    }

    private Settings() {
    }

    static ToleranceSettings read(Path dir, Path file, List<RuleProblem> problems) {
        if (file == null) {
            return ToleranceSettings.DEFAULT;
        }
        String name = RulePack.display(dir, file);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try {
            File f = yaml.readValue(file.toFile(), File.class);
            if (f == null) {
                return ToleranceSettings.DEFAULT;
            }
            BigDecimal min = f.minimumTolerance() == null ? BigDecimal.ZERO : f.minimumTolerance();
            if (min.signum() < 0) {
                problems.add(new RuleProblem(name, 0, -1, "minimumTolerance 不能为负数"));
            }
            return new ToleranceSettings(f.printedZerosExact() == null || f.printedZerosExact(), min);
        } catch (UnrecognizedPropertyException e) {
            problems.add(new RuleProblem(name, lineOf(file, e.getPropertyName()), 1,
                    "未知的设置项“" + e.getPropertyName() + "”（可用：printedZerosExact、minimumTolerance）"));
        } catch (JsonProcessingException e) {
            problems.add(new RuleProblem(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? -1 : e.getLocation().getColumnNr(), "设置文件格式错误：" + e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(new RuleProblem(name, 0, -1, "无法读取设置文件：" + e.getMessage()));
        }
        return ToleranceSettings.DEFAULT;
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
