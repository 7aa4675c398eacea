package cn.jsaudit.rulepack;

import cn.jsaudit.engine.RuleProblem;
import cn.jsaudit.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists the rules of a hand-written DRL file for the catalogue: id, title, severity, line and the tables its
 * patterns name. (Drools' compiled rules carry no line numbers; the text does.)
 */
final class DrlScan {

    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule[ \\t]+\"([^\"]+)\"");
    private static final Pattern END = Pattern.compile("(?m)^[ \\t]*end[ \\t]*$");
    private static final Pattern TABLE = Pattern.compile("table\\s*==\\s*\"(\\w+)\"");
    private static final Pattern TEMPLATE = Pattern.compile("template\\s*==\\s*\"([\\w-]+)\"");

    private DrlScan() {
    }

    static List<RuleEntry> scan(String file, String text, List<RuleProblem> problems) {
        List<RuleEntry> out = new ArrayList<>();
        Matcher m = RULE.matcher(text);
        // Lines are counted on from the previous rule: counting from the top each time is quadratic in a long file.
        int line = 1;
        int counted = 0;
        while (m.find()) {
            Matcher end = END.matcher(text);
            int stop = end.find(m.end()) ? end.end() : text.length();
            String drl = text.substring(m.start(), stop).stripLeading();
            for (; counted < m.start(); counted++) {
                if (text.charAt(counted) == '\n') {
                    line++;
                }
            }
            String id = meta(drl, "id");
            String title = meta(drl, "title");
            String sev = meta(drl, "severity");
            Severity severity = Severity.ERROR;
            if (sev != null) {
                try {
                    severity = Severity.parse(sev);
                } catch (IllegalArgumentException e) {
                    problems.add(new RuleProblem(file, line, -1, e.getMessage()));
                }
            }
            out.add(new RuleEntry(id == null ? m.group(1) : id, title == null ? m.group(1) : title, severity,
                    file + ":" + line, found(TABLE, drl), found(TEMPLATE, drl), drl));
        }
        return out;
    }

    private static List<String> found(Pattern p, String drl) {
        TreeSet<String> out = new TreeSet<>();
        Matcher m = p.matcher(drl);
        while (m.find()) {
            out.add(m.group(1));
        }
        return List.copyOf(out);
    }

    private static String meta(String drl, String key) {
        Matcher m = Pattern.compile("@" + key + "\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)").matcher(drl);
        return m.find() ? m.group(1) : null;
    }
}
