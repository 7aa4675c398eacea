package cn.jsaudit.narrative;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import cn.jsaudit.ruleapi.GuardedPattern;

/**
 * The words and patterns of rules/narrative/lexicon.tsv, grouped by category. Knowledge of how
 * narratives are worded lives in that file so an auditor can extend it without Java.
 */
public final class Lexicon {

    /** File name of the lexicon inside the rules directory. */
    public static final String FILE = "narrative/lexicon.tsv";

    private final Map<String, List<DataFile.Row>> byCategory;

    private Lexicon(Map<String, List<DataFile.Row>> byCategory) {
        this.byCategory = byCategory;
    }

    /** Loads rules/narrative/lexicon.tsv from the given rules directory. */
    public static Lexicon load(Path rulesDir) throws NarrativeException {
        Map<String, List<DataFile.Row>> map = new LinkedHashMap<>();
        for (DataFile.Row row : DataFile.read(rulesDir.resolve(FILE))) {
            String category = row.get(0);
            if (row.get(1).isEmpty()) {
                throw row.error("类别 " + category + " 缺少取值");
            }
            if (category.endsWith("-pattern")) {
                compile(row);
            }
            if (category.endsWith("-length") && !row.get(1).matches("\\d+")) {
                throw row.error("类别 " + category + " 的取值应为整数，而不是 " + row.get(1));
            }
            map.computeIfAbsent(category, k -> new ArrayList<>()).add(row);
        }
        return new Lexicon(map);
    }

    private static Pattern compile(DataFile.Row row) throws NarrativeException {
        try {
            return Pattern.compile(row.get(1));
        } catch (PatternSyntaxException e) {
            throw row.error("正则表达式无效：" + e.getDescription());
        }
    }

    /** The values of a category, in file order. */
    public List<String> words(String category) {
        return byCategory.getOrDefault(category, List.of()).stream().map(r -> r.get(1)).toList();
    }

    /** The compiled patterns of a "-pattern" category, in file order, each with the words its matches need. */
    public List<GuardedPattern> patterns(String category) {
        return words(category).stream().map(GuardedPattern::compile).toList();
    }

    /** value → third field, for two-column categories such as rewrite or money-unit. */
    public Map<String, String> pairs(String category) {
        Map<String, String> map = new LinkedHashMap<>();
        for (DataFile.Row row : byCategory.getOrDefault(category, List.of())) {
            map.put(row.get(1), row.get(2));
        }
        return map;
    }

    /** A single integer setting, or the default. */
    public int number(String category, int fallback) {
        List<String> w = words(category);
        return w.isEmpty() ? fallback : Integer.parseInt(w.get(0));
    }

    /** Money units with their factor to 万元, longest unit first so that 万元 wins over 元. */
    public Map<String, BigDecimal> moneyUnits() {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        pairs("money-unit").entrySet().stream()
                .sorted((a, b) -> b.getKey().length() - a.getKey().length())
                .forEach(e -> map.put(e.getKey(), new BigDecimal(e.getValue())));
        return map;
    }
}
