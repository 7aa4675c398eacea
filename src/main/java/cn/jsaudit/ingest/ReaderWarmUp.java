package cn.jsaudit.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Loads and initialises the workbook and document readers' classes on a spare core while the rules load, so
 * that a run over one or two files does not pay for both one after the other.
 */
public final class ReaderWarmUp {

    private ReaderWarmUp() {
    }

    /** @param documents whether a .docx narrative is among the inputs (its reader is by far the slowest to load) */
    public static void startInBackground(boolean documents) {
        Thread t = new Thread(() -> warmUp(documents), "jsaudit-reader-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static void warmUp(boolean documents) {
        try {
            XlsxLoader.warmUp();
            if (documents) {
                try (XWPFDocument doc = new XWPFDocument()) {
                    doc.createParagraph().createRun().setText("预热");
                    ByteArrayOutputStream docBytes = new ByteArrayOutputStream();
                    doc.write(docBytes);
                    new XWPFDocument(new ByteArrayInputStream(docBytes.toByteArray())).close();
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            // only a head start: the real reading reports its own problems
        }
    }
}
