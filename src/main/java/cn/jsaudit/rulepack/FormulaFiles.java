package cn.jsaudit.rulepack;

import cn.jsaudit.engine.RuleProblem;
import cn.jsaudit.ingest.CsvText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Reads a formula table file: a CSV, or each sheet of an .xlsx workbook. */
final class FormulaFiles {

    private FormulaFiles() {
    }

    static List<FormulaTable.Read> read(Path f, String name, List<RuleProblem> problems) {
        try {
            if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
                return List.of(FormulaTable.read(name, null, CsvText.parse(CsvText.decode(Files.readAllBytes(f)))));
            }
            List<FormulaTable.Read> out = new ArrayList<>();
            DataFormatter fmt = new DataFormatter();
            try (Workbook wb = WorkbookFactory.create(f.toFile(), null, true)) {
                for (Sheet sheet : wb) {
                    List<CsvText.Line> lines = new ArrayList<>();
                    for (Row row : sheet) {
                        List<String> cells = new ArrayList<>();
                        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                            Cell cell = row.getCell(c);
                            cells.add(cell == null ? "" : fmt.formatCellValue(cell));
                        }
                        lines.add(new CsvText.Line(row.getRowNum() + 1, cells));
                    }
                    out.add(FormulaTable.read(name, sheet.getSheetName(), lines));
                }
            }
            return out;
        } catch (IOException | RuntimeException e) {
            problems.add(new RuleProblem(name, 0, -1, "无法读取公式表：" + e.getMessage()));
            return List.of();
        }
    }
}
