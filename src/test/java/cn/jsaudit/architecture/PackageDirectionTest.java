package cn.jsaudit.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way (README "项目结构"): a package may use only packages on a lower layer. The test scans every main
 * source file for the jsaudit classes it names (imports and qualified names in code; comments and string literals
 * are left out), so a new dependency the wrong way fails here with the file and the class it names. Rule files
 * (rules/**.drl) stand above all of it and may name only the facts ({@code model}) and the rule API ({@code ruleapi}).
 */
class PackageDirectionTest {

    private static final Path MAIN = Path.of("src/main/java/cn/jsaudit");

    /** Layer of each package: lower layers never use higher ones; packages of one layer do not use each other. */
    private static final Map<String, Integer> LAYER = Map.ofEntries(
            Map.entry("model", 0),
            Map.entry("ruleapi", 1),
            Map.entry("ingest", 2),
            Map.entry("narrative", 3),
            Map.entry("performance", 3),
            Map.entry("generate", 3),
            Map.entry("pdf", 3),
            Map.entry("engine", 4),
            Map.entry("rulepack", 5),
            Map.entry("pipeline", 6),
            Map.entry("report", 7),
            Map.entry("bench", 8),
            Map.entry("desk", 8),
            Map.entry("cli", 9));

    private static final Pattern NAMED = Pattern.compile("\\bcn\\.jsaudit\\.([a-z]+)\\.([A-Z]\\w*)");
    /** The source without comments and string literals (text blocks included). */
    private static String code(Path file) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("/*", i)) {
                i = skipTo(s, "*/", i + 2);
            } else if (s.startsWith("//", i)) {
                i = skipTo(s, "\n", i + 2);
            } else if (s.startsWith("\"\"\"", i)) {
                i = skipTo(s, "\"\"\"", i + 3);
            } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
                char quote = s.charAt(i++);
                while (i < s.length() && s.charAt(i) != quote) {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else {
                out.append(s.charAt(i++));
                continue;
            }
            out.append(' ');
        }
        return out.toString();
    }

    private static int skipTo(String s, String end, int from) {
        int at = s.indexOf(end, from);
        return at < 0 ? s.length() : at + end.length();
    }

    @Test
    void everyPackageHasALayer() throws IOException {
        try (Stream<Path> dirs = Files.list(MAIN)) {
            Set<String> packages = new TreeSet<>(dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).toList());
            assertEquals(new TreeSet<>(LAYER.keySet()), packages, "a new package needs a layer here and a line in README's map");
        }
    }

    @Test
    void packagesUseOnlyLowerLayers() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String from = MAIN.relativize(f).getName(0).toString();
                Matcher m = NAMED.matcher(code(f));
                while (m.find()) {
                    String to = m.group(1);
                    if (to.equals(from) || !LAYER.containsKey(to)) {
                        continue;
                    }
                    if (LAYER.get(to) >= LAYER.get(from)) {
                        wrong.add(MAIN.relativize(f) + " uses cn.jsaudit." + to + "." + m.group(2));
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), "against the package direction:\n" + String.join("\n", new TreeSet<>(wrong)));
    }

    /** What a rule file may import: the facts, the rule API and Java itself (docs/rules.md). */
    private static final Pattern DRL_IMPORT = Pattern.compile("(?m)^\\s*import\\s+(?:function\\s+|static\\s+)?([\\w.*]+)");
    private static final Pattern DRL_ALLOWED = Pattern.compile("(?:cn\\.jsaudit\\.(?:model|ruleapi)|java)\\..+");

    /**
     * Rule files name only {@code model} and {@code ruleapi} of the project, in imports and in qualified names
     * in their code: an auditor's rule never depends on how the readers or the engine are built.
     */
    @Test
    void rulesUseOnlyTheFactsAndTheRuleApi() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                String drl = code(f);
                Matcher imported = DRL_IMPORT.matcher(drl);
                while (imported.find()) {
                    if (!DRL_ALLOWED.matcher(imported.group(1)).matches()) {
                        wrong.add(f + " imports " + imported.group(1));
                    }
                }
                Matcher named = NAMED.matcher(drl);
                while (named.find()) {
                    if (!named.group(1).equals("model") && !named.group(1).equals("ruleapi")) {
                        wrong.add(f + " names cn.jsaudit." + named.group(1) + "." + named.group(2));
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), "rule files may use only cn.jsaudit.model, cn.jsaudit.ruleapi and java.*:\n"
                + String.join("\n", wrong));
    }

    @Test
    void theReadmeMapNamesEveryPackage() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        for (String p : LAYER.keySet()) {
            assertTrue(readme.contains("| `" + p + "` |"), "README's package map lacks " + p);
        }
    }
}
