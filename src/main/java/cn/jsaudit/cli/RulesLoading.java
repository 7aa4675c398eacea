package cn.jsaudit.cli;

import cn.jsaudit.engine.RuleCompileException;
import cn.jsaudit.engine.RuleProblem;
import cn.jsaudit.pipeline.RulesFolder;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Loads the rules folder for a command, or says on stderr what is wrong with it and what was not done. */
final class RulesLoading {

    private RulesLoading() {
    }

    /** @param notDone what the command does not do when the rules are broken ("未进行审核") */
    static RulesFolder load(Path rules, Consumer<String> err, String notDone) {
        try {
            return RulesFolder.load(rules);
        } catch (RuleCompileException e) {
            err.accept("规则有错误，" + notDone + "（用 jsaudit rules check 查看详情）：");
            for (RuleProblem p : e.problems()) {
                err.accept("  " + p);
            }
        }
        return null;
    }
}
