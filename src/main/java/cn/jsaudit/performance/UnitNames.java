package cn.jsaudit.performance;

/**
 * Compares unit names as a reviewer does: "曾都区医疗保障信息中心" is the same unit as
 * "随州市曾都区医疗保障信息中心" (a region prefix left out), and suffixes such as （本级） do not count.
 */
public final class UnitNames {

    private UnitNames() {
    }

    public static boolean same(String a, String b) {
        String x = core(a);
        String y = core(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        return x.equals(y) || x.endsWith(y) || y.endsWith(x);
    }

    /**
     * True when {@code a} is {@code b} with one character mistyped ("白河县医疗保证局" for "白河县医疗保障局"): same length,
     * one place differs, both long enough for that to be a slip rather than another unit.
     */
    public static boolean typo(String a, String b) {
        String x = core(a);
        String y = core(b);
        if (x.length() > y.length()) {
            String t = x;
            x = y;
            y = t;
        }
        // the shorter name may leave out a region prefix: compare it with the longer one's tail
        return typoAligned(x, y.substring(y.length() - x.length()));
    }

    /** One differing character at the same place (the shorter name may leave out a region prefix). */
    private static boolean typoAligned(String x, String y) {
        if (x.length() != y.length() || x.length() < 6) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i)) {
                diff++;
            }
        }
        return diff == 1;
    }

    private static String core(String name) {
        return Labels.compact(name).replaceAll("\\((本级|汇总|合并)\\)$", "");
    }
}
