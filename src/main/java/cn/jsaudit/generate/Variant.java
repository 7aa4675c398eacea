package cn.jsaudit.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * How a submission's workbook differs from the reference layout in ways the loader must absorb: sheet names,
 * sheet order, the label of the unit line, a year before the title, and amounts typed as text with separators.
 */
record Variant(List<String> sheetNames, List<Integer> order, String unitLabel, boolean yearInTitle,
               double textAmountShare, boolean gb18030Narrative) {

    private static final List<List<String>> NAMES = List.of(
            List.of("收支总表", "收入表", "支出表", "财拨收支总表", "一般公共预算支出表", "基本支出明细表", "政府性基金表",
                    "国资经营表", "三公经费表"),
            List.of("公开01表", "公开02表", "公开03表", "公开04表", "公开05表", "公开06表", "公开07表", "公开08表", "公开09表"),
            List.of("Sheet1", "Sheet2", "Sheet3", "Sheet4", "Sheet5", "Sheet6", "Sheet7", "Sheet8", "Sheet9"),
            List.of("表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8", "表9"));
    private static final List<String> UNIT_LABELS = List.of("部门：", "部门：", "单位名称：", "部门（单位）：");

    static Variant random(Random rnd) {
        List<String> names = NAMES.get(rnd.nextInt(NAMES.size()));
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8));
        if (rnd.nextDouble() < 0.25) {
            Collections.shuffle(order, rnd);
        }
        double text = rnd.nextDouble() < 0.2 ? 0.15 : 0;
        return new Variant(names, List.copyOf(order), UNIT_LABELS.get(rnd.nextInt(UNIT_LABELS.size())),
                rnd.nextDouble() < 0.3, text, rnd.nextDouble() < 0.2);
    }
}
