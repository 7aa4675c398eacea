package cn.jsaudit.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One audit finding.
 *
 * @param rule        stable rule id, e.g. "T01-001"
 * @param title       the rule's title
 * @param severity    ERROR, WARNING or INFO
 * @param message     the Chinese message, with expected, actual, difference and tolerance where numeric
 * @param table       the table id the finding is about ("01" …), or null (narrative, input)
 * @param locations   the cells (or text positions) involved, most important first
 * @param expected    the value the rule expected, or null
 * @param actual      the value found, or null
 * @param tolerance   the tolerance used, or null
 * @param quote       the quoted narrative sentence, or null
 */
public record Finding(String rule, String title, Severity severity, String message, String table,
                      List<Location> locations, BigDecimal expected, BigDecimal actual, BigDecimal tolerance,
                      String quote) {

    public Finding {
        // a place named twice (two claims of one paragraph) is coloured and listed once
        locations = List.copyOf(new java.util.LinkedHashSet<>(locations));
    }

    /** actual − expected, or null when either is missing. */
    public BigDecimal difference() {
        return expected == null || actual == null ? null : actual.subtract(expected);
    }

    /** The first location, or null. */
    public Location primaryLocation() {
        return locations.isEmpty() ? null : locations.get(0);
    }
}
