package cn.jsaudit.generate;

import cn.jsaudit.generate.Catalogue.Line;
import cn.jsaudit.generate.Statement.Row;
import cn.jsaudit.generate.SummaryTables.Pair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Shanghai's nine tables as the city's template prints them (docs: workbook-format.md): known by title only — no
 * table code, no 行次, no 栏次, no unit name, only 单位：万元; rows of 01 and 04 known by label with every class row
 * printed; 合计 on top of 02/03 (now and then on the 类|款|项 header row) and at the bottom of 05; 06 in two blocks
 * closed by 人员经费合计 / 公用经费合计; 三公 as one row under a three-row header; empty 八 and 九 with their note.
 */
final class ShanghaiWriter {

    static final List<String> TITLES = List.of("收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表",
            "一般公共预算财政拨款支出决算表", "一般公共预算财政拨款基本支出决算表", "财政拨款“三公”经费支出决算表",
            "政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款支出决算表");

    private final SheetPen pen;
    private final Statement st;
    private final boolean ordinalTitles;

    ShanghaiWriter(SheetPen pen, Statement st) {
        this.pen = pen;
        this.st = st;
        this.ordinalTitles = pen.random().nextBoolean();
    }

    void writeAll() {
        Sheet[] s = pen.sheets();
        table01(s[0]);
        byCode(s[1], 1, "02");
        byCode(s[2], 2, "03");
        table04(s[3]);
        spending(s[4]);
        basic(s[5]);
        threePublic(s[6]);
        empty(s[7], 7, List.of("年初结转和结余", "本年收入", "本年支出/合计", "本年支出/基本支出", "本年支出/项目支出", "年末结转和结余"),
                "政府性基金预算财政拨款收入支出");
        empty(s[8], 8, List.of("本年支出/合计", "本年支出/基本支出", "本年支出/项目支出"), "国有资本经营预算财政拨款支出");
    }

    private int heading(Sheet s, int index, int lastCol) {
        String title = TITLES.get(index);
        return pen.heading(s, ordinalTitles ? Catalogue.ORDINALS[index] + "、" + title : title, null, lastCol);
    }

    private void table01(Sheet s) {
        pen.widths(s, 10240, 3584, 10240, 3584);
        int r = heading(s, 0, 3);
        r = pen.header(s, r, 0, List.of("收入/项目", "收入/决算数", "支出/项目", "支出/决算数"));
        List<Pair> pairs = new ArrayList<>();
        for (int k = 0; k < 26; k++) {
            pairs.add(new Pair(k < 8 ? k + 1 : null, 32 + k));
        }
        pairs.addAll(List.of(new Pair(27, 58), new Pair(28, 59), new Pair(29, 60), new Pair(31, 62)));
        new SummaryTables(pen, st).write(s, r, "01", pairs, false, Map.of("使用非财政拨款结余和专用结余", "使用非财政拨款结余"));
    }

    private void table04(Sheet s) {
        pen.widths(s, 8192, 3328, 8192, 3328, 3584, 3584, 3584);
        int r = heading(s, 3, 6);
        List<String> paths = new ArrayList<>(List.of("收入/项目", "收入/决算数", "支出/项目"));
        for (int col = 2; col <= 5; col++) {
            paths.add("支出/决算数/" + st.column("04", col).substring("支出/".length()));
        }
        r = pen.header(s, r, 0, paths);
        List<Pair> pairs = new ArrayList<>();
        for (int k = 0; k < 26; k++) {
            pairs.add(new Pair(k < 3 ? k + 1 : null, 33 + k));
        }
        pairs.addAll(List.of(new Pair(27, 59), new Pair(28, 60), new Pair(29, null), new Pair(30, null), new Pair(31, null),
                new Pair(32, 64)));
        new SummaryTables(pen, st).write(s, r, "04", pairs, false, Map.of());
    }

    /** 02 and 03: 合计 on top, on a row of its own or on the 类|款|项 header row. */
    private void byCode(Sheet s, int index, String table) {
        CodedRows rows = new CodedRows(pen, st, pen.variant.codes(), 3);
        int first = rows.width();
        int cols = st.columnCount(table);
        pen.widths(s, rows.widths(cols));
        int r = heading(s, index, first + cols - 1);
        Row total = st.row(table, "合计");
        if (pen.variant.codes().split() && pen.random().nextBoolean()) {
            List<String> codePaths = new ArrayList<>(rows.headerPaths("项目", "功能分类科目编码"));
            codePaths.set(codePaths.size() - 1, "项目/科目名称/合计");
            pen.header(s, r, 0, codePaths);
            List<String> amountPaths = new ArrayList<>();
            for (int col = 1; col <= cols; col++) {
                amountPaths.add(st.column(table, col) + "/");
            }
            pen.header(s, r, first, amountPaths);
            rows.amounts(s, r + 2, table, total, first);
            rows.write(s, r + 3, table, first, CodedRows.Total.ELSEWHERE);
            return;
        }
        List<String> paths = new ArrayList<>(rows.headerPaths("项目", "功能分类科目编码"));
        for (int col = 1; col <= cols; col++) {
            paths.add(st.column(table, col));
        }
        r = pen.header(s, r, 0, paths);
        rows.write(s, r, table, first, CodedRows.Total.TOP_MERGED);
    }

    /** 五: 合计 | 基本支出 | 项目支出, the 合计 row at the bottom. */
    private void spending(Sheet s) {
        CodedRows rows = new CodedRows(pen, st, pen.variant.codes(), 3);
        int first = rows.width();
        pen.widths(s, rows.widths(3));
        int r = heading(s, 4, first + 2);
        List<String> paths = new ArrayList<>(rows.headerPaths("项目", "功能分类科目编码"));
        paths.addAll(List.of("合计", "基本支出", "项目支出"));
        r = pen.header(s, r, 0, paths);
        rows.write(s, r, "05", first, CodedRows.Total.BOTTOM);
    }

    /** 六: 人员经费 (301, 303) and 公用经费 (302, 307, 310, 399), codes split over 类 | 款. */
    private void basic(Sheet s) {
        EconomicBlocks blocks = new EconomicBlocks(pen, st, Variant.CodeColumns.SPLIT_BLANK);
        pen.widths(s, 1280, 1280, 6656, 2816, 1280, 1280, 7168, 2816);
        int r = heading(s, 5, 7);
        r = pen.header(s, r, 0, blocks.headerPaths(List.of("人员经费", "公用经费"), "经济分类科目编码"));
        List<Line> goods = new ArrayList<>(Catalogue.GOODS);
        goods.addAll(Catalogue.OTHER);
        blocks.write(s, r, List.of(Catalogue.PERSONNEL, goods));
    }

    private void threePublic(Sheet s) {
        int[] widths = new int[12];
        Arrays.fill(widths, 2560);
        pen.widths(s, widths);
        int r = heading(s, 6, 11);
        new ThreePublicTables(pen, st).itemsOverBudgetAndActual(s, r);
    }

    /** 八 and 九 keep their form, two blank rows and the note that the unit has no such funds. */
    private void empty(Sheet s, int index, List<String> columns, String what) {
        CodedRows rows = new CodedRows(pen, st, Variant.CodeColumns.ONE, 3);
        int last = rows.width() + columns.size() - 1;
        pen.widths(s, rows.widths(columns.size()));
        int r = heading(s, index, last);
        List<String> paths = new ArrayList<>(rows.headerPaths("项目", "功能分类科目编码"));
        paths.addAll(columns);
        r = pen.header(s, r, 0, paths);
        for (int k = 0; k < 2; k++, r++) {
            for (int c = 0; c <= last; c++) {
                pen.blank(s, r, c);
            }
        }
        pen.note(s, r, last, "注：本单位" + st.accounts.year + "年度无" + what + "，故本表无数据。");
    }
}
