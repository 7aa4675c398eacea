package cn.jsaudit.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * How one workbook looks, drawn per layout from the layout's own random source: sheet names and order, where title
 * and code stand, the unit line, how 科目代码 and amounts are printed, and stray spaces in labels. The numbers
 * behind it are the {@link Statement}'s and never depend on it.
 *
 * @param sheetNames one name per table, in the layout's table order
 * @param order      the order the tables' sheets are created in (indices into sheetNames)
 * @param unitLine   the unit line's text ("部门：…"), or null where the workbook names no unit (Shanghai)
 * @param amountUnit "单位：万元" or "金额单位：万元"
 * @param yearInTitle "2023年度" before each title
 * @param yearInUnitLine "2023年度" in the middle of the unit line (Sichuan)
 * @param straySpaces labels as typed with spaces: 收 入, 项 目, 栏 次, 三、 国防支出
 */
record Variant(List<String> sheetNames, List<Integer> order, TitleStyle title, String unitLine, String amountUnit,
               boolean yearInTitle, boolean yearInUnitLine, CodeColumns codes, AmountStyle amounts, boolean straySpaces) {

    /** Where a table's title and its code (公开01表, 表1, 财决公开01表) stand. */
    enum TitleStyle {
        /** Title merged over the width, the code at the right of the next row (the national export, Sichuan). */
        CODE_BELOW,
        /** Title merged over all but the last column, the code in the title row's last cell. */
        CODE_BESIDE,
        /** The code (表1) alone in the first row's left cell, the title below it. */
        CODE_ABOVE,
        /** "表1　收入支出决算总表" in one merged cell. */
        CODE_IN_TITLE,
        /** The title only (Shanghai). */
        NONE
    }

    /** How 科目代码 are printed in tables by 科目. */
    enum CodeColumns {
        /** The whole code in one column. */
        ONE,
        /** Split over 类 | 款 | 项, each part in its column, the parent parts repeated on lower rows. */
        SPLIT_REPEATED,
        /** Split over 类 | 款 | 项, the parent parts left blank on lower rows. */
        SPLIT_BLANK;

        boolean split() {
            return this != ONE;
        }
    }

    private static final List<List<String>> NATIONAL_NAMES = List.of(
            List.of("收支总表", "收入表", "支出表", "财拨收支总表", "一般公共预算支出表", "基本支出明细表", "政府性基金表",
                    "国资经营表", "三公经费表"),
            numbered("公开%02d表", 9), numbered("Sheet%d", 9), numbered("表%d", 9));
    private static final List<String> UNIT_LABELS = List.of("部门：", "部门：", "单位名称：", "部门（单位）：");

    /** Today's national mix: names, order, unit label, year before the title and some amounts typed as text. */
    static Variant national(Random rnd, String unit) {
        List<String> names = NATIONAL_NAMES.get(rnd.nextInt(NATIONAL_NAMES.size()));
        List<Integer> order = identity(9);
        if (rnd.nextDouble() < 0.25) {
            Collections.shuffle(order, rnd);
        }
        double text = rnd.nextDouble() < 0.2 ? 0.15 : 0;
        return new Variant(names, List.copyOf(order), TitleStyle.CODE_BELOW,
                UNIT_LABELS.get(rnd.nextInt(UNIT_LABELS.size())) + unit, "单位：万元", rnd.nextDouble() < 0.3, false,
                CodeColumns.ONE, new AmountStyle(text, false, AmountStyle.Zero.NUMBER), false);
    }

    /** What a typist makes of it: 表N, codes split over 类|款|项, many amounts as text, sheets in any order. */
    static Variant typed(Random rnd, String unit) {
        List<Integer> order = identity(9);
        Collections.shuffle(order, rnd);
        // Tabs are named by position (Sheet1, Sheet2 … or 表1, 表2 …), whatever table was pasted there.
        List<String> byPosition = rnd.nextBoolean() ? numbered("Sheet%d", 9) : numbered("表%d", 9);
        String[] names = new String[9];
        for (int position = 0; position < 9; position++) {
            names[order.get(position)] = byPosition.get(position);
        }
        return new Variant(List.of(names), List.copyOf(order), rnd.nextBoolean() ? TitleStyle.CODE_ABOVE : TitleStyle.CODE_IN_TITLE,
                UNIT_LABELS.get(rnd.nextInt(UNIT_LABELS.size())) + unit, rnd.nextBoolean() ? "单位：万元" : "金额单位：万元",
                false, false, rnd.nextBoolean() ? CodeColumns.SPLIT_REPEATED : CodeColumns.SPLIT_BLANK,
                new AmountStyle(0.4, true, rnd.nextBoolean() ? AmountStyle.Zero.BLANK : AmountStyle.Zero.DASH), false);
    }

    /** As a county's software exports it (seed 003): the code beside the title, 部门（单位）, blank zeros, 收 入. */
    static Variant county(Random rnd, String unit) {
        String suffix = rnd.nextBoolean() ? "（本级）" : "";
        return new Variant(numbered("表%d", 9), identity(9), TitleStyle.CODE_BESIDE, "部门（单位）：" + unit + suffix,
                "金额单位：万元", false, false, CodeColumns.ONE, AmountStyle.BLANK_ZEROS, true);
    }

    /** The national layout as the reporting software saves it in the older .xls format: numbers only. */
    static Variant xls(Random rnd, String unit) {
        return new Variant(numbered("公开%02d表", 9), identity(9), TitleStyle.CODE_BELOW,
                UNIT_LABELS.get(rnd.nextInt(UNIT_LABELS.size())) + unit, "单位：万元", rnd.nextBoolean(), false,
                CodeColumns.ONE, AmountStyle.NUMBERS, false);
    }

    /** 财决公开01–13表: 单位名称, the year in the unit line now and then, zeros printed. */
    static Variant sichuan(Random rnd, String unit) {
        List<String> names = List.of("01收入支出决算", "02收入决算表", "03支出决算表", "04财政拨款收入", "05财政拨款支出",
                "06一般公共预算", "07一般公共预算明细", "08基本支出", "09项目支出", "10政府性基金", "11国有资本经营收支",
                "12国有资本经营支出", "13三公经费");
        return new Variant(rnd.nextBoolean() ? names : numbered("表%d", 13), identity(13), TitleStyle.CODE_BELOW,
                "单位名称：" + unit, rnd.nextBoolean() ? "单位：万元" : "金额单位：万元", false, rnd.nextBoolean(),
                CodeColumns.ONE, AmountStyle.NUMBERS, false);
    }

    /** Shanghai: nine tables by title, no unit line (only 单位：万元), codes in one column or split, blank zeros. */
    static Variant shanghai(Random rnd, List<String> titles) {
        List<String> names = new ArrayList<>();
        int style = rnd.nextInt(3);
        for (int i = 0; i < titles.size(); i++) {
            names.add(switch (style) {
                case 0 -> titles.get(i);
                case 1 -> Catalogue.ORDINALS[i] + "、" + titles.get(i);
                default -> "表" + (i + 1) + " " + titles.get(i);
            });
        }
        return new Variant(names, identity(titles.size()), TitleStyle.NONE, null, "单位：万元", false, false,
                rnd.nextBoolean() ? CodeColumns.SPLIT_BLANK : CodeColumns.ONE, AmountStyle.BLANK_ZEROS, false);
    }

    private static List<String> numbered(String format, int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> String.format(format, i)).toList();
    }

    private static List<Integer> identity(int n) {
        return new ArrayList<>(IntStream.range(0, n).boxed().toList());
    }
}
