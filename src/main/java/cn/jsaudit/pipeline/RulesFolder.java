package cn.jsaudit.pipeline;

import cn.jsaudit.engine.RuleBook;
import cn.jsaudit.engine.RuleCompileException;
import cn.jsaudit.ingest.InputLimits;
import cn.jsaudit.ingest.InputProblem;
import cn.jsaudit.ingest.Templates;
import cn.jsaudit.narrative.NarrativeException;
import cn.jsaudit.narrative.NarrativeFacts;
import cn.jsaudit.performance.PerformanceInput;
import cn.jsaudit.rulepack.RulePack;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Everything a run reads from the rules folder, loaded and compiled once and shared by all threads: the rule pack
 * (templates, settings, DRL and formula tables), performance-form labels and thresholds, the narrative lexicon and
 * subject vocabulary.
 */
public record RulesFolder(Path dir, RulePack tables, PerformanceInput performance, NarrativeFacts narrative) {

    public static RulesFolder load(Path dir) throws InputProblem, RuleCompileException {
        return load(dir, RulePack.load(dir));
    }

    /** The folder around a rule pack already loaded (jsaudit rules … loads the pack first for its catalogue). */
    public static RulesFolder load(Path dir, RulePack pack) throws InputProblem {
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
        return new RulesFolder(dir, pack, performance, narrative);
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
