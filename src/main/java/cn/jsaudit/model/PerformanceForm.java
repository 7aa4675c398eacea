package cn.jsaudit.model;

/**
 * A performance form found in a workbook. Every other performance fact names its form by {@code id}.
 *
 * @param id       "file [sheet]", unique within a submission
 * @param kind     部门整体自评表, 项目自评表 or 基础数据表
 * @param title    the title as printed
 * @param location the title cell
 */
public record PerformanceForm(String id, FormKind kind, String title, Location location) {

    public static String idOf(String file, String sheet) {
        return file + " [" + sheet + "]";
    }
}
