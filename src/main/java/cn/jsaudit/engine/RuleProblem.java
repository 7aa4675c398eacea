package cn.jsaudit.engine;

/** A problem in a rule file, located for the auditor who wrote it. */
public record RuleProblem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
            if (column >= 0) {
                b.append(':').append(column);
            }
        }
        return b.append("：").append(message).toString();
    }
}
