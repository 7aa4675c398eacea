package cn.jsaudit.model;

import java.util.List;

/**
 * The 审核结果 sheet jsaudit puts first in an annotated workbook, and the column labels by which a returned sheet, a
 * filled-in finding list or an explanations file is read back: the one contract between the writer (the annotated
 * copy, the CSV and xlsx finding lists) and the reader of the unit's replies. The sheet belongs to the review, not to
 * the submission: the workbook readers never read it as a table or a form.
 */
public final class ReviewSheet {

    public static final String NAME = "审核结果";
    /** The unit a row is for: only an explanations file collected over several units names it. */
    public static final String UNIT = "单位";
    public static final String RULE = "规则";
    /** The finding's places as the reports print them ({@link Positions}). */
    public static final String POSITION = "位置";
    /** The audit message. */
    public static final String MESSAGE = "审核意见";
    /** The unit's reply to the finding. */
    public static final String REPLY = "单位说明";
    /**
     * The reply column of an older annotated copy (whose message column is 审核意见) and of a hand-made file; read only
     * when there is no {@link #REPLY} column, because an older CSV finding list printed its message under it.
     */
    public static final String OLD_REPLY = "说明";

    /** The columns of the 审核结果 sheet, the reply last and empty for the unit to fill in. */
    public static final List<String> COLUMNS = List.of("序号", "严重程度", "状态", RULE, "标题", "表", POSITION, MESSAGE,
            "期望值", "实际值", "差额", "原文", REPLY);

    private ReviewSheet() {
    }

    /** True for a sheet named 审核结果 or whose first cell (A1) is titled so ("" when A1 holds no text). */
    public static boolean is(String sheetName, String a1) {
        return withoutSpace(sheetName).equals(NAME) || withoutSpace(a1).startsWith(NAME);
    }

    private static String withoutSpace(String s) {
        StringBuilder b = new StringBuilder(s == null ? 0 : s.length());
        if (s != null) {
            s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(b::appendCodePoint);
        }
        return b.toString();
    }
}
