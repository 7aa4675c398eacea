package cn.jsaudit.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.model.ExecutionLine;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Indicator;
import cn.jsaudit.model.ScoreItem;
import cn.jsaudit.model.ScoreTotal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The column headings of the forms as other provinces word them (实际执行数, 资金执行率, 年度目标值, 实际值 …, all in
 * rules/performance/forms.yaml) read the same columns: the reference's forms so reworded give its findings.
 */
class HeaderWordingsTest {

    private static final Path NARRATIVE = Path.of("examples/随州市曾都区医疗保障信息中心-2023.docx");

    @TempDir
    Path tmp;

    @Test
    void otherWordingsOfTheSameColumnsGiveTheSameFindings() throws Exception {
        Map<String, String> wording = Map.of(
                "预算数（A)", "调整后预算数（A)", "预算数（A）", "全年调整预算数（A）",
                "执行数(B)", "实际执行数(B)", "执行数（B）", "全年实际执行数（B）", "全年执行数", "实际支出数",
                "预算执行率", "资金执行率",
                "年初目标值(A）", "年度目标值(A）", "年初目标值（A）", "计划指标值（A）",
                "实际完成值(B)", "实际值(B)", "实际完成值（B）", "实际完成指标值（B）");
        Map<String, Integer> replaced = new HashMap<>();
        Path edited = Examples.editedBesideNarrative(Harness.REFERENCE, NARRATIVE, tmp.resolve("改写表头"), wb -> {
            for (Sheet s : wb) {
                if (!s.getSheetName().contains("自评")) {
                    continue;
                }
                for (Row r : s) {
                    List<Cell> headings = toList(r).stream().filter(c -> c.getCellType() == CellType.STRING
                            && wording.containsKey(c.getStringCellValue().strip())).toList();
                    if (headings.size() < 2) {
                        continue;   // a header row names several columns; 预算执行率 alone is an indicator
                    }
                    for (Cell c : headings) {
                        String to = wording.get(c.getStringCellValue().strip());
                        Examples.freshCell(r, c.getColumnIndex()).setCellValue(to);
                        replaced.merge(to, 1, Integer::sum);
                    }
                }
            }
        });
        assertEquals(wording.size(), replaced.size(), () -> "every wording is tried: " + replaced);
        List<String> read = figures(Harness.read(Harness.REFERENCE).facts());
        assertTrue(read.size() > 40, "the forms' execution lines, indicators and scores are read");
        List<String> reworded = figures(Harness.read(edited).facts());
        for (int i = 0; i < Math.min(read.size(), reworded.size()); i++) {
            assertEquals(read.get(i), reworded.get(i), "fact " + i);
        }
        assertEquals(read.size(), reworded.size());
        List<String> original = described(Examples.findingsOf(Harness.REFERENCE));
        assertTrue(original.stream().anyMatch(d -> d.startsWith("P-总分-合计 ERROR")), "the forms' anomaly");
        assertEquals(original, described(Examples.findingsOf(edited)));
    }

    /** What was read off the forms' columns: execution lines, indicators, scores. */
    private static List<String> figures(List<Object> facts) {
        return facts.stream().filter(f -> f instanceof ExecutionLine || f instanceof Indicator || f instanceof ScoreItem
                || f instanceof ScoreTotal).map(Object::toString).toList();
    }

    private static List<Cell> toList(Row r) {
        List<Cell> cells = new ArrayList<>();
        r.forEach(cells::add);
        return cells;
    }

    private static List<String> described(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.rule() + " " + f.severity() + " " + f.expected() + " " + f.actual() + " " + f.locations())
                .sorted().toList();
    }
}
