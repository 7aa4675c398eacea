package cn.jsaudit.ruleapi;


/** How the text cites tables and documents: a table by number and name, a document by its issuer's prefix. */
public final class Citations {

    private Citations() {
    }

    /** True when a number printed in the text ("6") is the number in the table's name ("公开06表", "财决公开06表"). */
    public static boolean sameTable(String printed, String table) {
        if (printed == null || table == null || !printed.matches("\\d+")) {
            return false;
        }
        String digits = table.replaceAll("\\D", "");
        return !digits.isEmpty() && Integer.parseInt(printed) == Integer.parseInt(digits);
    }

    /** True when two table names differ once white space, quotes and bracket widths are set aside. */
    public static boolean titlesDiffer(String a, String b) {
        return !Text.titleKey(a).equals(Text.titleKey(b));
    }

    /**
     * True when two prefixes of one document number are two spellings of one issuer: they differ, and one starts
     * with the other or they share their first two characters ("白政办发" and "白政办").
     */
    public static boolean sameIssuerSpelledTwice(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        int common = 0;
        while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= 2;
    }
}
