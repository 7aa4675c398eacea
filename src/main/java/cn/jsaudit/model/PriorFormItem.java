package cn.jsaudit.model;

/**
 * A line of the 基础数据表 in the same unit's performance forms of the year before (see {@link PriorAmount}).
 *
 * @param year the previous submission's year
 * @param file the previous submission's workbook
 * @param item the line as read last year
 */
public record PriorFormItem(Integer year, String file, BasicDataItem item) {
}
