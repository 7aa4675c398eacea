package cn.jsaudit.pipeline;

import cn.jsaudit.engine.RuleBook;
import cn.jsaudit.engine.RuleCompileException;
import cn.jsaudit.ingest.InputProblem;
import cn.jsaudit.ingest.Templates;
import cn.jsaudit.performance.PerformanceInput;
import java.io.IOException;
import java.nio.file.Path;

/** Everything a run reads from the rules folder, loaded and compiled once: templates, rules, form labels and thresholds. */
public record RulesFolder(Path dir, Templates templates, RuleBook rules, PerformanceInput performance) {

    public static RulesFolder load(Path dir) throws InputProblem, RuleCompileException {
        Templates templates = Templates.load(dir);
        PerformanceInput performance;
        try {
            performance = PerformanceInput.load(dir);
        } catch (IOException e) {
            throw new InputProblem(dir + "：无法读取绩效表设置：" + e.getMessage(), e);
        }
        return new RulesFolder(dir, templates, RuleBook.compile(dir), performance);
    }
}
