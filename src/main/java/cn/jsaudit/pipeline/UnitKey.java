package cn.jsaudit.pipeline;

/**
 * How a unit's name is compared across years: the same unit when the names agree apart from white space and the
 * width of brackets; "perhaps the same" when they agree apart from a bracketed suffix such as （本级）, or one name
 * contains the other (a reviewer confirms those: a 局 and its 中心 are different units).
 */
public final class UnitKey {

    private UnitKey() {
    }

    /** The name compared: white space removed, full-width brackets made half-width; "" for null. */
    public static String of(String unit) {
        return unit == null ? "" : unit.replaceAll("\\s", "").replace('（', '(').replace('）', ')');
    }

    /** True when the names are not the same but may name one unit. */
    public static boolean near(String a, String b) {
        String x = of(a);
        String y = of(b);
        if (x.isEmpty() || y.isEmpty() || x.equals(y)) {
            return false;
        }
        String bx = withoutSuffix(x);
        String by = withoutSuffix(y);
        return bx.equals(by) || (Math.min(bx.length(), by.length()) >= 4 && (bx.contains(by) || by.contains(bx)));
    }

    private static String withoutSuffix(String key) {
        return key.replaceAll("\\([^()]*\\)$", "");
    }
}
