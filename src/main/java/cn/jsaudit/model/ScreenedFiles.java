package cn.jsaudit.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Which parts of a submission were found and read: its public tables, its narrative (情况说明) and its performance
 * forms (绩效自评表). A part not provided is no finding — a clean workbook alone is a normal submission — but every
 * check that reads it was skipped, which the report's heading says once per unit.
 */
public record ScreenedFiles(boolean tables, boolean narrative, boolean forms) {

    /** The parts not provided, with the checks that could not run: "情况说明（N- 检查未进行）", or empty. */
    public List<String> missing() {
        List<String> out = new ArrayList<>();
        if (!tables) {
            out.add("公开表（T-、X- 检查未进行）");
        }
        if (!narrative) {
            out.add("情况说明（N- 检查未进行）");
        }
        if (!forms) {
            out.add("绩效自评表（P- 检查未进行）");
        }
        return out;
    }

    /** "未提供：情况说明（N- 检查未进行）、绩效自评表（P- 检查未进行）", or "" when every part was read. */
    public String notice() {
        List<String> m = missing();
        return m.isEmpty() ? "" : "未提供：" + String.join("、", m);
    }
}
