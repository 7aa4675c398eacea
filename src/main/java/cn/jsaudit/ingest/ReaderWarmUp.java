package cn.jsaudit.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Loads and initialises the workbook and document readers' classes on a spare core while the rules load, so
 * that a run over one or two files does not pay for both one after the other.
 */
public final class ReaderWarmUp {

    private ReaderWarmUp() {
    }

    public static void startInBackground() {
        Thread t = new Thread(ReaderWarmUp::warmUp, "jsaudit-reader-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static void warmUp() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); XWPFDocument doc = new XWPFDocument()) {
            wb.createSheet("预热").createRow(0).createCell(0).setCellValue("1,000.00");
            doc.createParagraph().createRun().setText("预热");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            try (Workbook back = WorkbookFactory.create(new ByteArrayInputStream(bytes.toByteArray()))) {
                back.getSheetAt(0).getRow(0).getCell(0).getStringCellValue();
            }
            ByteArrayOutputStream docBytes = new ByteArrayOutputStream();
            doc.write(docBytes);
            new XWPFDocument(new ByteArrayInputStream(docBytes.toByteArray())).close();
        } catch (IOException | RuntimeException e) {
            // only a head start: the real reading reports its own problems
        }
    }
}
