package cn.jsaudit.model;

/**
 * A narrative claim resolved to the table quantity it names.
 *
 * @param claim  the claim
 * @param role   which part of the claim names the cell: "subject" (the figure's own subject), "base"
 *               (the base of a share) or "cited" (a cited 科目)
 * @param amount the table cell
 * @param via    the vocabulary entry that made the link, for the verbose report
 */
public record ClaimLink(Claim claim, String role, Amount amount, String via) {

    public static final String SUBJECT = "subject";
    public static final String BASE = "base";
    public static final String CITED = "cited";
}
