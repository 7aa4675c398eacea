package cn.jsaudit.desk;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import java.util.stream.Collectors;

/**
 * What makes a finding "the same one" in a corrected re-upload: rule, subject (the table) and places (sheet and
 * cell, or the narrative's paragraph), without the file name, which a unit often changes when it sends a correction.
 */
public final class FindingKey {

    private FindingKey() {
    }

    public static String of(Finding f) {
        String places = f.locations().stream().map(FindingKey::place).collect(Collectors.joining(","));
        String key = f.rule() + "|" + (f.table() == null ? "" : f.table()) + "|" + places;
        return key.length() > 2000 ? key.substring(0, 2000) : key;
    }

    private static String place(Location l) {
        String cell = l.cell() == null ? "" : l.cell();
        return l.sheet() == null ? cell : l.sheet() + "!" + cell;
    }
}
