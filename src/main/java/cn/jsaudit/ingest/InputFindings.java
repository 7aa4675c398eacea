package cn.jsaudit.ingest;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import java.util.List;

/**
 * The one definition of findings about the input itself (rule INPUT): unreadable files and forms, text where a
 * number belongs, a workbook whose format is not recognised, a table whose reading is in doubt. Every reader makes
 * them here, so that they share the rule id and a title per kind.
 */
public final class InputFindings {

    public static final String RULE = "INPUT";
    public static final String TITLE = "输入文件问题";
    /** A workbook no template fits well enough. */
    public static final String UNRECOGNISED = "报表格式未能识别";
    /** Text where a table's amount belongs, in a table read otherwise. */
    public static final String NOT_A_NUMBER = "金额不是数字";

    private InputFindings() {
    }

    public static Finding error(String message, String table, Location location) {
        return new Finding(RULE, TITLE, Severity.ERROR, message, table,
                location == null ? List.of() : List.of(location), null, null, null, null);
    }

    public static Finding of(Severity severity, String message, String table, List<Location> locations) {
        return new Finding(RULE, TITLE, severity, message, table, locations, null, null, null, null);
    }

    /** An INPUT finding of its own kind (title), e.g. {@link #UNRECOGNISED} or a reading doubt. */
    public static Finding titled(String title, Severity severity, String message, String table, Location location) {
        return new Finding(RULE, title, severity, message, table,
                location == null ? List.of() : List.of(location), null, null, null, null);
    }

    public static Finding of(Severity severity, String message, String table, Location location) {
        return new Finding(RULE, TITLE, severity, message, table,
                location == null ? List.of() : List.of(location), null, null, null, null);
    }
}
