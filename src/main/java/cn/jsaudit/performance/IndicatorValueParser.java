package cn.jsaudit.performance;

import cn.jsaudit.ruleapi.Text;
import cn.jsaudit.model.IndicatorValue;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Relation;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "≥90%", "大于等于95%", "≤60 分钟", "处置率达 100%", "2 次及以上" into relation, number and unit.
 * A value with no number, or with several ("药品网采率≥85%，高值医用耗材网采率≥75%"), stays qualitative.
 */
final class IndicatorValueParser {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    /** forms.yaml's comparison words and units, compacted once per rules folder rather than once per value */
    private final Map<Relation, List<String>> before;
    private final Map<Relation, List<String>> after;
    private final List<String> units;

    IndicatorValueParser(FormLabels.IndicatorValues words) {
        this.before = compacted(words.before());
        this.after = compacted(words.after());
        this.units = words.units().stream().map(Text::compact).toList();
    }

    private static Map<Relation, List<String>> compacted(Map<Relation, List<String>> table) {
        Map<Relation, List<String>> out = new LinkedHashMap<>();
        table.forEach((relation, list) -> out.put(relation, list.stream().map(Text::compact).toList()));
        return out;
    }

    IndicatorValue parse(String printed, Location location) {
        String t = Text.compact(printed);
        Matcher m = NUMBER.matcher(t);
        if (!m.find()) {
            return qualitative(printed, location);
        }
        int start = m.start();
        int end = m.end();
        BigDecimal number = new BigDecimal(m.group());
        if (m.find()) {
            return qualitative(printed, location);
        }
        String rest = t.substring(end);
        String unit = longestPrefix(rest, units);
        String after = rest.substring(unit.length());
        Relation relation = relationBefore(t.substring(0, start));
        if (relation == null) {
            relation = relationAfter(after);
        }
        return new IndicatorValue(printed, relation == null ? Relation.EQUAL : relation, number, unit, location);
    }

    private static IndicatorValue qualitative(String printed, Location location) {
        return new IndicatorValue(printed, null, null, "", location);
    }

    private Relation relationBefore(String text) {
        return bestMatch(before, w -> text.endsWith(w));
    }

    private Relation relationAfter(String text) {
        return bestMatch(after, text::startsWith);
    }

    /** The relation whose longest word matches, so that 大于等于 wins over 大于. */
    private static Relation bestMatch(Map<Relation, List<String>> table, java.util.function.Predicate<String> test) {
        Relation best = null;
        int bestLength = 0;
        for (Map.Entry<Relation, List<String>> e : table.entrySet()) {
            for (String k : e.getValue()) {
                if (k.length() > bestLength && test.test(k)) {
                    best = e.getKey();
                    bestLength = k.length();
                }
            }
        }
        return best;
    }

    private static String longestPrefix(String s, List<String> candidates) {
        String best = "";
        for (String c : candidates) {
            if (c.length() > best.length() && s.startsWith(c)) {
                best = c;
            }
        }
        return best;
    }
}
