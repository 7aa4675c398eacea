package cn.jsaudit.ruleapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jsaudit.model.Amount;
import cn.jsaudit.model.AmountTables;
import cn.jsaudit.model.Location;
import cn.jsaudit.ruleapi.TableFormula.Scope;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TableFormulaTest {

    /** A 收入 table: 合计, one 类 with two 款, in columns 1 (本年收入合计) and 2, 3; and 收支总表 rows 1–3 and 27. */
    private final List<Amount> amounts = new ArrayList<>();

    TableFormulaTest() {
        String[][] lines = {{null, "合计", "7"}, {"208", "社会保障和就业支出", "8"}, {"20805", "养老", "9"}, {"20808", "抚恤", "10"}};
        for (String[] line : lines) {
            for (int col = 1; col <= 3; col++) {
                amounts.add(new Amount("公开03表", "收入", "", null, line[0], line[1], col, "栏" + col, BigDecimal.ONE,
                        new BigDecimal("0.005"), new Location("a.xlsx", "Sheet3", (char) ('B' + col) + line[2])));
            }
        }
        for (int row : new int[] {1, 2, 3, 27}) {
            amounts.add(new Amount("公开01表", "收支总表", "收入", row, null, "行" + row, 1, "决算数", BigDecimal.ONE,
                    new BigDecimal("0.005"), new Location("a.xlsx", "Sheet1", "B" + (row + 4))));
        }
    }

    /** Each comparison as "left cells = right cells". */
    private List<String> comparisons(Scope scope, List<Cells> left, List<Cells> right) {
        List<String> out = new ArrayList<>();
        TableFormula.each(AmountTables.of(amounts), scope, left, right, (l, r) -> out.add(cells(l) + " = " + cells(r)));
        return out;
    }

    private static String cells(List<Amount> side) {
        return side.stream().map(a -> a.source().cell()).sorted().collect(Collectors.joining("+"));
    }

    @Test
    void eachColumnOfALevelComparesEachCodeWithTheCodesUnderItInItsColumn() {
        assertEquals(List.of("C8 = C10+C9", "D8 = D10+D9", "E8 = E10+E9"), comparisons(Scope.EACH_COLUMN,
                List.of(Cells.of("收入").level("类")), List.of(Cells.of("收入").level("款"))));
    }

    @Test
    void eachColumnOfANamedLineComparesItWithTheLevelInItsColumn() {
        assertEquals(List.of("C7 = C8", "D7 = D8", "E7 = E8"), comparisons(Scope.EACH_COLUMN,
                List.of(Cells.of("收入").name("合计")), List.of(Cells.of("收入").level("类"))));
    }

    @Test
    void eachRowComparesTheAnchorColumnWithTheOtherColumnsOfItsLine() {
        assertEquals(List.of("C7 = D7+E7", "C8 = D8+E8", "C9 = D9+E9", "C10 = D10+E10"), comparisons(Scope.EACH_ROW,
                List.of(Cells.of("收入").col(1)), List.of(Cells.of("收入").col(2), Cells.of("收入").col(3))));
    }

    @Test
    void onceSumsARangeOnTheLeftAndComparesASingleCellForEachAmountItNames() {
        assertEquals(List.of("B5+B6+B7 = B31"), comparisons(Scope.ONCE,
                List.of(Cells.of("收支总表").rows(1, 3)), List.of(Cells.of("收支总表").row(27))));
        assertEquals(List.of("B31 = B5+B6+B7"), comparisons(Scope.ONCE,
                List.of(Cells.of("收支总表").row(27)), List.of(Cells.of("收支总表").rows(1, 3))));
        assertEquals(List.of("C7 = B5", "D7 = B5", "E7 = B5"), comparisons(Scope.ONCE,
                List.of(Cells.of("收入").name("合计")), List.of(Cells.of("收支总表").row(1))));
    }

    @Test
    void nothingIsComparedWhenNothingOnTheRightWasPrinted() {
        assertEquals(List.of(), comparisons(Scope.ONCE,
                List.of(Cells.of("收支总表").row(27)), List.of(Cells.of("收支总表").rows(4, 8))));
        assertEquals(List.of(), comparisons(Scope.EACH_COLUMN,
                List.of(Cells.of("收入").level("款")), List.of(Cells.of("收入").level("项"))));
        assertEquals(List.of(), comparisons(Scope.ONCE,
                List.of(Cells.of("三公").col(1)), List.of(Cells.of("收支总表").row(1))));
    }

    @Test
    void oneRightReferencePrintedIsEnoughAndAnUnprintedOneCountsAsZero() {
        assertEquals(List.of("B31 = B5"), comparisons(Scope.ONCE,
                List.of(Cells.of("收支总表").row(27)), List.of(Cells.of("收支总表").row(1), Cells.of("收支总表").row(8))));
        assertEquals(List.of("B31 = B5"), comparisons(Scope.ONCE,
                List.of(Cells.of("收支总表").row(27), Cells.of("收支总表").row(8)), List.of(Cells.of("收支总表").row(1))));
    }
}
