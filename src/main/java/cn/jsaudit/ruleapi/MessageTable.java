package cn.jsaudit.ruleapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages of findings, by code (rules/messages.tsv: "code TAB template" per line, # for comments): a template
 * names its arguments in braces ("{reported} ≠ {computed}"), so an auditor rewords a message without Java and a
 * test asserts the code and the arguments rather than the wording. The messages the Java side composes (the
 * comparisons of {@code check.sum}/{@code equal} …) have defaults in the jar; the folder's table may reword them.
 */
public final class MessageTable {

    /** What a problem in a message table is reported through: the line (1-based) and the Chinese message. */
    public interface Problems {
        void add(int line, String message);
    }

    private static final Pattern ARGUMENT = Pattern.compile("\\{([^{}\\s]+)}");
    private static final Pattern CODE = Pattern.compile("[^\\s{}\"]+");
    private static final String BUILTIN = "builtin-messages.tsv";

    private final Map<String, String> templates;

    private MessageTable(Map<String, String> templates) {
        this.templates = Map.copyOf(templates);
    }

    /** The messages the Java side composes, with their default wording. */
    public static MessageTable builtin() {
        try (InputStream in = MessageTable.class.getResourceAsStream(BUILTIN)) {
            if (in == null) {
                throw new IllegalStateException("jar 中缺少 " + BUILTIN);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    (line, message) -> {
                        throw new IllegalStateException(BUILTIN + ":" + line + "：" + message);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a table; a malformed line or a code defined twice is a problem, reported with its line. */
    public static MessageTable parse(String text, Problems problems) {
        Map<String, String> out = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            String code = tab < 0 ? line.strip() : line.substring(0, tab).strip();
            String template = tab < 0 ? "" : line.substring(tab + 1).strip();
            if (tab < 0 || template.isEmpty()) {
                problems.add(i + 1, "消息“" + code + "”缺少内容：每行写 代码、制表符（Tab）、消息");
            } else if (!CODE.matcher(code).matches()) {
                problems.add(i + 1, "消息代码“" + code + "”不能含空白、引号或花括号");
            } else if (!balanced(template)) {
                problems.add(i + 1, "消息“" + code + "”的花括号不配对：参数写成 {名称}");
            } else if (out.putIfAbsent(code, template) != null) {
                problems.add(i + 1, "消息代码“" + code + "”重复（每个代码只应定义一次）");
            }
        }
        return new MessageTable(out);
    }

    private static boolean balanced(String template) {
        return ARGUMENT.matcher(template).replaceAll("").chars().noneMatch(c -> c == '{' || c == '}');
    }

    /** This table with the other's entries replacing or adding to its own (the folder's table over the built-in). */
    public MessageTable with(MessageTable other) {
        Map<String, String> all = new LinkedHashMap<>(templates);
        all.putAll(other.templates);
        return new MessageTable(all);
    }

    public boolean defines(String code) {
        return templates.containsKey(code);
    }

    /** The arguments a message's template names, in order. */
    public Set<String> arguments(String code) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = ARGUMENT.matcher(templates.getOrDefault(code, ""));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The message with its arguments in place; an argument not given stays "{name}" (rules check reports it). */
    public String format(String code, Map<String, String> args) {
        String template = templates.get(code);
        if (template == null) {
            return code + args;
        }
        // the ARGUMENT pattern's matches, found by hand: a finding's message is formatted for every finding reported
        StringBuilder out = new StringBuilder(template.length() + 64);
        int done = 0;
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', open + 1)) {
            int close = open + 1;
            while (close < template.length() && isNameChar(template.charAt(close))) {
                close++;
            }
            if (close == open + 1 || close == template.length() || template.charAt(close) != '}') {
                continue;
            }
            String v = args.get(template.substring(open + 1, close));
            out.append(template, done, open).append(v == null ? template.substring(open, close + 1) : v);
            done = close + 1;
            open = close;
        }
        return out.append(template, done, template.length()).toString();
    }

    /** A character ARGUMENT allows in a name: not a brace, not white space (\s). */
    private static boolean isNameChar(char c) {
        return c != '{' && c != '}' && c != ' ' && c != '\t' && c != '\n' && c != '\013' && c != '\f' && c != '\r';
    }
}
