package cn.jsaudit.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes the public tables in the forms that carry 行次 and 栏次: the national 公开01–09表 (as exported, as typed with
 * 表N and split codes, as a county's software exports them with 会议费 and 培训费 in a transposed 09), and Sichuan's
 * 财决公开01–13表, whose extra tables break spending down by fund and by 经济分类.
 */
final class TablesWriter {

    /** Which set of tables, and the forms that differ between them. */
    enum Form {
        /** 公开01–09表 as the national template prints them. */
        NATIONAL,
        /** 公开01–09表 as a county's software exports them: 决算数 columns, 合计 in the name column, 09 transposed. */
        COUNTY,
        /** 财决公开01–13表. */
        SICHUAN,
        /** 公开01–09表 as the national template prints them, but 06 as one list: 合计 | 人员经费 | 公用经费 (older form). */
        LIST06
    }

    private static final String SPENDING_NOTE = "注：本表反映部门本年度一般公共预算财政拨款支出情况。";
    private static final String FUND_TITLE = "政府性基金预算财政拨款收入支出决算表";
    private static final String FUND_NOTE = "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。";
    private static final String CAPITAL_TITLE = "国有资本经营预算财政拨款支出决算表";
    private static final String CAPITAL_NOTE = "注：本表反映部门本年度国有资本经营预算财政拨款支出情况。";

    private final SheetPen pen;
    private final Statement st;
    private final Form form;
    private final Variant v;

    TablesWriter(SheetPen pen, Statement st, Form form) {
        this.pen = pen;
        this.st = st;
        this.form = form;
        this.v = pen.variant;
    }

    void writeAll() {
        Sheet[] s = pen.sheets();
        summary01(s[0], 1);
        byCode(s[1], 2, "02", "收入决算表", 3, "注：本表反映部门本年度取得的各项收入情况。");
        byCode(s[2], 3, "03", "支出决算表", 3, "注：本表反映部门本年度各项支出情况。");
        summary04(s[3], 4);
        if (form == Form.SICHUAN) {
            byCode(s[4], 5, Statement.FUND_DETAIL, "财政拨款支出决算明细表", 3, "注：本表反映部门本年度财政拨款支出明细情况。");
            byCode(s[5], 6, "05", "一般公共预算财政拨款支出决算表", 3, SPENDING_NOTE);
            byCode(s[6], 7, Statement.GENERAL_DETAIL, "一般公共预算财政拨款支出决算明细表", 2,
                    "注：本表反映部门本年度一般公共预算财政拨款支出经济分类明细情况。");
            basic(s[7], 8);
            byCode(s[8], 9, Statement.PROJECT_DETAIL, "一般公共预算财政拨款项目支出决算表", 2,
                    "注：本表反映部门本年度一般公共预算财政拨款项目支出经济分类情况。");
            empty(s[9], 10, "07", FUND_TITLE, FUND_NOTE, "政府性基金预算财政拨款收入");
            empty(s[10], 11, Statement.STATE_CAPITAL, "国有资本经营预算财政拨款收入支出决算表",
                    "注：本表反映部门本年度国有资本经营预算财政拨款收入、支出及结转和结余情况。", "国有资本经营预算财政拨款收入");
            empty(s[11], 12, "08", CAPITAL_TITLE, CAPITAL_NOTE, "国有资本经营预算财政拨款支出");
            threePublic(s[12], 13);
        } else {
            byCode(s[4], 5, "05", "一般公共预算财政拨款支出决算表", 3, SPENDING_NOTE);
            basic(s[5], 6);
            empty(s[6], 7, "07", FUND_TITLE, FUND_NOTE, "政府性基金预算财政拨款收入");
            empty(s[7], 8, "08", CAPITAL_TITLE, CAPITAL_NOTE, "国有资本经营预算财政拨款支出");
            threePublic(s[8], 9);
        }
    }

    private String code(int n) {
        if (form == Form.SICHUAN) {
            return String.format("财决公开%02d表", n);
        }
        return v.title() == Variant.TitleStyle.CODE_ABOVE || v.title() == Variant.TitleStyle.CODE_IN_TITLE
                ? "表" + n : String.format("公开%02d表", n);
    }

    private String amountLabel() {
        return form == Form.COUNTY ? "决算数" : "金额";
    }

    private void summary01(Sheet s, int n) {
        pen.widths(s, 10240, 1792, 3584, 10240, 1792, 3584);
        int r = pen.heading(s, "收入支出决算总表", code(n), 5);
        String a = amountLabel();
        r = pen.header(s, r, 0, List.of("收入/项目", "收入/行次", "收入/" + a, "支出/项目", "支出/行次", "支出/" + a));
        pen.columnNumbers(s, r, 0, 1, 2, 1, 1);
        pen.columnNumbers(s, r++, 3, 4, 5, 2, 1);
        r = new SummaryTables(pen, st).write(s, r, "01", SummaryTables.national(31), true, Map.of());
        pen.note(s, r, 5, "注：1.本表反映部门本年度的总收支和年末结转结余情况。");
        pen.note(s, r + 1, 5, "2.本套报表金额单位转换时可能存在尾数误差。");
    }

    private void summary04(Sheet s, int n) {
        pen.widths(s, 8192, 1536, 3328, 8192, 1536, 3328, 3584, 3584, 3584);
        int r = pen.heading(s, "财政拨款收入支出决算总表", code(n), 8);
        List<String> paths = new ArrayList<>(List.of("收 入/项目", "收 入/行次", "收 入/" + amountLabel(), "支 出/项目", "支 出/行次"));
        for (int col = 2; col <= 5; col++) {
            paths.add("支 出/" + leaf(st.column("04", col)));
        }
        r = pen.header(s, r, 0, paths);
        pen.columnNumbers(s, r, 0, 1, 2, 1, 1);
        pen.columnNumbers(s, r++, 3, 4, 5, 2, 4);
        r = new SummaryTables(pen, st).write(s, r, "04", SummaryTables.national(32), true, Map.of());
        pen.note(s, r, 8, "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。");
    }

    /**
     * A table by 科目: 项目 (科目代码, 科目名称) over the codes, the statement's column paths, 栏次, the rows, the note.
     * Returns the last column.
     */
    private int byCode(Sheet s, int n, String table, String title, int parts, String note) {
        CodedRows rows = new CodedRows(pen, st, v.codes(), parts);
        int cols = st.columnCount(table);
        int first = rows.width();
        int last = first + cols - 1;
        pen.widths(s, rows.widths(cols));
        int r = pen.heading(s, title, code(n), last);
        List<String> paths = new ArrayList<>(rows.headerPaths("项目", "科目代码"));
        for (int col = 1; col <= cols; col++) {
            paths.add(st.column(table, col));
        }
        r = pen.header(s, r, 0, paths);
        pen.columnNumbers(s, r++, 0, first - 1, first, 1, cols);
        r = rows.write(s, r, table, first, form == Form.COUNTY ? CodedRows.Total.TOP_IN_NAME : CodedRows.Total.TOP_MERGED);
        pen.note(s, r, last, note);
        return last;
    }

    /** An empty table (the unit has no such funds): header, 栏次, a 合计 row without amounts, the notes. */
    private void empty(Sheet s, int n, String table, String title, String note, String none) {
        int last = byCode(s, n, table, title, 3, note);
        pen.note(s, s.getLastRowNum() + 1, last, st.accounts.year + " 年度无" + none + "。");
    }

    /** Basic spending by 经济分类: three blocks, under 人员经费 | 公用经费 (the county's export prints no such row). */
    private void basic(Sheet s, int n) {
        EconomicBlocks blocks = new EconomicBlocks(pen, st, v.codes());
        if (form == Form.LIST06) {
            basicList(s, n, blocks);
            return;
        }
        int w = blocks.blockWidth();
        int[] widths = new int[3 * w];
        for (int b = 0; b < 3; b++) {
            Arrays.fill(widths, b * w, b * w + w - 2, w == 3 ? 2304 : 1280);
            widths[b * w + w - 2] = 6656;
            widths[b * w + w - 1] = 2816;
        }
        pen.widths(s, widths);
        int r = pen.heading(s, "一般公共预算财政拨款基本支出决算" + (form == Form.SICHUAN ? "表" : "明细表"), code(n), 3 * w - 1);
        List<String> labels = form == Form.COUNTY ? Arrays.asList(null, null, null) : List.of("人员经费", "公用经费", "公用经费");
        r = pen.header(s, r, 0, blocks.headerPaths(labels, "科目代码"));
        r = blocks.write(s, r, List.of(Catalogue.PERSONNEL, Catalogue.GOODS, Catalogue.OTHER));
        pen.note(s, r, 3 * w - 1, "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。");
    }

    /** Basic spending as one list by 经济分类 code, 合计 | 人员经费 | 公用经费 under 基本支出 or not, 合计 on top or below. */
    private void basicList(Sheet s, int n, EconomicBlocks blocks) {
        int first = blocks.blockWidth() - 1;
        int[] widths = new int[first + 3];
        Arrays.fill(widths, first == 2 ? 2304 : 1280);
        widths[first - 1] = 9216;
        Arrays.fill(widths, first, first + 3, 3328);
        pen.widths(s, widths);
        int r = pen.heading(s, "一般公共预算财政拨款基本支出决算表", code(n), first + 2);
        r = pen.header(s, r, 0, blocks.listPaths(pen.coin() ? "基本支出" : null));
        pen.columnNumbers(s, r++, 0, first - 1, first, 1, 3);
        r = blocks.writeList(s, r, pen.coin());
        pen.note(s, r, first + 2, "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。");
    }

    private void threePublic(Sheet s, int n) {
        ThreePublicTables t = new ThreePublicTables(pen, st);
        int r;
        if (form == Form.COUNTY) {
            pen.widths(s, 3072, 2560, 2560, 2560, 2560, 2560, 2560, 2560, 2560);
            r = pen.heading(s, "财政拨款“三公”经费及会议费、培训费支出决算表", code(n), 8);
            r = t.transposedWithMeetings(s, r);
            pen.note(s, r, 8, "注：本表反映部门本年度财政拨款“三公”经费、会议费、培训费的支出预决算情况。其中，预算数为全年预算数，"
                    + "反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。");
            return;
        }
        int cols = form == Form.SICHUAN ? 18 : 12;
        int[] widths = new int[cols];
        Arrays.fill(widths, 2560);
        pen.widths(s, widths);
        r = pen.heading(s, "财政拨款“三公”经费支出决算表", code(n), cols - 1);
        r = form == Form.SICHUAN ? t.threeBlocks(s, r) : t.national(s, r);
        pen.note(s, r, cols - 1, "注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，"
                + "反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。"
                + (form == Form.SICHUAN ? "上年决算数为上年度“三公”经费实际支出。" : ""));
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
