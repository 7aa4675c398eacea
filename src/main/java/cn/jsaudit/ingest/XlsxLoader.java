package cn.jsaudit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
 * reading itself; jsaudit only needs values, formats and merges.
 */
final class XlsxLoader {

    /** A factory per thread: the JDK does not promise that one is safe to share. */
    private static final ThreadLocal<XMLInputFactory> XML = ThreadLocal.withInitial(() -> {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    });

    private final ZipFile zip;
    private final Map<String, ZipEntry> entries = new HashMap<>();

    private XlsxLoader(ZipFile zip) {
        this.zip = zip;
        // Part names are case-insensitive in OPC; some writers differ in case from their relationships.
        zip.stream().forEach(e -> entries.put(e.getName().toLowerCase(Locale.ROOT), e));
    }

    static WorkbookData load(Path file) throws IOException, XMLStreamException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new XlsxLoader(zip).read();
        }
    }

    /** Loads the parser and formatter classes on a spare thread, ahead of the first real workbook. */
    static void warmUp() throws XMLStreamException {
        String sheet = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>预热</t></is></c>"
                + "<c r=\"B1\" s=\"1\"><v>1000.5</v></c></row></sheetData>"
                + "<mergeCells><mergeCell ref=\"A2:B2\"/></mergeCells></worksheet>";
        Formats formats = new Formats(new int[] {0, 4}, Map.of());
        SheetData data = new SheetParser("预热", new String[0], formats)
                .parse(XML.get().createXMLStreamReader(new java.io.StringReader(sheet)));
        data.printed(0, 1);
    }

    private WorkbookData read() throws IOException, XMLStreamException {
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
            sheets.add(worksheet ? new SheetParser(sheet.name(), strings, formats).parse(open(r.target()))
                    : new SheetData(sheet.name(), new CellData[0][], List.of()));
        }
        return new WorkbookData(sheets);
    }

    private record Relationship(String type, String target) {
    }

    private ZipEntry part(String name) {
        return entries.get(name.toLowerCase(Locale.ROOT));
    }

    private XMLStreamReader open(String name) throws IOException, XMLStreamException {
        ZipEntry e = part(name);
        if (e == null) {
            throw new IOException("缺少部件 " + name);
        }
        InputStream in = zip.getInputStream(e);
        return XML.get().createXMLStreamReader(in);
    }

    /** The main part named by the package relationships (xl/workbook.xml in practice). */
    private String officeDocument() throws IOException, XMLStreamException {
        for (Relationship r : relationshipsOf("_rels/.rels", "").values()) {
            if (r.type().endsWith("/officeDocument")) {
                return r.target();
            }
        }
        return "xl/workbook.xml";
    }

    private Map<String, Relationship> relationships(String partName) throws IOException, XMLStreamException {
        int slash = partName.lastIndexOf('/');
        String dir = slash < 0 ? "" : partName.substring(0, slash + 1);
        String relsName = dir + "_rels/" + partName.substring(slash + 1) + ".rels";
        return part(relsName) == null ? Map.of() : relationshipsOf(relsName, dir);
    }

    private Map<String, Relationship> relationshipsOf(String relsName, String dir) throws IOException, XMLStreamException {
        Map<String, Relationship> out = new HashMap<>();
        XMLStreamReader x = open(relsName);
        try {
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("Relationship")
                        && !"External".equals(x.getAttributeValue(null, "TargetMode"))) {
                    out.put(x.getAttributeValue(null, "Id"),
                            new Relationship(x.getAttributeValue(null, "Type"), resolve(dir, x.getAttributeValue(null, "Target"))));
                }
            }
        } finally {
            x.close();
        }
        return out;
    }

    /** A relationship target relative to the source part's folder, or absolute from the package root. */
    private static String resolve(String dir, String target) {
        String path = target.startsWith("/") ? target.substring(1) : dir + target;
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    private record SheetEntry(String name, String relationshipId) {
    }

    /** Each sheet's name and relationship id, in workbook order. */
    private List<SheetEntry> sheets(String workbook) throws IOException, XMLStreamException {
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
                    out.add(new SheetEntry(x.getAttributeValue(null, "name"), id));
                }
            }
        } finally {
            x.close();
        }
        return out;
    }

    private String[] sharedStrings(String name) throws IOException, XMLStreamException {
        List<String> out = new ArrayList<>();
        XMLStreamReader x = open(name);
        try {
            StringBuilder current = null;
            int phonetic = 0;
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "si" -> current = new StringBuilder();
                        case "rPh" -> phonetic++;
                        case "t" -> {
                            String t = x.getElementText();
                            if (current != null && phonetic == 0) {
                                current.append(t);
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (x.getLocalName().equals("rPh")) {
                        phonetic--;
                    } else if (x.getLocalName().equals("si") && current != null) {
                        out.add(ExcelEscapes.decode(current.toString()));
                        current = null;
                    }
                }
            }
        } finally {
            x.close();
        }
        return out.toArray(new String[0]);
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

    private Formats formats(String name) throws IOException, XMLStreamException {
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
                        case "numFmt" -> custom.put(intOr(x.getAttributeValue(null, "numFmtId"), 0),
                                x.getAttributeValue(null, "formatCode"));
                        case "cellXfs" -> inCellXfs = true;
                        case "xf" -> {
                            if (inCellXfs) {
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

    /** Reads one worksheet's rows, cells and merged regions. */
    private static final class SheetParser {

        private final String name;
        private final String[] strings;
        private final Formats formats;
        private final List<CellData[]> rows = new ArrayList<>();
        private final List<CellRangeAddress> merges = new ArrayList<>();

        SheetParser(String name, String[] strings, Formats formats) {
            this.name = name;
            this.strings = strings;
            this.formats = formats;
        }

        SheetData parse(XMLStreamReader x) throws XMLStreamException {
            try {
                int row = -1;
                CellData[] cells = new CellData[16];
                int width = 0;
                int col = -1;
                while (x.hasNext()) {
                    int event = x.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        switch (x.getLocalName()) {
                            case "row" -> {
                                String r = x.getAttributeValue(null, "r");
                                row = r == null ? row + 1 : intOr(r, row + 2) - 1;
                                width = 0;
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
                                if (col >= cells.length) {
                                    cells = Arrays.copyOf(cells, Math.max(col + 1, cells.length * 2));
                                }
                                cells[col] = cell(x, type, style);
                                width = Math.max(width, col + 1);
                            }
                            case "mergeCell" -> {
                                String ref = x.getAttributeValue(null, "ref");
                                if (ref != null && ref.contains(":")) {
                                    merges.add(CellRangeAddress.valueOf(ref));
                                }
                            }
                            default -> { }
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("row") && row >= 0) {
                        while (rows.size() <= row) {
                            rows.add(null);
                        }
                        rows.set(row, Arrays.copyOf(cells, width));
                        Arrays.fill(cells, 0, width, null);
                    }
                }
            } finally {
                x.close();
            }
            return new SheetData(name, rows.toArray(new CellData[0][]), merges);
        }

        /** Reads a c element to its end: its value by type, or null for a blank cell. */
        private CellData cell(XMLStreamReader x, String type, int style) throws XMLStreamException {
            String value = null;
            StringBuilder inline = null;
            int depth = 1;
            while (depth > 0) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = x.getLocalName();
                    if (local.equals("v")) {
                        value = x.getElementText();
                    } else if (local.equals("t")) {
                        inline = inline == null ? new StringBuilder() : inline;
                        inline.append(x.getElementText());
                    } else {
                        depth++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            if (type == null || type.equals("n")) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                int id = formats.id(style);
                return CellData.number(Double.parseDouble(value.strip()), id, formats.format(id));
            }
            return switch (type) {
                case "s" -> value == null || value.isBlank() ? null : text(strings[Integer.parseInt(value.strip())]);
                case "inlineStr" -> inline == null ? null : text(ExcelEscapes.decode(inline.toString()));
                case "str", "d" -> value == null ? null : text(ExcelEscapes.decode(value));
                case "b" -> value == null ? null : CellData.bool(value.strip().equals("1") || value.strip().equalsIgnoreCase("true"));
                case "e" -> value == null ? null : CellData.error(value);
                default -> value == null ? null : text(value);
            };
        }

        /** An empty string is a blank cell, as POI reads it. */
        private static CellData text(String s) {
            return s.isEmpty() ? null : CellData.text(s);
        }

        /** 0-based column of an A1 reference ("AB12" → 27). */
        private static int column(String ref) {
            int col = 0;
            for (int i = 0; i < ref.length(); i++) {
                char ch = ref.charAt(i);
                if (ch >= 'A' && ch <= 'Z') {
                    col = col * 26 + (ch - 'A' + 1);
                } else if (ch >= 'a' && ch <= 'z') {
                    col = col * 26 + (ch - 'a' + 1);
                } else {
                    break;
                }
            }
            return col - 1;
        }
    }
}
