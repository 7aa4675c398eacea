package cn.jsaudit.ingest;

import cn.jsaudit.model.Submission;

/**
 * What a submission's file name says: a workbook of performance forms only names its unit there
 * ("沅江市医疗保障局-2023.xlsx").
 */
public final class FileNames {

    private FileNames() {
    }

    /**
     * The unit of a submission named after it: "沅江市医疗保障局-2023.xlsx" → "沅江市医疗保障局"; a copy's marks are
     * not part of the name ("…-2023(2).xlsx" saved twice, "…-2023-审核.xlsx" annotated by jsaudit and sent back).
     */
    public static String unit(String file) {
        String base = file.replaceFirst("\\.[^.]+$", "").replaceFirst("\\s*[(（]\\d+[)）]$", "")
                .replaceFirst("[-_－—]审核$", "");
        return base.replaceFirst("[-_－—]绩效自评表$", "").replaceFirst("[-_－—]?\\d{4}(年度?)?$", "");
    }

    /** The submission as read, its unit taken from its file name when none of its tables names one. */
    public static Submission withUnit(Submission s) {
        return s.unit() != null ? s : new Submission(s.file(), unit(s.file()), s.year(), s.amountUnit(), s.template());
    }
}
