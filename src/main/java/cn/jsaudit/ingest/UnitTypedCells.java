package cn.jsaudit.ingest;

import cn.jsaudit.model.AmountUnit;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Amount cells typed with their unit ("110.26万元") in one table: read in the unit the cell states. A workbook typed
 * so is one habit, not one per table, so a workbook's tables are said in one finding.
 */
record UnitTypedCells(String table, AmountUnit tableUnit, int count, int otherUnit, String example, Location first) {

    /** One INFO naming every table with such cells, at each table's first such cell; none when there are none. */
    static List<Finding> said(List<UnitTypedCells> tables) {
        if (tables.isEmpty()) {
            return List.of();
        }
        int count = 0;
        List<String> names = new ArrayList<>();
        List<String> other = new ArrayList<>();
        List<Location> at = new ArrayList<>();
        for (UnitTypedCells t : tables) {
            count += t.count();
            names.add(t.table() + " " + t.count() + " 个");
            at.add(t.first());
            if (t.otherUnit() > 0) {
                other.add(t.table() + " " + t.otherUnit() + " 个（表头所标单位为" + t.tableUnit().label() + "）");
            }
        }
        String message = "有 " + count + " 个金额单元格连单位一起填写（如“" + tables.get(0).example() + "”；" + String.join("、", names)
                + "），已按单元格所写的单位读取" + (other.isEmpty() ? ""
                : "；其中所写单位与表头不同的：" + String.join("、", other) + "，请核对");
        return List.of(InputFindings.of(Severity.INFO, message, tables.size() == 1 ? tables.get(0).table() : null, at));
    }
}
