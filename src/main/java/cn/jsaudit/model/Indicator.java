package cn.jsaudit.model;

/**
 * One 三级指标 row of a self-evaluation form.
 *
 * @param form      the form id
 * @param level1    一级指标 (产出指标 …), carried down from the merge above
 * @param level2    二级指标 (数量指标 …)
 * @param name      三级指标
 * @param target    年度指标值 / 年初目标值 (A), or null
 * @param actual    实际完成值 / 全年完成值 (B), or null
 * @param weight    分值 of this indicator alone, or null when the form prints none
 * @param score     得分 of this indicator alone; null when blank or when one 得分 cell covers several
 *                  indicators (then the score is a {@link ScoreItem} only)
 * @param deviation 偏差原因 / 未完成原因 as printed, "" when blank
 * @param location  the 三级指标 cell
 */
public record Indicator(String form, String level1, String level2, String name, IndicatorValue target,
                        IndicatorValue actual, FormNumber weight, FormNumber score, String deviation,
                        Location location) {

    public boolean hasDeviationNote() {
        return deviation != null && !deviation.isBlank();
    }
}
