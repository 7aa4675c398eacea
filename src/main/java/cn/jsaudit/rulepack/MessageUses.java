package cn.jsaudit.rulepack;

import cn.jsaudit.engine.RuleProblem;
import cn.jsaudit.ruleapi.MessageTable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the findings a DRL file writes against the message table before anything runs: each
 * {@code check.finding(kcontext, "code")} names a code the table defines, and its chain of {@code .arg("name", …)}
 * up to {@code .report()} gives every argument the message names. A broken rule is reported with file and line.
 */
final class MessageUses {

    private static final Pattern FINDING = Pattern.compile("check\\.finding\\(\\s*kcontext\\s*,\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern ARG = Pattern.compile("\\.arg\\(\\s*\"([^\"]*)\"");
    private static final Pattern REPORT = Pattern.compile("\\.report\\(\\s*\\)");

    private MessageUses() {
    }

    static void check(String file, String drl, MessageTable messages, List<RuleProblem> problems) {
        Matcher m = FINDING.matcher(drl);
        while (m.find()) {
            String code = m.group(1);
            int line = lineOf(drl, m.start());
            int column = m.start() - drl.lastIndexOf('\n', m.start() - 1);
            if (!messages.defines(code)) {
                problems.add(new RuleProblem(file, line, column, "消息代码“" + code + "”不在消息表 messages.tsv 中"));
                continue;
            }
            Matcher end = REPORT.matcher(drl);
            if (!end.find(m.end())) {
                problems.add(new RuleProblem(file, line, column, "消息“" + code + "”的发现没有以 .report() 结束，不会被记录"));
                continue;
            }
            Set<String> given = new LinkedHashSet<>();
            Matcher a = ARG.matcher(drl).region(m.end(), end.start());
            while (a.find()) {
                given.add(a.group(1));
            }
            Set<String> missing = new LinkedHashSet<>(messages.arguments(code));
            missing.removeAll(given);
            if (!missing.isEmpty()) {
                problems.add(new RuleProblem(file, line, column, "消息“" + code + "”的参数 {" + String.join("}、{", missing)
                        + "} 没有提供（规则用 .arg(\"名称\", 值) 提供了：" + (given.isEmpty() ? "无" : String.join("、", given)) + "）"));
            }
        }
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
