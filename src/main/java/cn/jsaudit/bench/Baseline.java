package cn.jsaudit.bench;

import cn.jsaudit.pipeline.SubmissionFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The floor for ingestion: open each workbook with POI (read-only, as jsaudit does) and read every cell's value.
 * Whatever jsaudit does beyond this is its own cost.
 */
final class Baseline {

    private Baseline() {
    }

    /** Reads every cell of every workbook; returns a checksum so that the JIT cannot drop the reads. */
    static long readAll(SubmissionFiles s) {
        long sum = 0;
        try (Workbook wb = WorkbookFactory.create(s.workbook().toFile(), null, true)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        sum += switch (c.getCellType()) {
                            case NUMERIC -> (long) c.getNumericCellValue();
                            case STRING -> c.getStringCellValue().length();
                            case BOOLEAN -> c.getBooleanCellValue() ? 1 : 0;
                            case FORMULA -> c.getCellFormula().length();
                            default -> 0;
                        };
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sum;
    }
}
