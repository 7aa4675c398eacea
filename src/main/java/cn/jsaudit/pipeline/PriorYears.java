package cn.jsaudit.pipeline;

/**
 * Where the screener finds a unit's submission of the year before: a folder given with {@code --previous}, or the
 * review desk's store of past seasons.
 */
@FunctionalInterface
public interface PriorYears {

    /** Nothing to compare with: the cross-year rules stay silent. */
    PriorYears NONE = (unit, year) -> null;

    /**
     * @param unit the unit as this year's submission names it (may be null when unknown)
     * @param year this year's year (may be null when the header does not state it)
     * @return last year's submission of that unit, or null when there is none to compare with
     */
    PriorYear find(String unit, Integer year);
}
