package cn.jsaudit.model;

/**
 * A reason given for a deviation: a filled 偏差原因 cell, a basis stated beside a value
 * ("以常住人口数为基数"), or a reason sentence of the narrative ("主要原因是…").
 *
 * @param scope    the form id it was found in, or null when it speaks for the whole submission (narrative)
 * @param subject  what it explains (an indicator, "执行率", "三公经费"); "" for a form's general
 *                 偏差原因分析, which covers everything in its form
 * @param text     the reason as printed
 * @param location where it is
 */
public record Explanation(String scope, String subject, String text, Location location) {

    /** True when this explains {@code subject} in {@code form}. */
    public boolean covers(String form, String what) {
        boolean inScope = scope == null || scope.equals(form);
        return inScope && (subject.isEmpty() || key(subject).equals(key(what)));
    }

    private static String key(String s) {
        return s == null ? "" : s.replaceAll("[\\s\"“”‘’'「」]", "");
    }
}
