package cn.jsaudit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads an .xlsx package straight from its XML parts with a streaming parser: workbook, relationships,
 * shared strings, number formats and each worksheet's cells and merges. POI's user model builds an XML object
 * tree of every part first and then answers each cell query through it, which costs several times the
 * reading itself; jsaudit only needs values, formats and merges. Every part is metered as it inflates
 * ({@link PackageGuard}) and everything kept is counted ({@link ReadBudget}), so a hostile package is refused
 * with the limit it broke before it can exhaust memory; text is read in the parser's chunks (not coalesced), so
 * even one enormous cell is never held whole.
 */
final class XlsxLoader {

    /** A shared string beyond maxCellCharacters: not kept, refused when a cell uses it. */
    private static final String TOO_LONG = new String("");

    private final Parts parts;
    private final PackageGuard guard;
    private final ReadBudget budget;
    private final Map<String, ZipEntry> entries = new HashMap<>();
    private final XMLInputFactory xml = PartParsers.newFactory();

    /** Where the parts are read from: the package in memory ({@link ZipBytes}) or a {@link ZipFile}. */
    private interface Parts {
        InputStream open(ZipEntry e) throws IOException;
    }

    private XlsxLoader(Iterable<? extends ZipEntry> all, Parts parts, PackageGuard guard, ReadBudget budget) {
        this.parts = parts;
        this.guard = guard;
        this.budget = budget;
        // Part names are case-insensitive in OPC; some writers differ in case from their relationships.
        all.forEach(e -> entries.put(e.getName().toLowerCase(Locale.ROOT), e));
    }

    static WorkbookData load(Path file) throws IOException, XMLStreamException, LimitExceeded {
        return load(file, InputLimits.DEFAULT);
    }

    /** Reads the package within the limits; a {@link LimitExceeded} names the limit it broke. */
    static WorkbookData load(Path file, InputLimits limits) throws IOException, XMLStreamException, LimitExceeded {
        String name = file.getFileName().toString();
        PackageGuard.checkFileSize(file, limits);
        try (ZipBytes bytes = ZipBytes.read(file)) {
            if (bytes != null) {
                PackageGuard guard = new PackageGuard(name, limits);
                try {
                    guard.checkEntries(bytes.size());
                    return new XlsxLoader(bytes.entries(), bytes::open, guard, new ReadBudget(name, limits)).read();
                } catch (UncachedFormula e) {
                    throw e;
                } catch (IOException | XMLStreamException | RuntimeException e) {
                    guard.rethrowViolation();
                    // read again through ZipFile below: its verdict on a damaged package is the one reported
                }
            }
        }
        PackageGuard guard = new PackageGuard(name, limits);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            guard.checkEntries(zip.size());
            return new XlsxLoader(zip.stream().toList(), zip::getInputStream, guard, new ReadBudget(name, limits)).read();
        } catch (IOException | XMLStreamException | RuntimeException e) {
            guard.rethrowViolation(); // a metered part stopped the parser: the limit is the cause, not the XML
            throw e;
        }
    }

    /** Loads the parser and formatter classes on a spare thread, ahead of the first real workbook. */
    static void warmUp() throws XMLStreamException {
        String sheet = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>预热</t></is></c>"
                + "<c r=\"B1\" s=\"1\"><v>1000.5</v></c></row></sheetData>"
                + "<mergeCells><mergeCell ref=\"A2:B2\"/></mergeCells></worksheet>";
        Formats formats = new Formats(new int[] {0, 4}, Map.of());
        try {
            SheetData data = new SheetParser("预热", new String[0], formats, new ReadBudget("预热", InputLimits.DEFAULT))
                    .parse(PartParsers.newFactory().createXMLStreamReader(new java.io.StringReader(sheet)));
            data.printed(0, 1);
        } catch (LimitExceeded | UncachedFormula e) {
            throw new IllegalStateException("the warm-up sheet is within every limit and has no formula", e);
        }
    }

    /**
     * A formula cell without its cached result (a workbook written by a program and never opened in Excel): what it
     * shows is unknown until computed, so the workbook goes to POI, whose evaluator computes it — read as blank it
     * would be a zero, and every total around it a false finding.
     */
    static final class UncachedFormula extends IOException {
        UncachedFormula(String sheet, int row, int col) {
            super("formula without cached value at " + sheet + "!" + new org.apache.poi.ss.util.CellReference(row, col)
                    .formatAsString());
        }
    }

    private WorkbookData read() throws IOException, XMLStreamException, LimitExceeded {
        String workbook = officeDocument();
        Map<String, Relationship> rels = relationships(workbook);
        String[] strings = new String[0];
        Formats formats = Formats.NONE;
        for (Relationship r : rels.values()) {
            if (part(r.target()) == null) {
                continue; // a relationship to a part the writer left out, as POI tolerates too
            }
            if (r.type().endsWith("/sharedStrings")) {
                strings = sharedStrings(r.target());
            } else if (r.type().endsWith("/styles")) {
                formats = formats(r.target());
            }
        }
        List<SheetData> sheets = new ArrayList<>();
        for (SheetEntry sheet : sheets(workbook)) {
            Relationship r = rels.get(sheet.relationshipId());
            boolean worksheet = r != null && r.type().endsWith("/worksheet") && part(r.target()) != null;
            budget.startSheet(sheet.name());
            SheetData data = worksheet ? new SheetParser(sheet.name(), strings, formats, budget).parse(open(r.target(), sheet.name()))
                    : new SheetData(sheet.name(), new CellData[0][], List.of());
            sheets.add(sheet.hidden() ? data.asHidden() : data);
        }
        return new WorkbookData(sheets);
    }

    private record Relationship(String type, String target) {
    }

    private ZipEntry part(String name) {
        return entries.get(name.toLowerCase(Locale.ROOT));
    }

    private XMLStreamReader open(String name) throws IOException, XMLStreamException, LimitExceeded {
        return open(name, null);
    }

    /** The part's XML, metered; {@code sheet} names the worksheet it holds, if it is one. */
    private XMLStreamReader open(String name, String sheet) throws IOException, XMLStreamException, LimitExceeded {
        ZipEntry e = part(name);
        if (e == null) {
            throw new IOException("缺少部件 " + name);
        }
        InputStream in = guard.meter(e, parts.open(e), sheet);
        return xml.createXMLStreamReader(in);
    }

    /** The main part named by the package relationships (xl/workbook.xml in practice). */
    private String officeDocument() throws IOException, XMLStreamException, LimitExceeded {
        for (Relationship r : relationshipsOf("_rels/.rels", "").values()) {
            if (r.type().endsWith("/officeDocument")) {
                return r.target();
            }
        }
        return "xl/workbook.xml";
    }

    private Map<String, Relationship> relationships(String partName) throws IOException, XMLStreamException, LimitExceeded {
        int slash = partName.lastIndexOf('/');
        String dir = slash < 0 ? "" : partName.substring(0, slash + 1);
        String relsName = dir + "_rels/" + partName.substring(slash + 1) + ".rels";
        return part(relsName) == null ? Map.of() : relationshipsOf(relsName, dir);
    }

    private Map<String, Relationship> relationshipsOf(String relsName, String dir)
            throws IOException, XMLStreamException, LimitExceeded {
        Map<String, Relationship> out = new HashMap<>();
        XMLStreamReader x = open(relsName);
        try {
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("Relationship")
                        && !"External".equals(x.getAttributeValue(null, "TargetMode"))) {
                    out.put(x.getAttributeValue(null, "Id"),
                            new Relationship(x.getAttributeValue(null, "Type"), PackagePaths.resolve(dir, x.getAttributeValue(null, "Target"))));
                }
            }
        } finally {
            x.close();
        }
        return out;
    }

    /** @param hidden state="hidden" or "veryHidden": Excel neither shows nor prints the sheet */
    private record SheetEntry(String name, String relationshipId, boolean hidden) {
    }

    /** Each sheet's name and relationship id, in workbook order. */
    private List<SheetEntry> sheets(String workbook) throws IOException, XMLStreamException, LimitExceeded {
        List<SheetEntry> out = new ArrayList<>();
        XMLStreamReader x = open(workbook);
        try {
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("sheet")) {
                    String id = null;
                    for (int i = 0; i < x.getAttributeCount(); i++) {
                        if (x.getAttributeLocalName(i).equals("id")) {
                            id = x.getAttributeValue(i);
                        }
                    }
                    String state = x.getAttributeValue(null, "state");
                    out.add(new SheetEntry(x.getAttributeValue(null, "name"), id,
                            "hidden".equals(state) || "veryHidden".equals(state)));
                }
            }
        } finally {
            x.close();
        }
        return out;
    }

    private String[] sharedStrings(String name) throws IOException, XMLStreamException, LimitExceeded {
        List<String> out = new ArrayList<>();
        int limit = budget.limits().maxCellCharacters();
        XMLStreamReader x = open(name);
        try {
            StringBuilder current = null;
            boolean tooLong = false;
            int phonetic = 0;
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "si" -> {
                            current = new StringBuilder();
                            tooLong = false;
                        }
                        case "rPh" -> phonetic++;
                        case "t" -> {
                            String t = elementText(x, limit);
                            if (current != null && phonetic == 0 && !tooLong) {
                                tooLong = t == TOO_LONG || current.length() + t.length() > limit;
                                current.append(tooLong ? "" : t);
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (x.getLocalName().equals("rPh")) {
                        phonetic--;
                    } else if (x.getLocalName().equals("si") && current != null) {
                        budget.keepSharedString(tooLong ? 0 : current.length());
                        out.add(tooLong ? TOO_LONG : ExcelEscapes.decode(current.toString()));
                        current = null;
                    }
                }
            }
        } finally {
            x.close();
        }
        return out.toArray(new String[0]);
    }

    /**
     * An element's text up to its end tag, gathered from the parser's chunks; text longer than {@code limit}
     * characters is read to its end but not kept, and comes back as {@link #TOO_LONG}.
     */
    private static String elementText(XMLStreamReader x, int limit) throws XMLStreamException {
        String first = null;
        StringBuilder more = null;
        boolean over = false;
        for (int depth = 1; depth > 0; ) {
            switch (x.next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                     XMLStreamConstants.ENTITY_REFERENCE -> {
                    if (over) {
                        continue;
                    }
                    if (first == null) {
                        first = x.getText();
                    } else {
                        more = more == null ? new StringBuilder(first) : more;
                        more.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
                    }
                    over = (more == null ? first.length() : more.length()) > limit;
                }
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                default -> { }
            }
        }
        if (over) {
            return TOO_LONG;
        }
        return more != null ? more.toString() : first == null ? "" : first;
    }

    /** Number format of each cell style (the s attribute of a cell indexes cellXfs). */
    record Formats(int[] ids, Map<Integer, String> custom) {

        static final Formats NONE = new Formats(new int[0], Map.of());

        int id(int style) {
            return style >= 0 && style < ids.length ? ids[style] : 0;
        }

        String format(int id) {
            String f = custom.get(id);
            if (f == null) {
                f = BuiltinFormats.getBuiltinFormat(id);
            }
            return f == null ? "General" : f;
        }
    }

    /** Excel keeps at most 64,000 cell formats; a styles part listing more is padded (or hostile), the rest is General. */
    private static final int MAX_FORMATS = 65_536;

    private Formats formats(String name) throws IOException, XMLStreamException, LimitExceeded {
        Map<Integer, String> custom = new HashMap<>();
        int[] ids = new int[16];
        int count = 0;
        XMLStreamReader x = open(name);
        try {
            boolean inCellXfs = false;
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "numFmt" -> {
                            if (custom.size() < MAX_FORMATS) {
                                custom.put(intOr(x.getAttributeValue(null, "numFmtId"), 0), x.getAttributeValue(null, "formatCode"));
                            }
                        }
                        case "cellXfs" -> inCellXfs = true;
                        case "xf" -> {
                            if (inCellXfs && count < MAX_FORMATS) {
                                if (count == ids.length) {
                                    ids = Arrays.copyOf(ids, count * 2);
                                }
                                ids[count++] = intOr(x.getAttributeValue(null, "numFmtId"), 0);
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
        } finally {
            x.close();
        }
        return new Formats(Arrays.copyOf(ids, count), custom);
    }

    static int intOr(String s, int fallback) {
        if (s == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * A merged range "B2:D3" as {@link CellRangeAddress#valueOf} reads it, without its general reference parser
     * (a regular expression per corner) for the plain form every writer uses; any other form goes to it.
     */
    static CellRangeAddress range(String ref) {
        int colon = ref.indexOf(':');
        int firstCol = plainColumn(ref, 0, colon);
        int firstRow = plainRow(ref, 0, colon);
        int lastCol = plainColumn(ref, colon + 1, ref.length());
        int lastRow = plainRow(ref, colon + 1, ref.length());
        if (firstCol < 0 || firstRow < 0 || lastCol < 0 || lastRow < 0) {
            return CellRangeAddress.valueOf(ref);
        }
        return new CellRangeAddress(firstRow, lastRow, firstCol, lastCol);
    }

    /** 0-based column of a plain reference "AB12" in ref[from, to): one to three capitals, else -1. */
    private static int plainColumn(String ref, int from, int to) {
        int col = 0;
        int i = from;
        for (; i < to && i - from < 3 && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z'; i++) {
            col = col * 26 + (ref.charAt(i) - 'A' + 1);
        }
        return i == from || i == to || !isDigit(ref.charAt(i)) ? -1 : col - 1;
    }

    /** 0-based row of a plain reference "AB12" in ref[from, to): capitals then one to seven digits, not from 0; else -1. */
    private static int plainRow(String ref, int from, int to) {
        int i = from;
        while (i < to && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
            i++;
        }
        if (i == to || to - i > 7 || ref.charAt(i) == '0') {
            return -1;
        }
        int row = 0;
        for (; i < to; i++) {
            if (!isDigit(ref.charAt(i))) {
                return -1;
            }
            row = row * 10 + (ref.charAt(i) - '0');
        }
        return row - 1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Reads one worksheet's rows, cells and merged regions. */
    private static final class SheetParser {

        private final String name;
        private final String[] strings;
        private final Formats formats;
        private final ReadBudget budget;
        private final List<CellData[]> rows = new ArrayList<>();
        private final List<CellRangeAddress> merges = new ArrayList<>();
        private final BitSet hiddenColumns = new BitSet();
        /** Rows of blank (styled) cells only share one array per width: they cost no memory of their own. */
        private final Map<Integer, CellData[]> blankRows = new HashMap<>();

        SheetParser(String name, String[] strings, Formats formats, ReadBudget budget) {
            this.name = name;
            this.strings = strings;
            this.formats = formats;
            this.budget = budget;
        }

        SheetData parse(XMLStreamReader x) throws XMLStreamException, LimitExceeded, UncachedFormula {
            try {
                int row = -1;
                CellData[] cells = new CellData[16];
                int width = 0;
                boolean values = false;
                int col = -1;
                while (x.hasNext()) {
                    int event = x.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        switch (x.getLocalName()) {
                            case "row" -> {
                                String r = x.getAttributeValue(null, "r");
                                row = r == null ? row + 1 : intOr(r, row + 2) - 1;
                                budget.rowIndex(row);
                                width = 0;
                                values = false;
                                col = -1;
                            }
                            case "c" -> {
                                String ref = null;
                                String type = null;
                                int style = 0;
                                // one pass over the attributes: looking each up by name costs more than the cell
                                for (int i = 0; i < x.getAttributeCount(); i++) {
                                    switch (x.getAttributeLocalName(i)) {
                                        case "r" -> ref = x.getAttributeValue(i);
                                        case "t" -> type = x.getAttributeValue(i);
                                        case "s" -> style = intOr(x.getAttributeValue(i), 0);
                                        default -> { }
                                    }
                                }
                                col = ref == null ? col + 1 : column(ref);
                                CellData cell = cell(x, type, style, row, col);
                                if (cell != null) {
                                    budget.valueAt(row, col);
                                    values = true;
                                } else if (col >= budget.limits().maxColumns()) {
                                    continue; // a styled blank far to the right holds nothing to read
                                }
                                if (col >= cells.length) {
                                    cells = Arrays.copyOf(cells, Math.max(col + 1, cells.length * 2));
                                }
                                cells[col] = cell;
                                width = Math.max(width, col + 1);
                            }
                            case "col" -> hideColumns(x);
                            case "mergeCell" -> {
                                String ref = x.getAttributeValue(null, "ref");
                                if (ref != null && ref.contains(":")) {
                                    budget.keepMerges(1);
                                    merges.add(range(ref));
                                }
                            }
                            default -> { }
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("row") && row >= 0) {
                        while (rows.size() <= row) {
                            rows.add(null);
                        }
                        budget.keepRow(row, width, values);
                        rows.set(row, values ? Arrays.copyOf(cells, width) : blankRows.computeIfAbsent(width, CellData[]::new));
                        Arrays.fill(cells, 0, width, null);
                    }
                }
            } finally {
                x.close();
            }
            return new SheetData(name, rows.toArray(new CellData[0][]), merges).withHiddenColumns(hiddenColumns);
        }

        /** A {@code <col min max hidden="1">} range: columns Excel neither shows nor prints (bounded by maxColumns). */
        private void hideColumns(XMLStreamReader x) {
            String hidden = x.getAttributeValue(null, "hidden");
            if ("1".equals(hidden) || "true".equals(hidden)) {
                int max = Math.min(intOr(x.getAttributeValue(null, "max"), 0), budget.limits().maxColumns());
                int min = Math.max(intOr(x.getAttributeValue(null, "min"), max), 1);
                if (min <= max) {
                    hiddenColumns.set(min - 1, max);
                }
            }
        }

        /** Reads a c element to its end: its value by type, or null for a blank cell. */
        private CellData cell(XMLStreamReader x, String type, int style, int row, int col)
                throws XMLStreamException, LimitExceeded, UncachedFormula {
            int limit = budget.limits().maxCellCharacters();
            String value = null;
            boolean formula = false;
            StringBuilder inline = null;
            int depth = 1;
            while (depth > 0) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = x.getLocalName();
                    if (local.equals("v")) {
                        value = checked(elementText(x, limit), row, col);
                    } else if (local.equals("t")) {
                        inline = inline == null ? new StringBuilder() : inline;
                        inline.append(checked(elementText(x, limit), row, col));
                        checked(inline.length() > limit ? TOO_LONG : "", row, col);
                    } else {
                        formula |= local.equals("f");
                        depth++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            // an empty <v/> is a cached empty text when the result is text (Excel writes t="str"), else no result at all
            if (formula && (value == null || value.isEmpty() && !"str".equals(type))) {
                throw new UncachedFormula(name, row, col);
            }
            if (type == null || type.equals("n")) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                int id = formats.id(style);
                return CellData.number(Double.parseDouble(value.strip()), id, formats.format(id));
            }
            if (type.equals("s")) {
                // shared strings were counted once, when the table was read
                return value == null || value.isBlank() ? null : text(shared(Integer.parseInt(value.strip()), row, col));
            }
            CellData cell = switch (type) {
                case "inlineStr" -> inline == null ? null : text(ExcelEscapes.decode(inline.toString()));
                case "str", "d" -> value == null ? null : text(ExcelEscapes.decode(value));
                case "b" -> value == null ? null : CellData.bool(value.strip().equals("1") || value.strip().equalsIgnoreCase("true"));
                case "e" -> value == null ? null : CellData.error(value);
                default -> value == null ? null : text(value);
            };
            if (cell != null) {
                budget.text(row, col, cell.text().length());
            }
            return cell;
        }

        /** Text read from the sheet: one beyond maxCellCharacters is refused here, with its cell. */
        private String checked(String t, int row, int col) throws LimitExceeded {
            if (t == TOO_LONG) {
                budget.text(row, col, Integer.MAX_VALUE);
            }
            return t;
        }

        /** A shared string a cell uses; the one left out as too long is refused with that cell. */
        private String shared(int index, int row, int col) throws LimitExceeded {
            String s = strings[index];
            if (s == TOO_LONG) {
                budget.text(row, col, Integer.MAX_VALUE);
            }
            return s;
        }

        /** An empty string is a blank cell, as POI reads it. */
        private static CellData text(String s) {
            return s.isEmpty() ? null : CellData.text(s);
        }

        /** 0-based column of an A1 reference ("AB12" → 27); one past Excel's last column (XFD) stands for any beyond it. */
        private static int column(String ref) {
            int col = 0;
            for (int i = 0; i < ref.length() && col <= ReadBudget.EXCEL_COLUMNS; i++) {
                char ch = ref.charAt(i);
                if (ch >= 'A' && ch <= 'Z') {
                    col = col * 26 + (ch - 'A' + 1);
                } else if (ch >= 'a' && ch <= 'z') {
                    col = col * 26 + (ch - 'a' + 1);
                } else {
                    break;
                }
            }
            return Math.min(col - 1, ReadBudget.EXCEL_COLUMNS);
        }
    }
}
