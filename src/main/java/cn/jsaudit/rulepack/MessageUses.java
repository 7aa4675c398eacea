package cn.jsaudit.rulepack;

import cn.jsaudit.engine.RuleProblem;
import cn.jsaudit.ruleapi.FindingBuilder;
import cn.jsaudit.ruleapi.MessageTable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the findings a DRL file writes against the message table before anything runs: each
 * {@code check.finding(kcontext, "code")} names a code the table defines, and its chain of {@code .arg("name", …)}
 * up to {@code .report()} gives every argument the message names. A rule that chooses among codes
 * ({@code check.finding(kcontext, within ? "A.容差内" : "A")}) names each as a literal, and each is checked. A broken
 * rule is reported with file and line. So is each clause a finding appends ({@code .also(cond, "A.得分")}), and each
 * list argument ({@code .argList("name", "A.各项", items)}: the list's message and its item message "A.各项.项").
 */
final class MessageUses {

    private static final Pattern FINDING = Pattern.compile("check\\.finding\\(\\s*kcontext\\s*,");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern CLAUSE = Pattern.compile("\\.also\\([^\"]*\"([^\"]*)\"\\s*\\)");
    private static final Pattern ARG = Pattern.compile("\\.arg(?:List)?\\(\\s*\"([^\"]*)\"");
    private static final Pattern LIST = Pattern.compile("\\.argList\\(\\s*\"[^\"]*\"\\s*,\\s*\"([^\"]*)\"");
    private static final Pattern REPORT = Pattern.compile("\\.report\\(\\s*\\)");

    private MessageUses() {
    }

    static void check(String file, String drl, MessageTable messages, List<RuleProblem> problems) {
        Matcher m = FINDING.matcher(drl);
        while (m.find()) {
            int line = lineOf(drl, m.start());
            int column = m.start() - drl.lastIndexOf('\n', m.start() - 1);
            int close = closingParenthesis(drl, m.end());
            Matcher literal = LITERAL.matcher(drl.substring(m.end(), close));
            List<String> codes = new java.util.ArrayList<>();
            while (literal.find()) {
                codes.add(literal.group(1));
            }
            if (codes.isEmpty()) {
                problems.add(new RuleProblem(file, line, column, "发现的消息代码应写成带引号的代码（如 \"N-金额不符\"），"
                        + "才能在运行前核对"));
                continue;
            }
            Matcher end = REPORT.matcher(drl);
            if (!end.find(close)) {
                problems.add(new RuleProblem(file, line, column, "消息“" + codes.get(0) + "”的发现没有以 .report() 结束，不会被记录"));
                continue;
            }
            Set<String> given = new LinkedHashSet<>();
            Matcher a = ARG.matcher(drl).region(close, end.start());
            while (a.find()) {
                given.add(a.group(1));
            }
            Matcher clause = CLAUSE.matcher(drl).region(close, end.start());
            while (clause.find()) {
                codes.add(clause.group(1));
            }
            for (String code : codes) {
                check(file, line, column, code, given, messages, problems);
            }
            Matcher list = LIST.matcher(drl).region(close, end.start());
            while (list.find()) {
                String code = list.group(1);
                check(file, line, column, code, Set.of("items"), messages, problems);
                if (messages.defines(code) && !messages.defines(code + FindingBuilder.ITEM)) {
                    problems.add(new RuleProblem(file, line, column, "列表消息“" + code + "”缺少每一项的消息“" + code
                            + FindingBuilder.ITEM + "”"));
                }
            }
        }
    }

    private static void check(String file, int line, int column, String code, Set<String> given, MessageTable messages,
                              List<RuleProblem> problems) {
        if (!messages.defines(code)) {
            problems.add(new RuleProblem(file, line, column, "消息代码“" + code + "”不在消息表 messages.tsv 中"));
            return;
        }
        Set<String> missing = new LinkedHashSet<>(messages.arguments(code));
        missing.removeAll(given);
        if (!missing.isEmpty()) {
            problems.add(new RuleProblem(file, line, column, "消息“" + code + "”的参数 {" + String.join("}、{", missing)
                    + "} 没有提供（规则用 .arg(\"名称\", 值) 提供了：" + (given.isEmpty() ? "无" : String.join("、", given)) + "）"));
        }
    }

    /** Where the call's argument list that starts at {@code from} closes (quoted text skipped); the end if never. */
    private static int closingParenthesis(String drl, int from) {
        int depth = 1;
        boolean quoted = false;
        for (int i = from; i < drl.length(); i++) {
            char c = drl.charAt(i);
            if (c == '"' && drl.charAt(i - 1) != '\\') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i;
            }
        }
        return drl.length();
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
