package cn.jsaudit.ingest;

/**
 * Which template a workbook was read with and how well it fitted, beside the runner-up: tables recognised (by
 * code or title), required tables found, and the share of the template's columns paired with printed ones (for the
 * runner-up only when it recognised as much as the template chosen, and both were read).
 *
 * @param forced whether the template was given with --template rather than chosen
 * @param fits   whether the template fits well enough to be trusted (otherwise one finding says so)
 */
public record TemplateChoice(Template template, Fit fit, Template runnerUp, Fit runnerUpFit, boolean forced,
                             boolean fits) {

    /** How a template fits a workbook. */
    public record Fit(int recognised, int byCode, int requiredFound, int required, int columnsPaired, int columns) {

        /** Recognition first (codes count more than titles), then the columns paired. */
        int score() {
            return recognised * 100 + byCode * 10;
        }

        public double columnShare() {
            return columns == 0 ? 0 : (double) columnsPaired / columns;
        }

        /** "识别 9 张表（按表号 9 张），必需表 9/9，栏目对应 52/52"; columns -1: not read (recognition decided). */
        public String describe() {
            return "识别 " + recognised + " 张表（按表号 " + byCode + " 张），必需表 " + requiredFound + "/" + required
                    + (columns < 0 ? "" : "，栏目对应 " + columnsPaired + "/" + columns);
        }
    }
}
