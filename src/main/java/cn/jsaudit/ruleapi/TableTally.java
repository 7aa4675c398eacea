package cn.jsaudit.ruleapi;

/**
 * How one rule fared on the amounts of one table in one submission: comparisons made, failed beyond tolerance, and
 * failed with one side exactly twice the other (a column added twice). When a table's own identities fail on most of
 * its rows, the reading is in doubt rather than the table.
 */
public record TableTally(Key key, int checked, int failed, int doubled) {

    /** A rule on a table. */
    public record Key(String rule, String table) {
    }
}
