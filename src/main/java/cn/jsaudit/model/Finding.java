package cn.jsaudit.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One audit finding.
 *
 * @param rule        stable rule id, e.g. "T01-001"
 * @param title       the rule's title
 * @param severity    ERROR, WARNING or INFO
 * @param message     the Chinese message, with expected, actual, difference and tolerance where numeric
 * @param table       the table the finding is about, as the submission names it ("公开05表"), or null (narrative, input)
 * @param locations   the cells (or text positions) involved, most important first
 * @param expected    the value the rule expected, or null
 * @param actual      the value found, or null
 * @param tolerance   the tolerance used, or null
 * @param quote       the quoted narrative sentence, or null
 * @param explanation the submitting unit's explanation (说明) of the finding, or null
 * @param folded      findings this one stands for and that are not counted on their own: the per-row findings of
 *                    a table whose reading is in doubt (empty for almost every finding)
 * @param code        the message's code in the rules' message table (rules/messages.tsv), or null for a message
 *                    a rule composed itself
 * @param args        the message's named arguments as printed (empty without a code)
 */
public record Finding(String rule, String title, Severity severity, String message, String table,
                      List<Location> locations, BigDecimal expected, BigDecimal actual, BigDecimal tolerance,
                      String quote, String explanation, List<Finding> folded, String code, Map<String, String> args) {

    public Finding {
        args = args == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
        // a place named twice (two claims of one paragraph) is coloured and listed once
        locations = List.copyOf(new java.util.LinkedHashSet<>(locations));
        explanation = explanation == null || explanation.isBlank() ? null : explanation.strip();
        folded = folded == null ? List.of() : List.copyOf(folded);
    }

    /** A finding without a message code. */
    public Finding(String rule, String title, Severity severity, String message, String table,
                   List<Location> locations, BigDecimal expected, BigDecimal actual, BigDecimal tolerance,
                   String quote, String explanation, List<Finding> folded) {
        this(rule, title, severity, message, table, locations, expected, actual, tolerance, quote, explanation, folded,
                null, Map.of());
    }

    /** A finding as the unit explained it, folding nothing. */
    public Finding(String rule, String title, Severity severity, String message, String table,
                   List<Location> locations, BigDecimal expected, BigDecimal actual, BigDecimal tolerance,
                   String quote, String explanation) {
        this(rule, title, severity, message, table, locations, expected, actual, tolerance, quote, explanation, List.of());
    }

    /** A finding nobody has explained yet: what rules and ingest produce. */
    public Finding(String rule, String title, Severity severity, String message, String table,
                   List<Location> locations, BigDecimal expected, BigDecimal actual, BigDecimal tolerance,
                   String quote) {
        this(rule, title, severity, message, table, locations, expected, actual, tolerance, quote, null, List.of());
    }

    /** actual − expected, or null when either is missing. */
    public BigDecimal difference() {
        return expected == null || actual == null ? null : actual.subtract(expected);
    }

    /** The first location, or null. */
    public Location primaryLocation() {
        return locations.isEmpty() ? null : locations.get(0);
    }

    /** The same finding with the unit's explanation attached. */
    public Finding withExplanation(String text) {
        return new Finding(rule, title, severity, message, table, locations, expected, actual, tolerance, quote, text, folded, code, args);
    }

    /** The same finding with its message extended (what a later step learnt about it). */
    public Finding withMessage(String text) {
        return new Finding(rule, title, severity, text, table, locations, expected, actual, tolerance, quote, explanation,
                folded, code, args);
    }

    /** The same finding standing for others (kept, not counted). */
    public Finding folding(List<Finding> others) {
        return new Finding(rule, title, severity, message, table, locations, expected, actual, tolerance, quote,
                explanation, others, code, args);
    }

    /** The same finding at more places (one finding for identical ones). */
    public Finding alsoAt(List<Location> more) {
        List<Location> all = new java.util.ArrayList<>(locations);
        all.addAll(more);
        return new Finding(rule, title, severity, message, table, all, expected, actual, tolerance, quote, explanation,
                folded, code, args);
    }

    /**
     * EXPLAINED when the unit explained a WARNING or INFO; an ERROR stays OPEN whatever it says, because an
     * identity that must hold cannot be explained away (the explanation is still shown).
     */
    public FindingStatus status() {
        return explanation != null && severity != Severity.ERROR ? FindingStatus.EXPLAINED : FindingStatus.OPEN;
    }
}
