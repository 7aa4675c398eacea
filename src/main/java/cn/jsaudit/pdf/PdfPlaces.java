package cn.jsaudit.pdf;

import cn.jsaudit.ingest.SheetData;
import cn.jsaudit.ingest.TableReading;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;

/**
 * Turns the places of findings in the sheets built from a PDF into places a reader finds on paper: the page, the
 * table's printed title, and the row and column as printed ("第 7 页 收入决算表 第 3 行 财政拨款收入"). A row is
 * named by its printed 行次 where the table has one, else by its order among the table's data rows with its
 * 科目代码 or name; a column by its printed label.
 */
public final class PdfPlaces {

    /** A key column as {@link TableReading} names it: "A 行次", "B 科目代码", "C|D|E 科目代码（类|款|项）", "B 项目（名称）". */
    private static final Pattern KEY = Pattern.compile("([A-Z]+)(?:\\|[A-Z]+)* (行次|科目代码|项目)");
    private static final int LABEL_CHARS = 14;

    private final String file;
    private final Map<String, PdfDisclosure.SheetPlaces> sheets;
    private final Map<String, SheetData> data;

    PdfPlaces(String file, Map<String, PdfDisclosure.SheetPlaces> sheets, Map<String, SheetData> data) {
        this.file = file;
        this.sheets = sheets;
        this.data = data;
    }

    /** The findings with every place in this PDF's sheets given as printed; other places are kept as they are. */
    public List<Finding> relocate(List<Finding> findings, List<TableReading> readings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            out.add(relocate(f, readings));
        }
        return out;
    }

    private Finding relocate(Finding f, List<TableReading> readings) {
        List<Location> places = new ArrayList<>();
        for (Location l : f.locations()) {
            places.add(place(l, readings));
        }
        List<Finding> folded = f.folded().isEmpty() ? f.folded() : relocate(f.folded(), readings);
        return new Finding(f.rule(), f.title(), f.severity(), f.message(), f.table(), places, f.expected(), f.actual(),
                f.tolerance(), f.quote(), f.explanation(), folded);
    }

    /** The printed place of a sheet cell of this PDF, or the location unchanged. */
    public Location place(Location l, List<TableReading> readings) {
        PdfDisclosure.SheetPlaces sheet = l.sheet() == null ? null : sheets.get(l.sheet());
        if (sheet == null || l.onPage() || !file.equals(l.file())) {
            return l;
        }
        TableReading reading = readings.stream().filter(r -> sheet.sheet().equals(r.info().sheet())).findFirst().orElse(null);
        String title = reading != null && reading.info().title() != null && !reading.info().title().isBlank()
                ? reading.info().title() : sheet.title();
        int row = l.rowIndex();
        int col = l.columnIndex();
        if (row < 0 || row >= sheet.rowPages().length || row < sheet.gridStart()) {
            // the table as a whole (its heading, "A1")
            return new Location(file, title, null, sheet.rowPages()[Math.max(0, Math.min(row, sheet.rowPages().length - 1))]);
        }
        int page = sheet.rowPages()[row];
        return new Location(file, title, rowName(sheet, reading, row, col) + columnName(sheet, reading, row, col), page);
    }

    private String rowName(PdfDisclosure.SheetPlaces sheet, TableReading reading, int row, int col) {
        SheetData s = data.get(sheet.sheet());
        int first = reading != null && reading.firstDataRow() > 0 ? reading.firstDataRow() - 1 : sheet.gridStart();
        if (reading == null || row < first) {
            return "第 " + (row - sheet.gridStart() + 1) + " 行";
        }
        TableReading.BlockReading block = blockOf(reading, col);
        String rowNo = keyText(s, block, "行次", row);
        if (rowNo.matches("\\d{1,3}")) {
            return "第 " + rowNo + " 行";
        }
        int ordinal = 0;
        for (int r = first; r <= row; r++) {
            if (s.width(r) > 0) {
                ordinal++;
            }
        }
        String code = keyText(s, block, "科目代码", row);
        String label = !code.isEmpty() ? code : keyText(s, block, "项目", row);
        if (label.length() > LABEL_CHARS) {
            label = label.substring(0, LABEL_CHARS) + "…";
        }
        return "第 " + ordinal + " 行" + (label.isEmpty() ? "" : "（" + label + "）");
    }

    private String columnName(PdfDisclosure.SheetPlaces sheet, TableReading reading, int row, int col) {
        String letter = CellReference.convertNumToColString(col);
        if (reading != null) {
            for (TableReading.BlockReading b : reading.blocks()) {
                for (TableReading.ColumnReading c : b.columns()) {
                    if (c.column().equals(letter) && !c.printed().isBlank()) {
                        return " " + c.printed();
                    }
                }
            }
        }
        String header = headerLabel(data.get(sheet.sheet()), sheet.gridStart(), reading, col);
        return header.isEmpty() ? " 第 " + (col + 1) + " 栏" : " " + header;
    }

    /** The printed header texts over a column, top to bottom, for a column the reading did not name. */
    private static String headerLabel(SheetData s, int gridStart, TableReading reading, int col) {
        int end = reading != null && reading.firstDataRow() > 0 ? reading.firstDataRow() - 1 : gridStart;
        Set<String> parts = new LinkedHashSet<>();
        for (int r = gridStart; r < end; r++) {
            String t = textAt(s, r, col);
            if (!t.isBlank() && !t.matches("[\\d\\s栏次]+")) {
                parts.add(t.replaceAll("\\s+", ""));
            }
        }
        return String.join("/", parts);
    }

    /** The text of a merged cell is at its top left; a cell inside it shows that text. */
    private static String textAt(SheetData s, int row, int col) {
        for (var m : s.merges()) {
            if (m.isInRange(row, col)) {
                return s.printed(m.getFirstRow(), m.getFirstColumn());
            }
        }
        return s.printed(row, col);
    }

    /** The block holding the column: the last one whose key or amount columns start at or before it. */
    private static TableReading.BlockReading blockOf(TableReading reading, int col) {
        TableReading.BlockReading best = reading.blocks().isEmpty() ? null : reading.blocks().get(0);
        for (TableReading.BlockReading b : reading.blocks()) {
            int start = Integer.MAX_VALUE;
            for (String key : b.keys()) {
                Matcher m = KEY.matcher(key);
                if (m.lookingAt()) {
                    start = Math.min(start, CellReference.convertColStringToIndex(m.group(1)));
                }
            }
            for (TableReading.ColumnReading c : b.columns()) {
                start = Math.min(start, CellReference.convertColStringToIndex(c.column()));
            }
            if (start <= col) {
                best = b;
            }
        }
        return best;
    }

    /** The text of the block's key column of that kind on the row ("" when the block has none). */
    private static String keyText(SheetData s, TableReading.BlockReading block, String kind, int row) {
        if (block == null) {
            return "";
        }
        for (String key : block.keys()) {
            Matcher m = KEY.matcher(key);
            if (m.lookingAt() && m.group(2).equals(kind)) {
                if (kind.equals("科目代码") && key.contains("|")) {
                    StringBuilder code = new StringBuilder();
                    for (String letter : key.substring(0, key.indexOf(' ')).split("\\|")) {
                        code.append(s.printed(row, CellReference.convertColStringToIndex(letter)).strip());
                    }
                    return code.toString();
                }
                return s.printed(row, CellReference.convertColStringToIndex(m.group(1))).strip();
            }
        }
        return "";
    }
}
