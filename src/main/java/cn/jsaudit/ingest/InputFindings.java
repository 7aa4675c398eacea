package cn.jsaudit.ingest;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import java.util.List;

/** Findings about the input itself (rule INPUT): unreadable files, text where an amount belongs. */
public final class InputFindings {

    public static final String RULE = "INPUT";
    public static final String TITLE = "输入文件问题";

    private InputFindings() {
    }

    public static Finding error(String message, String table, Location location) {
        return new Finding(RULE, TITLE, Severity.ERROR, message, table,
                location == null ? List.of() : List.of(location), null, null, null, null);
    }

    public static Finding of(Severity severity, String message, String table, List<Location> locations) {
        return new Finding(RULE, TITLE, severity, message, table, locations, null, null, null, null);
    }

    public static Finding of(Severity severity, String message, String table, Location location) {
        return new Finding(RULE, TITLE, severity, message, table,
                location == null ? List.of() : List.of(location), null, null, null, null);
    }
}
