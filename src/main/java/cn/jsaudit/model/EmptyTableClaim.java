package cn.jsaudit.model;

/**
 * A narrative figure about a table that was published empty with its 空表说明 ("本单位无…"): the text gives an
 * amount the table says does not exist.
 *
 * @param claim the narrative's amount (the unit's own, current year, above zero)
 * @param table the empty table the vocabulary says the figure belongs to
 */
public record EmptyTableClaim(Claim claim, TableInfo table) {
}
