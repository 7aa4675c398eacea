package cn.jsaudit.pipeline;

import cn.jsaudit.engine.RuleBook;
import cn.jsaudit.engine.RuleCompileException;
import cn.jsaudit.ingest.InputProblem;
import cn.jsaudit.ingest.Templates;
import cn.jsaudit.narrative.NarrativeException;
import cn.jsaudit.narrative.NarrativeFacts;
import cn.jsaudit.performance.PerformanceInput;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Everything a run reads from the rules folder, loaded and compiled once and shared by all threads: templates,
 * rules, performance-form labels and thresholds, the narrative lexicon and subject vocabulary.
 */
public record RulesFolder(Path dir, Templates templates, RuleBook rules, PerformanceInput performance,
                          NarrativeFacts narrative) {

    public static RulesFolder load(Path dir) throws InputProblem, RuleCompileException {
        Templates templates = Templates.load(dir);
        PerformanceInput performance;
        try {
            performance = PerformanceInput.load(dir);
        } catch (IOException e) {
            throw new InputProblem(dir + "：无法读取绩效表设置：" + e.getMessage(), e);
        }
        NarrativeFacts narrative;
        try {
            narrative = NarrativeFacts.create(dir);
        } catch (NarrativeException e) {
            throw new InputProblem(e.getMessage(), e);
        }
        return new RulesFolder(dir, templates, RuleBook.compile(dir), performance, narrative);
    }
}
