package cn.jsaudit.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.ingest.Templates;
import cn.jsaudit.ingest.WorkbookFacts;
import cn.jsaudit.ingest.WorkbookReader;
import cn.jsaudit.ingest.Workbooks;
import cn.jsaudit.model.Amount;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NarrativeAndLayoutTest {

    @Test
    void narrativeRestatesTheTotalsOfTable01(@TempDir Path dir) throws Exception {
        List<Truth> truths = Generator.generate(5, 42, 0.0, dir, 1);
        Templates templates = Templates.load(Path.of("rules"));
        for (Truth t : truths) {
            WorkbookFacts facts = new WorkbookReader(templates, null).read(Workbooks.read(dir.resolve(t.workbook())), t.workbook());
            Amount total = facts.amounts().stream().filter(a -> a.role().equals("收支总表") && Integer.valueOf(31).equals(a.rowNo()))
                    .findFirst().orElseThrow();
            Amount income = facts.amounts().stream().filter(a -> a.role().equals("收支总表") && Integer.valueOf(27).equals(a.rowNo()))
                    .findFirst().orElseThrow();
            String text = read(dir.resolve(t.narrative()));
            assertTrue(text.contains("一、收入支出决算总体情况说明"), t.narrative());
            assertTrue(text.contains("收、支总计均为 " + total.value().toPlainString() + " 万元"), t.narrative());
            assertTrue(text.contains("收入合计 " + income.value().toPlainString() + " 万元"), t.narrative());
            assertTrue(text.matches("(?s).*占本年支出 \\d+(\\.\\d)?%.*"), t.narrative());
        }
    }

    @Test
    void layoutsVaryAsReceivedSubmissionsDo(@TempDir Path dir) throws Exception {
        List<Truth> truths = Generator.generate(30, 9, 0.0, dir, 2);
        Set<String> firstSheetNames = new HashSet<>();
        int textAmounts = 0;
        for (Truth t : truths) {
            try (Workbook wb = WorkbookFactory.create(dir.resolve(t.workbook()).toFile(), null, true)) {
                firstSheetNames.add(wb.getSheetName(0));
                for (Sheet s : wb) {
                    for (Row r : s) {
                        for (Cell c : r) {
                            if (c.getCellType() == CellType.STRING && c.getStringCellValue().matches("[\\d,]+\\.\\d\\d ?")) {
                                textAmounts++;
                            }
                        }
                    }
                }
            }
        }
        assertTrue(firstSheetNames.size() >= 3, "sheet names and order vary: " + firstSheetNames);
        assertTrue(textAmounts > 0, "some amounts are typed as text");
    }

    private static String read(Path p) throws Exception {
        byte[] bytes = Files.readAllBytes(p);
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        return utf8.contains("\uFFFD") ? new String(bytes, Charset.forName("GB18030")) : utf8;
    }
}
