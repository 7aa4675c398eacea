package cn.jsaudit.ingest;

import cn.jsaudit.model.Amount;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.TableInfo;
import java.util.List;

/**
 * What one sheet holding a public table yields, with the layout it was read by (null when none was found) and its
 * amounts typed with their unit (null when none were).
 */
record TableContent(TableHeading heading, TableInfo info, List<Amount> amounts, List<Finding> problems,
                    TableLayout layout, UnitTypedCells unitTyped) {
}
