package cn.jsaudit.model;

/** Levels of the classification codes: 类 3 digits, 款 5, 项 7 (经济分类: 类 3, 款 5). */
public final class Codes {

    private Codes() {
    }

    public static String level(String code) {
        if (code == null) {
            return "";
        }
        return switch (code.length()) {
            case 3 -> "类";
            case 5 -> "款";
            case 7 -> "项";
            default -> "";
        };
    }

    public static String parent(String code) {
        if (code == null) {
            return null;
        }
        return switch (code.length()) {
            case 5 -> code.substring(0, 3);
            case 7 -> code.substring(0, 5);
            default -> null;
        };
    }
}
