package cn.jsaudit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.fixtures.SheetWriter;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Severity;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table whose own identities fail on most rows is misread, not wrong: one finding, the rest folded under it. */
class ReadingDoubtsTest {

    @TempDir
    Path tmp;

    /** A 05 whose 小计 column holds 小计 + 基本 + 项目 on every row: a column added twice. */
    private Path doubled() throws Exception {
        Path file = tmp.resolve("双倍.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            new SheetWriter(wb, "表5").row(0, "一般公共预算财政拨款支出决算表").row(1, null, null, null, null, "公开05表")
                    .row(2, "部门：甲单位", null, null, null, "单位：万元")
                    .row(3, "科目代码", "科目名称", "小计", "基本支出", "项目支出").row(4, "栏次", null, 1, 2, 3)
                    .row(5, null, "合计", 200.00, 60.00, 40.00)
                    .row(6, "210", "卫生健康支出", 200.00, 60.00, 40.00)
                    .row(7, "21015", "医疗保障管理事务", 200.00, 60.00, 40.00)
                    .row(8, "2101501", "行政运行", 120.00, 60.00, 0.00)
                    .row(9, "2101550", "事业运行", 80.00, 0.00, 40.00);
            wb.write(out);
        }
        return file;
    }

    @Test
    void aTableFailingMostOfItsIdentitiesIsOneDoubtWithTheRowsFoldedUnderIt() throws Exception {
        List<Finding> findings = Examples.screener().screen(new SubmissionFiles(doubled(), null, List.of())).findings();
        List<Finding> aboutTable = findings.stream().filter(f -> "公开05表".equals(f.table())).toList();
        assertEquals(1, aboutTable.size(), aboutTable::toString);
        Finding doubt = aboutTable.get(0);
        assertEquals("INPUT", doubt.rule());
        assertEquals("读取存疑", doubt.title());
        assertEquals(Severity.WARNING, doubt.severity());
        assertTrue(doubt.message().contains("表内核对 14 处中有 5 处不成立"), doubt.message());
        assertTrue(doubt.message().contains("其中 5 处差额恰为一方的两倍，疑似某栏被重复计算"), doubt.message());
        assertTrue(doubt.message().contains("C栏“小计” → [1] 本年支出/小计"), doubt.message());
        assertEquals(5, doubt.folded().size());
        assertTrue(doubt.folded().stream().allMatch(f -> f.rule().equals("T05-01") && f.severity() == Severity.ERROR));
    }

    @Test
    void identicalFindingsAreOneFindingAtAllTheirPlaces() {
        Finding a = new Finding("N-X", "t", Severity.WARNING, "同一句话", null,
                List.of(new cn.jsaudit.model.Location("说明.txt", null, "第3段")), null, null, null, "原句");
        Finding b = new Finding("N-X", "t", Severity.WARNING, "同一句话", null,
                List.of(new cn.jsaudit.model.Location("说明.txt", null, "第9段")), null, null, null, "原句");
        Finding c = new Finding("N-X", "t", Severity.WARNING, "另一句话", null,
                List.of(new cn.jsaudit.model.Location("说明.txt", null, "第9段")), null, null, null, "原句");
        List<Finding> merged = IdenticalFindings.merge(List.of(a, b, c));
        assertEquals(2, merged.size());
        assertEquals(List.of("第3段", "第9段"), merged.get(0).locations().stream().map(cn.jsaudit.model.Location::cell).toList());
    }

    @Test
    void mergedPlacesAreInReadingOrderWhateverOrderTheRuleFiredIn() {
        List<Finding> fired = new java.util.ArrayList<>();
        for (String place : List.of("第46段", "第10段", "第9段", "第39段")) {
            fired.add(new Finding("N-X", "t", Severity.WARNING, "同一句话", null,
                    List.of(new cn.jsaudit.model.Location("说明.txt", null, place)), null, null, null, "原句"));
        }
        List<Finding> backwards = new java.util.ArrayList<>(fired);
        java.util.Collections.reverse(backwards);
        for (List<Finding> order : List.of(fired, backwards)) {
            List<Finding> merged = IdenticalFindings.merge(order);
            assertEquals(List.of("第9段", "第10段", "第39段", "第46段"),
                    merged.get(0).locations().stream().map(cn.jsaudit.model.Location::cell).toList());
        }
    }
}
