package cn.jsaudit.narrative;

import cn.jsaudit.model.Claim;

/** The one-line form of a claim the regression corpus is written in. */
final class ClaimFormat {

    private ClaimFormat() {
    }

    /**
     * KIND|subject|value|unit|year|prior, then for the kinds that have them: direction, base, measure, code,
     * what a count counts, parent and scope. Absent fields are "-".
     */
    static String format(Claim c) {
        StringBuilder b = new StringBuilder()
                .append(c.kind()).append('|').append(c.subject())
                .append('|').append(c.value() == null ? "-" : c.value().toPlainString())
                .append('|').append(or(c.unit()))
                .append('|').append(c.year() == null ? "-" : c.year())
                .append('|').append(c.prior() ? "上年" : "本年");
        switch (c.kind()) {
            case CHANGE, GROWTH -> b.append('|').append(c.direction());
            case SHARE, EXECUTION -> b.append("|base=").append(or(c.base()));
            case REASON -> b.append("|base=").append(or(c.base())).append('|').append(c.direction());
            case AMOUNT -> b.append('|').append(c.measure());
            case SUBJECT_CODE -> b.append("|code=").append(or(c.code())).append("|level=").append(or(c.base()));
            case DOCUMENT, TABLE_NAME -> b.append("|code=").append(or(c.code()));
            case LISTED -> b.append("|base=").append(or(c.base()));
            case COUNT -> b.append(c.base() == null || c.base().isEmpty() ? "" : "|counts=" + c.base());
            default -> { }
        }
        if (c.parent() != null) {
            b.append("|parent=").append(c.parent());
        }
        if (!c.scope().isEmpty()) {
            b.append("|scope=").append(c.scope());
        }
        return b.toString();
    }

    private static String or(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }
}
