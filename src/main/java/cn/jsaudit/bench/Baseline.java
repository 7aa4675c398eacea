package cn.jsaudit.bench;

import cn.jsaudit.pipeline.SubmissionFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The floors for ingestion: open each workbook with POI's user model (read-only) and read every cell's value;
 * and the same with POI's streaming (event) reader, which parses each part once without building an object tree,
 * as jsaudit's own .xlsx reader does.
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

    /** Reads every cell of every sheet with POI's streaming reader; returns a checksum as above. */
    static long readAllStreaming(SubmissionFiles s) {
        long[] sum = {0};
        try (OPCPackage pkg = OPCPackage.open(s.workbook().toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFSheetXMLHandler.SheetContentsHandler cells = new XSSFSheetXMLHandler.SheetContentsHandler() {
                @Override
                public void startRow(int rowNum) {
                }

                @Override
                public void endRow(int rowNum) {
                }

                @Override
                public void cell(String ref, String value, XSSFComment comment) {
                    sum[0] += value == null ? 0 : value.length();
                }
            };
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, cells, false));
                    parser.parse(new InputSource(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        return sum[0];
    }
}
