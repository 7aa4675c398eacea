package cn.jsaudit.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The rules folder holds rules that do not compile; each problem names file, line and column. */
public class RuleCompileException extends Exception {

    private final List<RuleProblem> problems;

    public RuleCompileException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
