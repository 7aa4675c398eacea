package cn.jsaudit.pipeline;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import java.util.stream.Collectors;

/**
 * The 位置 text of a finding ("表1!C7，表2!D9"): what every report prints and what an explanation names, so
 * that a unit's 说明 typed beside a finding finds its way back to it.
 */
public final class Positions {

    private Positions() {
    }

    public static String of(Finding f) {
        return f.locations().stream().map(Positions::of).collect(Collectors.joining("，"));
    }

    /**
     * "sheet!A1" for a cell, "file 第12段" for narrative text, the file name for the whole file; in a PDF, the page
     * and what is printed there ("第 7 页 收入决算表 第 3 行 财政拨款收入", "第 2 页 第 3 段").
     */
    public static String of(Location l) {
        String file = l.file() == null ? "" : l.file();
        if (l.onPage()) {
            StringBuilder b = new StringBuilder("第 ").append(l.page()).append(" 页");
            if (l.sheet() != null) {
                b.append(' ').append(l.sheet());
            }
            if (l.cell() != null) {
                b.append(' ').append(l.cell());
            }
            return b.toString();
        }
        if (l.sheet() != null) {
            return l.cell() == null ? l.sheet() : l.sheet() + "!" + l.cell();
        }
        return l.cell() == null ? file : (file + " " + l.cell()).strip();
    }

    /** A position compared without white space, quotes or the "，"/"," difference. */
    static String key(String position) {
        return position == null ? "" : position.replaceAll("[\\s'\"]", "").replace(',', '，');
    }
}
