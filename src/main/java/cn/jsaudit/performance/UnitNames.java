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

    /** The unit of a submission named after it: "沅江市医疗保障局-2023.xlsx" → "沅江市医疗保障局". */
    public static String fromFileName(String file) {
        String base = file.replaceFirst("\\.[^.]+$", "");
        return base.replaceFirst("[-_－—]绩效自评表$", "").replaceFirst("[-_－—]?\\d{4}(年度?)?$", "");
    }

    private static String core(String name) {
        return Labels.compact(name).replaceAll("\\((本级|汇总|合并)\\)$", "");
    }
}
