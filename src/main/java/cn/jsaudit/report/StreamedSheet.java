package cn.jsaudit.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A list written as worksheet XML while its rows come: each row goes to a temporary file at once (the heap holds one
 * row, whatever the batch), the column widths are counted on the way, and the sheet is put together around the rows
 * when the list is complete — the widths stand before the rows in a worksheet.
 */
final class StreamedSheet implements Closeable {

    /** Style indexes of the workbook's cellXfs (see {@link XlsxReport}). */
    record Styles(int header, int number, int wrap) {
    }

    private final Styles styles;
    private final Path rowsFile;
    private final Writer rows;
    private final List<Integer> widths = new ArrayList<>();
    private final StringBuilder row = new StringBuilder(1024);
    private int next;

    StreamedSheet(List<String> header, Styles styles) throws IOException {
        this.styles = styles;
        rowsFile = Files.createTempFile("jsaudit-sheet-", ".xml");
        rows = Files.newBufferedWriter(rowsFile, StandardCharsets.UTF_8);
        SheetXml.header(row, header, styles.header(), widths);
        endRow();
    }

    /** Appends a row; a value is a String, a BigDecimal or an Integer/Long (null leaves the cell blank). */
    void add(List<?> values) throws IOException {
        row.append("<row r=\"").append(next + 1).append("\">");
        for (int c = 0; c < values.size(); c++) {
            SheetXml.value(row, next, c, values.get(c), styles::number, styles::wrap, 0, widths);
        }
        row.append("</row>");
        endRow();
    }

    private void endRow() throws IOException {
        rows.append(row);
        row.setLength(0);
        next++;
    }

    /** Writes the whole worksheet: header frozen, columns as wide as their text, a filter over every row. */
    void writeTo(OutputStream out, boolean selected) throws IOException {
        rows.close();
        out.write(SheetXml.head(next - 1, widths, selected).getBytes(StandardCharsets.UTF_8));
        Files.copy(rowsFile, out);
        out.write(SheetXml.tail(next - 1, widths.size(), "").getBytes(StandardCharsets.UTF_8));
    }

    /** Removes the temporary file of the rows. */
    @Override
    public void close() throws IOException {
        rows.close();
        Files.deleteIfExists(rowsFile);
    }
}
