package cn.jsaudit.ingest;

import java.util.List;

/** Every problem found in the templates folder, reported together. */
public final class TemplateException extends Exception {

    private final List<TemplateProblem> problems;

    public TemplateException(List<TemplateProblem> problems) {
        super(problems.isEmpty() ? "" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<TemplateProblem> problems() {
        return problems;
    }
}
