package cn.jsaudit.model;

/**
 * A figure this year's narrative states for the year before ("2022 年度决算数为 543.67 万元") resolved, through
 * the subject vocabulary, to the cell of last year's tables that holds it.
 *
 * @param claim the statement (its {@code prior} flag set)
 * @param prior last year's cell
 */
public record PriorClaimLink(Claim claim, PriorAmount prior) {
}
