package cn.jsaudit.bench;

import cn.jsaudit.pipeline.Parallel;
import cn.jsaudit.pipeline.SubmissionFiles;
import cn.jsaudit.pipeline.SubmissionLocator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
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
 * The benchmark's yardstick, run as a process of its own like jsaudit: open every workbook of a folder that jsaudit
 * would read (each submission's workbook and performance workbooks) and read every cell's value, on N threads.
 * With {@code --streaming}, POI's event reader instead of its user model: the floor of any reading (jsaudit's own
 * .xlsx reader streams too).
 *
 * <pre>java -cp jsaudit.jar cn.jsaudit.bench.PoiBaseline [--streaming] JOBS FOLDER</pre>
 */
public final class PoiBaseline {

    private PoiBaseline() {
    }

    public static void main(String[] args) {
        boolean streaming = args[0].equals("--streaming");
        int jobs = Integer.parseInt(args[streaming ? 1 : 0]);
        Path folder = Path.of(args[streaming ? 2 : 1]);
        List<Path> workbooks = new ArrayList<>();
        for (SubmissionFiles s : SubmissionLocator.locate(List.of(folder))) {
            workbooks.add(s.workbook());
            workbooks.addAll(s.performanceWorkbooks());
        }
        ToLongFunction<Path> reader = streaming ? PoiBaseline::readAllStreaming : PoiBaseline::readAll;
        long sum = Parallel.map(workbooks, jobs, "poi-baseline", reader::applyAsLong, Parallel.Progress.NONE).stream()
                .mapToLong(Long::longValue).sum();
        System.out.println(workbooks.size() + " " + sum); // the checksum keeps the JIT from dropping the reads
    }

    /** Reads every cell of a workbook with POI's user model, read-only; returns a checksum of the values. */
    static long readAll(Path workbook) {
        long sum = 0;
        try (Workbook wb = WorkbookFactory.create(workbook.toFile(), null, true)) {
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
    static long readAllStreaming(Path workbook) {
        long[] sum = {0};
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
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
