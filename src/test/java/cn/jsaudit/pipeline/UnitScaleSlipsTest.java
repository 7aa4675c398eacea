package cn.jsaudit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.ingest.InputFindings;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table filled in 元 under a 万元 heading is one finding, not one per comparison it fails. */
class UnitScaleSlipsTest {

    private static final Path NARRATIVE = Path.of("examples/随州市曾都区医疗保障信息中心-2023.docx");

    @TempDir
    Path tmp;

    @Test
    void aTableFilledInYuanIsOneFindingWithItsMismatchesFoldedUnder() throws Exception {
        Path edited = Examples.editedBesideNarrative(Examples.SEED_000, NARRATIVE, tmp.resolve("元"), wb -> {
            Sheet s = wb.getSheet("一般公共预算支出表");
            for (Row r : s) {
                for (Cell c : r) {
                    if (r.getRowNum() > 5 && c.getCellType() == CellType.NUMERIC) {
                        c.setCellValue(c.getNumericCellValue() * 10000);
                    }
                }
            }
        });
        List<Finding> findings = Examples.findingsOf(edited);
        List<Finding> slips = findings.stream().filter(f -> UnitScaleSlips.TITLE.equals(f.title())).toList();
        assertEquals(1, slips.size(), findings.toString());
        Finding slip = slips.get(0);
        assertEquals(Severity.ERROR, slip.severity());
        assertEquals("公开05表", slip.table());
        assertEquals("一般公共预算支出表", slip.locations().get(0).sheet());
        assertTrue(slip.message().contains("相差恰为 10000 倍"), slip.message());
        assertTrue(slip.folded().size() >= 5, slip.folded().toString());
        assertTrue(slip.folded().stream().anyMatch(f -> f.rule().startsWith("X04-05")), "the tables that disagree with it");
        assertTrue(slip.folded().stream().anyMatch(f -> f.rule().equals("N-金额不符")), "the narrative that disagrees with it");
        List<Finding> rest = new ArrayList<>(findings);
        rest.remove(slip);
        // the original's rounding notes (INFO) on the scaled cells are mismatches now, folded under the slip
        assertEquals(Examples.describedFigures(noted(Examples.findingsOf(Examples.SEED_000))), Examples.describedFigures(noted(rest)),
                "nothing else changes");
    }

    @Test
    void oneMismatchByTheFactorStaysAsItIs() {
        Finding typo = mismatch("X04-05-01", "1102600", "110.26");
        Finding other = mismatch("T05-01", "12.5", "12.4");
        assertTrue(UnitScaleSlips.differBy(typo, 10000));
        assertFalse(UnitScaleSlips.differBy(other, 10000));
        assertEquals(List.of(typo, other), UnitScaleSlips.fold(List.of(typo, other), List.of(), List.of(10000), "a.xlsx"));
    }

    private static List<Finding> noted(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() != Severity.INFO).toList();
    }

    private static Finding mismatch(String rule, String expected, String actual) {
        Finding f = InputFindings.of(Severity.ERROR, rule, "公开05表", new Location("a.xlsx", "表5", "C7"));
        return new Finding(rule, f.title(), f.severity(), f.message(), f.table(), f.locations(), new BigDecimal(expected),
                new BigDecimal(actual), null, null, null, List.of());
    }
}
