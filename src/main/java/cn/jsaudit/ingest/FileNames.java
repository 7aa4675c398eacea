package cn.jsaudit.ingest;

import cn.jsaudit.model.Submission;

/**
 * What a submission's file name says: a workbook of performance forms only names its unit there
 * ("沅江市医疗保障局-2023.xlsx").
 */
public final class FileNames {

    /** What a file name says the document is, after the unit and year: 情况说明, 部门决算公开表, 绩效自评表… */
    private static final String DOCUMENT = "[-_－—\\s]*((部门|单位)?(决算)?(公开)?(情况说明|说明|公开表|报表)|(部门|单位)决算(公开)?"
            + "|(部门整体支出|项目支出|整体)?绩效自评(表|报告)?|自评(表|报告))$";

    private FileNames() {
    }

    /**
     * The unit of a submission named after it: "沅江市医疗保障局-2023.xlsx" → "沅江市医疗保障局"; a copy's marks are
     * not part of the name ("…-2023(2).xlsx" saved twice, "…-2023-审核.xlsx" annotated by jsaudit and sent back), nor
     * is what the document is ("…-2023情况说明.pdf", "…2023年度部门决算.pdf").
     */
    public static String unit(String file) {
        String base = file.replaceFirst("\\.[^.]+$", "").replaceFirst("\\s*[(（]\\d+[)）]$", "")
                .replaceFirst("[-_－—]审核$", "");
        return base.replaceFirst(DOCUMENT, "").replaceFirst("[-_－—\\s]?\\d{4}(年度?)?$", "");
    }

    /** The submission as read, its unit taken from its file name when none of its tables names one. */
    public static Submission withUnit(Submission s) {
        return s.unit() != null ? s : new Submission(s.file(), unit(s.file()), s.year(), s.amountUnit(), s.template());
    }
}
