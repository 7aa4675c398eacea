package cn.jsaudit.pipeline;

import cn.jsaudit.engine.RuleBook;
import cn.jsaudit.engine.RuleCompileException;
import cn.jsaudit.engine.RuleProblem;
import cn.jsaudit.ingest.InputLimits;
import cn.jsaudit.ingest.Templates;
import cn.jsaudit.narrative.NarrativeException;
import cn.jsaudit.narrative.NarrativeFacts;
import cn.jsaudit.performance.FormLabels;
import cn.jsaudit.performance.PerformanceInput;
import cn.jsaudit.ruleapi.PerformanceSettings;
import cn.jsaudit.rulepack.RulePack;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a run reads from the rules folder, loaded and compiled once and shared by all threads: the rule pack
 * (templates, settings, messages, DRL and formula tables), performance-form labels and thresholds, the narrative
 * lexicon and subject vocabulary. The one loader of the folder: every problem of every file is collected the same
 * way (file, line, Chinese message) and thrown together, for {@code check}, {@code serve} and {@code rules …} alike.
 */
public record RulesFolder(Path dir, RulePack tables, PerformanceInput performance, NarrativeFacts narrative) {

    public static RulesFolder load(Path dir) throws RuleCompileException {
        List<RuleProblem> problems = new ArrayList<>();
        RulePack pack = null;
        try {
            pack = RulePack.load(dir);
        } catch (RuleCompileException e) {
            problems.addAll(e.problems());
        }
        RulesFolder folder = around(dir, pack, problems);
        if (!problems.isEmpty()) {
            throw new RuleCompileException(problems);
        }
        return folder;
    }

    private static RulesFolder around(Path dir, RulePack pack, List<RuleProblem> problems) {
        FormLabels labels = yaml(dir, FormLabels.FILE, () -> FormLabels.load(dir), problems);
        PerformanceSettings settings = yaml(dir, PerformanceSettings.FILE, () -> PerformanceSettings.load(dir), problems);
        NarrativeFacts narrative = null;
        try {
            narrative = NarrativeFacts.create(dir);
        } catch (NarrativeException e) {
            problems.add(new RuleProblem(e.file() == null ? dir.toString() : e.file().toString(), e.line(), -1, e.what()));
        }
        boolean whole = pack != null && labels != null && settings != null && narrative != null;
        return whole ? new RulesFolder(dir, pack, PerformanceInput.of(labels, settings), narrative) : null;
    }

    private interface YamlRead<T> {
        T read() throws IOException;
    }

    /** A YAML file of the folder, or its problem at the line and column the parser names. */
    private static <T> T yaml(Path dir, String file, YamlRead<T> read, List<RuleProblem> problems) {
        try {
            return read.read();
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String key = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                    ? "“" + m.getPath().get(m.getPath().size() - 1).getFieldName() + "”" : "";
            problems.add(new RuleProblem(dir.resolve(file).toString(), at == null ? 0 : at.getLineNr(),
                    at == null ? -1 : at.getColumnNr(),
                    "设置" + key + "的写法有误，无法读取（YAML 解析器的说明：" + e.getOriginalMessage() + "）"));
        } catch (IOException e) {
            problems.add(new RuleProblem(dir.resolve(file).toString(), 0, -1, "无法读取：" + e.getMessage()));
        }
        return null;
    }

    public Templates templates() {
        return tables.templates();
    }

    public RuleBook rules() {
        return tables.book();
    }

    public InputLimits limits() {
        return tables.limits();
    }
}
