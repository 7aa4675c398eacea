package cn.jsaudit.ruleapi;

import cn.jsaudit.model.FormNumber;
import cn.jsaudit.model.IndicatorValue;
import cn.jsaudit.model.Location;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** How the performance rules quote values and places in their messages: "75.10%（项目2!H5）". */
public final class Cite {

    /** Messages list at most this many items, then "等 N 项". */
    private static final int MAX_LISTED = 6;

    private Cite() {
    }

    /** The place a reviewer looks up: "项目2!H5" (the cell alone when there is no sheet). */
    public static String place(Location l) {
        if (l == null) {
            return "";
        }
        return l.sheet() == null ? String.valueOf(l.cell()) : l.sheet() + "!" + l.cell();
    }

    /** A printed number and its place: "75.10%（项目2!H5）". */
    public static String of(FormNumber n) {
        return n == null ? "—" : n.text().strip() + "（" + place(n.location()) + "）";
    }

    /** A printed value and its place: "≥95%（项目9!E16）". */
    public static String of(IndicatorValue v) {
        return v == null ? "—" : v.text().strip() + "（" + place(v.location()) + "）";
    }

    /** A text and its place, the text cut to a readable length: "“…”（项目4!F10）". */
    public static String quote(String text, Location at) {
        String t = text.strip();
        return "“" + (t.length() > 80 ? t.substring(0, 80) + "…" : t) + "”（" + place(at) + "）";
    }

    /** A computed number to two decimals: 6.388 → "6.39". */
    public static String two(BigDecimal v) {
        return v == null ? "—" : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** The items joined with "；", at most {@link #MAX_LISTED} of them. */
    public static String list(List<String> items) {
        if (items.size() <= MAX_LISTED) {
            return String.join("；", items);
        }
        return String.join("；", items.subList(0, MAX_LISTED)) + " 等 " + items.size() + " 项";
    }
}
