package cn.jsaudit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.model.Amount;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import cn.jsaudit.ruleapi.Checks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wrong total is one finding: the narrative that quotes the right figure, and shares computed from it, fold under it. */
class WrongCellsTest {

    private static final Path NARRATIVE = Path.of("examples/随州市曾都区医疗保障信息中心-2023.docx");

    @TempDir
    Path tmp;

    @Test
    void aWrongTotalFoldsTheNarrativeThatQuotesTheRightFigure() throws Exception {
        // 公开01表 本年支出合计 110.26 → 120.26: the items, 公开03表 and the narrative (支出合计 and three shares) say 110.26
        Path edited = Examples.editedBesideNarrative(Examples.SEED_000, NARRATIVE, tmp.resolve("合计"),
                wb -> wb.getSheet("收支总表").getRow(32).getCell(5).setCellValue(120.26));
        List<Finding> findings = Examples.findingsOf(edited);
        List<Finding> original = Examples.findingsOf(Examples.SEED_000);
        List<String> before = original.stream().map(WrongCellsTest::figures).toList();
        List<Finding> added = new ArrayList<>(findings);
        added.removeIf(f -> before.contains(figures(f)));
        assertEquals(List.of("T01-03 ERROR 收支总表!F33", "X01-03-01 ERROR 收支总表!F33", "T01-04 ERROR 收支总表!F37"),
                added.stream().map(WrongCellsTest::place).toList(), "the table's identities, and nothing of the narrative");
        Finding total = added.get(0);
        assertEquals(List.of("N-占比不符", "N-占比不符", "N-占比不符", "N-金额不符").stream().sorted().toList(),
                total.folded().stream().map(Finding::rule).sorted().toList());
        assertTrue(total.folded().stream().allMatch(f -> f.severity() == Severity.ERROR && f.quote() != null));
        assertTrue(total.message().endsWith("此格若为 110.26，另有 4 条发现（N-金额不符 1 条、N-占比不符 3 条，情况说明第14段、第22段）"
                + "随之消失，是同一处错误引起的，已折叠在本条之下，不计数。"), total.message());
        assertTrue(added.get(1).folded().isEmpty() && added.get(2).folded().isEmpty(), "folded once, under the first");
    }

    private static final Location CELL = new Location("a.xlsx", "Sheet1", "F33");
    private static final Location PARAGRAPH = new Location("a.txt", null, "第8段");
    private static final Amount TOTAL = new Amount("公开01表", "收支总表", "支出", 58, null, "本年支出合计", 2, "金额",
            new BigDecimal("743.35"), new BigDecimal("0.005"), CELL);
    private static final Finding IDENTITY = new Finding("T01-03", "合计", Severity.ERROR, "不成立", "公开01表",
            List.of(CELL, new Location("a.xlsx", "Sheet1", "F7")), new BigDecimal("675.77"), new BigDecimal("743.35"),
            new BigDecimal("0.02"), null, null, List.of(), Checks.BEYOND, Map.of());
    private static final Finding NARRATIVE_AMOUNT = new Finding("N-金额不符", "金额不符", Severity.ERROR, "称 675.77",
            "公开01表", List.of(PARAGRAPH, CELL), new BigDecimal("743.35"), new BigDecimal("675.77"), null, "支出合计 675.77 万元");

    @Test
    void aCorrectionFoldsOnlyWhatVanishesWithIt() {
        List<List<Amount>> asked = new ArrayList<>();
        List<Finding> out = WrongCells.fold(List.of(IDENTITY, NARRATIVE_AMOUNT), List.of(TOTAL), amounts -> {
            asked.add(amounts);
            return List.of();
        });
        assertEquals(1, out.size());
        assertEquals(List.of(NARRATIVE_AMOUNT), out.get(0).folded());
        assertEquals(0, new BigDecimal("675.77").compareTo(asked.get(0).get(0).value()), "checked again with the cell corrected");
    }

    @Test
    void aNarrativeFindingThatStaysAfterTheCorrectionHasACauseOfItsOwn() {
        List<Finding> in = List.of(IDENTITY, NARRATIVE_AMOUNT);
        assertEquals(in, WrongCells.fold(in, List.of(TOTAL), amounts -> List.of(NARRATIVE_AMOUNT)));
    }

    @Test
    void aCorrectionThatRaisesSomethingNewOrLeavesTheIdentityFoldsNothing() {
        List<Finding> in = List.of(IDENTITY, NARRATIVE_AMOUNT);
        Finding elsewhere = new Finding("N-其他", "其他", Severity.ERROR, "新的", "公开01表", List.of(PARAGRAPH, CELL),
                null, null, null, "另一句");
        assertEquals(in, WrongCells.fold(in, List.of(TOTAL), amounts -> List.of(elsewhere)));
        assertEquals(in, WrongCells.fold(in, List.of(TOTAL), amounts -> List.of(IDENTITY)));
    }

    @Test
    void aTotalPrintedFromTheWrongFigureMayFailOnlyAfterTheCorrection() {
        // 合计 = 人员经费 + 公用经费 on the 合计 row was printed from the wrong 人员经费: it carried the error along
        Location rowTotal = new Location("a.xlsx", "Sheet1", "C33");
        Finding carried = new Finding("T06-04", "合计", Severity.ERROR, "不成立", "公开01表", List.of(rowTotal, CELL),
                new BigDecimal("675.77"), new BigDecimal("743.35"), null, null, null, List.of(), Checks.BEYOND, Map.of());
        List<Finding> out = WrongCells.fold(List.of(IDENTITY, NARRATIVE_AMOUNT), List.of(TOTAL),
                amounts -> List.of(carried));
        assertEquals(List.of(NARRATIVE_AMOUNT), out.get(0).folded());
        Finding elsewhere = new Finding("T06-04", "合计", Severity.ERROR, "不成立", "公开01表", List.of(rowTotal),
                new BigDecimal("1"), new BigDecimal("2"), null, null, null, List.of(), Checks.BEYOND, Map.of());
        List<Finding> in = List.of(IDENTITY, NARRATIVE_AMOUNT);
        assertEquals(in, WrongCells.fold(in, List.of(TOTAL), amounts -> List.of(elsewhere)),
                "an identity that fails elsewhere is not carried by this cell");
    }

    @Test
    void noRecheckWithoutANarrativeFindingAtTheCell() {
        List<Finding> in = List.of(IDENTITY);
        List<Finding> out = WrongCells.fold(in, List.of(TOTAL), amounts -> {
            throw new AssertionError("checked again for nothing");
        });
        assertSame(IDENTITY, out.get(0));
    }

    /** What a finding says about the figures (a finding that changed only by what folds under it says the same). */
    private static String figures(Finding f) {
        return f.rule() + " " + f.severity() + " " + f.table() + " " + f.expected() + " " + f.actual() + " " + f.quote();
    }

    private static String place(Finding f) {
        Location l = f.primaryLocation();
        return f.rule() + " " + f.severity() + " " + l.sheet() + "!" + l.cell();
    }
}
