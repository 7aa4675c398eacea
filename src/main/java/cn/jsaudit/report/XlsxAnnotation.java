package cn.jsaudit.report;

import static cn.jsaudit.report.PackageXml.CONTENT_TYPES;
import static cn.jsaudit.report.PackageXml.MAIN;
import static cn.jsaudit.report.PackageXml.PACKAGE_REL;
import static cn.jsaudit.report.PackageXml.REL;
import static cn.jsaudit.report.PackageXml.child;
import static cn.jsaudit.report.PackageXml.children;
import static cn.jsaudit.report.PackageXml.element;
import static cn.jsaudit.report.PackageXml.escape;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.ReviewSheet;
import cn.jsaudit.model.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.ss.util.CellReference;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes the annotated copy of an .xlsx package part by part. POI's user model parses every part into an object
 * tree and writes all of it back, which cost more than screening the workbook. Here the parts the annotation
 * does not touch are copied as they are (still compressed); only the workbook, its relationships, the styles,
 * the content types, the sheets that get marks (or were selected), their comments and VML drawings, and the new
 * 审核结果 sheet are written. What the copy shows is what POI's copy showed: the same fills, comments, review
 * sheet, links, frozen header, filter and selected first sheet.
 */
final class XlsxAnnotation implements AutoCloseable {

    /** A structure this writer does not take on (strict OOXML, a VML drawing of another dialect): POI writes the copy. */
    static final class Unsupported extends Exception {
        Unsupported(String what) {
            super(what);
        }
    }

    private static final String WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private static final String COMMENTS = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
    private static final String VML = "application/vnd.openxmlformats-officedocument.vmlDrawing";
    private static final String AUTHOR = "jsaudit";
    private static final String VML_NAMESPACES = "xmlns:v=\"urn:schemas-microsoft-com:vml\"";
    /** Worksheet children the schema puts after legacyDrawing. */
    private static final List<String> AFTER_LEGACY_DRAWING = List.of("legacyDrawingHF", "drawingHF", "picture", "oleObjects",
            "controls", "webPublishItems", "tableParts", "extLst");
    /** Workbook children the schema puts after definedNames. */
    private static final List<String> AFTER_DEFINED_NAMES = List.of("calcPr", "oleSize", "customWorkbookViews", "pivotCaches",
            "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst");

    private static final ThreadLocal<XMLInputFactory> STAX = ThreadLocal.withInitial(() -> {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    });

    /** One sheet of the workbook: its name, its element in workbook.xml and its part (null when it has none). */
    private record SheetRef(String name, Element element, String part) {
    }

    /** A cell to mark: the severity of its worst finding (findings come most severe first) and its messages. */
    private static final class Mark {
        final Severity severity;
        final StringBuilder note = new StringBuilder();

        Mark(Severity severity) {
            this.severity = severity;
        }
    }

    private final ZipFile zip;
    /** Entries by lower-case name: part names are case-insensitive in OPC. */
    private final Map<String, ZipArchiveEntry> entries = new HashMap<>();
    private final Map<String, byte[]> replaced = new HashMap<>();
    private final Set<String> removed = new HashSet<>();
    private final Map<String, byte[]> added = new LinkedHashMap<>();
    private final Document contentTypes;
    private List<String> sharedStrings;

    private XlsxAnnotation(ZipFile zip) throws IOException, Unsupported {
        this.zip = zip;
        for (ZipArchiveEntry e : java.util.Collections.list(zip.getEntries())) {
            entries.put(e.getName().toLowerCase(Locale.ROOT), e);
        }
        contentTypes = xml("[Content_Types].xml");
        if (contentTypes == null) {
            throw new Unsupported("no [Content_Types].xml");
        }
    }

    /** Opens the package; {@link #annotate} then prepares every changed part in memory, {@link #writeTo} writes the copy. */
    static XlsxAnnotation open(Path original) throws IOException, Unsupported {
        ZipFile zip = ZipFile.builder().setPath(original).get();
        try {
            return new XlsxAnnotation(zip);
        } catch (IOException | Unsupported | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Marks the findings' cells and makes the 审核结果 sheet, with {@code runNote} under the list. */
    void annotate(List<Finding> findings, String runNote) throws IOException, Unsupported {
        String main = mainPart();
        Document workbook = xml(main);
        if (workbook == null || !MAIN.equals(workbook.getDocumentElement().getNamespaceURI())) {
            throw new Unsupported("not a transitional SpreadsheetML workbook");
        }
        String workbookRelsName = relsOf(main);
        Document workbookRels = xml(workbookRelsName);
        if (workbookRels == null) {
            throw new Unsupported("workbook without relationships");
        }
        Element wbRoot = workbook.getDocumentElement();
        Element sheetsElement = child(wbRoot, "sheets");
        if (sheetsElement == null) {
            throw new Unsupported("workbook without sheets");
        }
        Map<String, Element> rels = relationships(workbookRels);
        List<SheetRef> sheets = new ArrayList<>();
        for (Element s : children(sheetsElement, "sheet")) {
            Element rel = rels.get(s.getAttributeNS(REL, "id"));
            String part = rel == null ? null : existing(resolve(main, rel.getAttribute("Target")));
            sheets.add(new SheetRef(s.getAttribute("name"), s, part));
        }
        removeOldReviewSheets(sheets, wbRoot, rels);

        Styles styles = new Styles(styles(main, rels));
        Map<Integer, LinkedHashMap<Long, Mark>> marks = marks(findings, sheets);
        for (int i = 0; i < sheets.size(); i++) {
            SheetRef s = sheets.get(i);
            LinkedHashMap<Long, Mark> own = marks.get(i);
            if (s.part() != null && (own != null || contains(s.part(), "tabSelected"))) {
                rewriteSheet(s.part(), own, styles);
            }
        }

        String reviewPart = freeName("xl/worksheets/sheet", ".xml");
        added.put(reviewPart, reviewSheet(findings, sheets, runNote, styles));
        override(reviewPart, WORKSHEET);
        String rId = addRelationship(workbookRels, REL + "/worksheet", relative(main, reviewPart));
        Element review = element(sheetsElement, "sheet");
        review.setAttributeNS(null, "name", ReviewSheet.NAME);
        review.setAttributeNS(null, "sheetId", String.valueOf(nextSheetId(sheetsElement)));
        PackageXml.setRelationshipId(review, rId);
        sheetsElement.insertBefore(review, sheetsElement.getFirstChild());
        shiftLocalSheetIds(wbRoot, -1, 1);
        filterName(wbRoot, sheetsElement, findings.size());
        Element views = child(wbRoot, "bookViews");
        if (views != null) {
            for (Element v : children(views, "workbookView")) {
                v.setAttributeNS(null, "activeTab", "0");
                v.setAttributeNS(null, "firstSheet", "0");
            }
        }
        styles.save();
        replace(main, PackageXml.write(workbook));
        replace(workbookRelsName, PackageXml.write(workbookRels));
        dropDanglingRelationships();
        replace("[Content_Types].xml", PackageXml.write(contentTypes));
    }

    // ---- the workbook's sheets

    /** A returned workbook's old 审核结果 list is replaced: its explanations now travel on the findings themselves. */
    private void removeOldReviewSheets(List<SheetRef> sheets, Element wbRoot, Map<String, Element> rels) throws IOException {
        for (int i = sheets.size() - 1; i >= 0; i--) {
            SheetRef s = sheets.get(i);
            if (!ReviewSheet.is(s.name(), s.part() == null ? "" : a1Text(s.part()))) {
                continue;
            }
            s.element().getParentNode().removeChild(s.element());
            Element rel = rels.remove(s.element().getAttributeNS(REL, "id"));
            if (rel != null) {
                rel.getParentNode().removeChild(rel);
            }
            if (s.part() != null) {
                removed.add(key(s.part()));
                removed.add(key(relsOf(s.part())));
                removeOverride(s.part());
            }
            shiftLocalSheetIds(wbRoot, i, -1);
            sheets.remove(i);
        }
    }

    /**
     * Defined names local to a sheet carry its position: when the sheet at {@code at} goes ({@code by} -1) its
     * names go and later sheets' names move down; {@code at} -1 with {@code by} 1 moves all up for a sheet put first.
     */
    private static void shiftLocalSheetIds(Element wbRoot, int at, int by) {
        Element names = child(wbRoot, "definedNames");
        if (names == null) {
            return;
        }
        for (Element n : children(names, "definedName")) {
            String local = n.getAttribute("localSheetId");
            if (local.isEmpty()) {
                continue;
            }
            int id = Integer.parseInt(local.strip());
            if (by < 0 && id == at) {
                names.removeChild(n);
            } else if (id > at) {
                n.setAttributeNS(null, "localSheetId", String.valueOf(id + by));
            }
        }
    }

    /** The hidden name Excel keeps for the review sheet's auto-filter range. */
    private static void filterName(Element wbRoot, Element sheetsElement, int findings) {
        Element names = child(wbRoot, "definedNames");
        if (names == null) {
            names = element(wbRoot, "definedNames");
            PackageXml.insertBefore(wbRoot, names, AFTER_DEFINED_NAMES);
        }
        Element filter = element(names, "definedName");
        filter.setAttributeNS(null, "name", "_xlnm._FilterDatabase");
        filter.setAttributeNS(null, "localSheetId", "0");
        filter.setAttributeNS(null, "hidden", "1");
        filter.setTextContent("'" + ReviewSheet.NAME + "'!$A$1:$" + CellReference.convertNumToColString(ReviewSheet.COLUMNS.size() - 1)
                + "$" + (findings + 1));
        names.insertBefore(filter, names.getFirstChild());
    }

    private static int nextSheetId(Element sheetsElement) {
        int max = 0;
        for (Element s : children(sheetsElement, "sheet")) {
            try {
                max = Math.max(max, Integer.parseInt(s.getAttribute("sheetId").strip()));
            } catch (NumberFormatException e) {
                // an id that is not a number takes no part
            }
        }
        return max + 1;
    }

    /** The sheet a finding names: the exact name, else one differing in case (as POI's getSheet finds it). */
    private static int sheetIndex(List<SheetRef> sheets, String name) {
        for (int i = 0; i < sheets.size(); i++) {
            if (sheets.get(i).name().equals(name)) {
                return i;
            }
        }
        for (int i = 0; i < sheets.size(); i++) {
            if (sheets.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private static Map<Integer, LinkedHashMap<Long, Mark>> marks(List<Finding> findings, List<SheetRef> sheets) {
        Map<Integer, LinkedHashMap<Long, Mark>> marks = new HashMap<>();
        for (Finding f : findings) {
            for (Location l : f.locations()) {
                if (l.sheet() == null || l.rowIndex() < 0) {
                    continue;
                }
                int sheet = sheetIndex(sheets, l.sheet());
                if (sheet < 0 || sheets.get(sheet).part() == null) {
                    continue;
                }
                long cell = ((long) l.rowIndex() << 16) | l.columnIndex();
                marks.computeIfAbsent(sheet, k -> new LinkedHashMap<>()).computeIfAbsent(cell, k -> new Mark(f.severity()))
                        .note.append(WorkbookAnnotator.noteLine(f));
            }
        }
        return marks;
    }

    // ---- a marked sheet

    private void rewriteSheet(String part, LinkedHashMap<Long, Mark> marks, Styles styles) throws IOException, Unsupported {
        Document doc = xml(part);
        Element root = doc.getDocumentElement();
        for (Element views : children(root, "sheetViews")) {
            for (Element v : children(views, "sheetView")) {
                v.removeAttribute("tabSelected");
            }
        }
        if (marks != null) {
            Element data = child(root, "sheetData");
            if (data == null) {
                throw new Unsupported("worksheet without sheetData: " + part);
            }
            TreeMap<Long, Mark> ordered = new TreeMap<>(marks);
            fill(data, ordered, styles);
            comment(part, root, marks);
        }
        replace(part, PackageXml.write(doc));
    }

    /** Gives each marked cell its severity's fill over its own style, creating the rows and cells it lacks. */
    private static void fill(Element data, TreeMap<Long, Mark> marks, Styles styles) {
        List<Element> rows = children(data, "row");
        int[] rowIndex = indexes(rows, true);
        int at = 0;
        Element row = null;
        int current = -1;
        List<Element> cells = null;
        int[] colIndex = null;
        for (Map.Entry<Long, Mark> m : marks.entrySet()) {
            int r = (int) (m.getKey() >>> 16);
            int c = (int) (m.getKey() & 0xFFFF);
            if (r != current) {
                while (at < rows.size() && rowIndex[at] < r) {
                    at++;
                }
                if (at < rows.size() && rowIndex[at] == r) {
                    row = rows.get(at);
                } else {
                    row = element(data, "row");
                    row.setAttributeNS(null, "r", String.valueOf(r + 1));
                    data.insertBefore(row, at < rows.size() ? rows.get(at) : null);
                }
                current = r;
                cells = children(row, "c");
                colIndex = indexes(cells, false);
            }
            Element cell = null;
            int k = 0;
            while (k < cells.size() && colIndex[k] < c) {
                k++;
            }
            if (k < cells.size() && colIndex[k] == c) {
                cell = cells.get(k);
            } else {
                cell = element(row, "c");
                cell.setAttributeNS(null, "r", new CellReference(r, c).formatAsString(false));
                row.insertBefore(cell, k < cells.size() ? cells.get(k) : null);
                row.removeAttribute("spans"); // a hint of the row's cell range, which a new cell may widen
                cells.add(k, cell);
                int[] grown = new int[colIndex.length + 1];
                System.arraycopy(colIndex, 0, grown, 0, k);
                grown[k] = c;
                System.arraycopy(colIndex, k, grown, k + 1, colIndex.length - k);
                colIndex = grown;
            }
            String s = cell.getAttribute("s");
            cell.setAttributeNS(null, "s", String.valueOf(styles.filled(s.isEmpty() ? 0 : Integer.parseInt(s.strip()), m.getValue().severity)));
        }
    }

    /** Zero-based row (or column) of each row (or cell); one without its r attribute follows the one before. */
    private static int[] indexes(List<Element> elements, boolean rows) {
        int[] out = new int[elements.size()];
        int previous = -1;
        for (int i = 0; i < out.length; i++) {
            String r = elements.get(i).getAttribute("r").strip();
            if (r.isEmpty()) {
                previous++;
            } else if (rows) {
                previous = Integer.parseInt(r) - 1;
            } else {
                previous = new CellReference(r).getCol();
            }
            out[i] = previous;
        }
        return out;
    }

    /**
     * Writes each marked cell's comment: a new one in the sheet's comments part (made when it has none) with a
     * hidden note box in its VML drawing, or, on a cell with the unit's own comment, the unit's text followed by
     * jsaudit's (an older jsaudit part replaced).
     */
    private void comment(String sheetPart, Element root, LinkedHashMap<Long, Mark> marks) throws IOException, Unsupported {
        String relsName = relsOf(sheetPart);
        Document rels = xml(relsName);
        if (rels == null) {
            rels = PackageXml.parse(("<Relationships xmlns=\"" + PACKAGE_REL + "\"/>").getBytes(StandardCharsets.UTF_8));
        }
        Map<String, Element> byId = relationships(rels);
        String commentsPart = null;
        for (Element r : byId.values()) {
            if ((REL + "/comments").equals(r.getAttribute("Type"))) {
                commentsPart = existing(resolve(sheetPart, r.getAttribute("Target")));
            }
        }
        Document comments = commentsPart == null ? null : xml(commentsPart);
        boolean newComments = comments == null;
        if (newComments) {
            commentsPart = freeName("xl/comments", ".xml");
            comments = PackageXml.parse(("<comments xmlns=\"" + MAIN + "\"><authors/><commentList/></comments>").getBytes(StandardCharsets.UTF_8));
            addRelationship(rels, REL + "/comments", relative(sheetPart, commentsPart));
            override(commentsPart, COMMENTS);
        }
        Element legacy = child(root, "legacyDrawing");
        String vmlPart = null;
        if (legacy != null) {
            Element r = byId.get(legacy.getAttributeNS(REL, "id"));
            vmlPart = r == null ? null : existing(resolve(sheetPart, r.getAttribute("Target")));
        }
        StringBuilder shapes = new StringBuilder();
        String vml = vmlPart == null ? null : new String(bytes(vmlPart), StandardCharsets.ISO_8859_1);
        int shapeId = vml == null ? 1024 : lastShapeId(vml);

        Element commentsRoot = comments.getDocumentElement();
        int author = author(commentsRoot);
        Element list = child(commentsRoot, "commentList");
        if (list == null) {
            list = element(commentsRoot, "commentList");
            commentsRoot.appendChild(list);
        }
        Map<String, Element> existing = new HashMap<>();
        for (Element c : children(list, "comment")) {
            existing.put(c.getAttribute("ref").replace("$", "").toUpperCase(Locale.ROOT), c);
        }
        for (Map.Entry<Long, Mark> m : marks.entrySet()) {
            int r = (int) (m.getKey() >>> 16);
            int c = (int) (m.getKey() & 0xFFFF);
            String ref = new CellReference(r, c).formatAsString(false);
            String text = WorkbookAnnotator.COMMENT_MARK + "\n" + m.getValue().note.toString().strip();
            Element old = existing.get(ref);
            if (old != null) {
                String kept = commentText(old);
                int mark = kept.indexOf(WorkbookAnnotator.COMMENT_MARK);
                String own = (mark >= 0 ? kept.substring(0, mark) : kept).strip();
                setText(old, own.isEmpty() ? text : own + "\n" + text);
                continue;
            }
            Element comment = element(list, "comment");
            comment.setAttributeNS(null, "ref", ref);
            comment.setAttributeNS(null, "authorId", String.valueOf(author));
            list.appendChild(comment);
            setText(comment, text);
            shapes.append(shape(++shapeId, r, c));
        }
        byte[] commentsXml = PackageXml.write(comments);
        if (newComments) {
            added.put(commentsPart, commentsXml);
        } else {
            replace(commentsPart, commentsXml);
        }

        if (vml != null) {
            if (!vml.contains(VML_NAMESPACES) || !vml.contains("xmlns:o=\"urn:schemas-microsoft-com:office:office\"")
                    || !vml.contains("xmlns:x=\"urn:schemas-microsoft-com:office:excel\"")) {
                throw new Unsupported("VML drawing of another dialect: " + vmlPart);
            }
            int end = vml.lastIndexOf("</xml>");
            if (end < 0) {
                throw new Unsupported("VML drawing without </xml>: " + vmlPart);
            }
            String type = vml.contains("\"_x0000_t202\"") ? "" : SHAPE_TYPE;
            replace(vmlPart, (vml.substring(0, end) + type + shapes + vml.substring(end)).getBytes(StandardCharsets.ISO_8859_1));
        } else {
            vmlPart = freeName("xl/drawings/vmlDrawing", ".vml");
            StringBuilder blocks = new StringBuilder("1");
            for (int b = 2; b <= shapeId / 1024; b++) {
                blocks.append(',').append(b);
            }
            added.put(vmlPart, ("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                    + "xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\""
                    + blocks + "\"/></o:shapelayout>" + SHAPE_TYPE + shapes + "</xml>").getBytes(StandardCharsets.UTF_8));
            defaultType("vml", VML);
            if (legacy == null) {
                legacy = element(root, "legacyDrawing");
                PackageXml.insertBefore(root, legacy, AFTER_LEGACY_DRAWING);
            }
            // a legacyDrawing whose drawing is missing points at the new one (its dangling relationship goes)
            PackageXml.setRelationshipId(legacy, addRelationship(rels, REL + "/vmlDrawing", relative(sheetPart, vmlPart)));
        }
        byte[] relsXml = PackageXml.write(rels);
        if (entries.containsKey(key(relsName))) {
            replace(relsName, relsXml);
        } else {
            added.put(relsName, relsXml);
        }
    }

    private static final String SHAPE_TYPE = "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" "
            + "path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/>"
            + "</v:shapetype>";

    /** A hidden comment box anchored at the cell and spanning 5 columns and 8 rows, as POI draws one. */
    private static String shape(int id, int row, int col) {
        return "<v:shape id=\"_x0000_s" + id + "\" type=\"#_x0000_t202\" style=\"position:absolute; visibility:hidden\" "
                + "fillcolor=\"#ffffe1\" o:insetmode=\"auto\"><v:fill color=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/>"
                + "<v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\"/><x:ClientData ObjectType=\"Note\">"
                + "<x:MoveWithCells/><x:SizeWithCells/><x:Anchor>" + col + ", 0, " + row + ", 0, " + (col + 5) + ", 0, " + (row + 8)
                + ", 0</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>" + row + "</x:Row><x:Column>" + col + "</x:Column>"
                + "</x:ClientData></v:shape>";
    }

    private static int lastShapeId(String vml) {
        int max = 1024;
        for (int at = vml.indexOf("_x0000_s"); at >= 0; at = vml.indexOf("_x0000_s", at + 8)) {
            int end = at + 8;
            while (end < vml.length() && Character.isDigit(vml.charAt(end))) {
                end++;
            }
            if (end > at + 8 && end - at - 8 < 9) {
                max = Math.max(max, Integer.parseInt(vml.substring(at + 8, end)));
            }
        }
        return max;
    }

    private static int author(Element commentsRoot) {
        Element authors = child(commentsRoot, "authors");
        if (authors == null) {
            authors = element(commentsRoot, "authors");
            commentsRoot.insertBefore(authors, commentsRoot.getFirstChild());
        }
        List<Element> all = children(authors, "author");
        for (int i = 0; i < all.size(); i++) {
            if (AUTHOR.equals(all.get(i).getTextContent())) {
                return i;
            }
        }
        Element a = element(authors, "author");
        a.setTextContent(AUTHOR);
        authors.appendChild(a);
        return all.size();
    }

    /** A comment's text: its runs' text, without phonetic guides. */
    private static String commentText(Element comment) {
        Element text = child(comment, "text");
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        collectText(text, b);
        return b.toString();
    }

    private static void collectText(Element e, StringBuilder b) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                if ("t".equals(c.getLocalName())) {
                    b.append(c.getTextContent());
                } else if (!"rPh".equals(c.getLocalName())) {
                    collectText(c, b);
                }
            }
        }
    }

    private static void setText(Element comment, String value) {
        Element text = child(comment, "text");
        if (text == null) {
            text = element(comment, "text");
            comment.appendChild(text);
        }
        while (text.getFirstChild() != null) {
            text.removeChild(text.getFirstChild());
        }
        Element t = element(text, "t");
        t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
        t.setTextContent(PackageXml.cellText(value));
        text.appendChild(t);
    }

    // ---- the 审核结果 sheet

    private byte[] reviewSheet(List<Finding> findings, List<SheetRef> sheets, String runNote, Styles styles) {
        List<String> header = ReviewSheet.COLUMNS;
        List<Integer> widths = new ArrayList<>();
        StringBuilder rows = new StringBuilder(1024 + findings.size() * 512);
        StringBuilder links = new StringBuilder();
        rows.append("<row r=\"1\">");
        for (int c = 0; c < header.size(); c++) {
            textCell(rows, 0, c, header.get(c), styles.header());
            widths.add(SheetTable.width(header.get(c)) + 2); // room for the filter button
        }
        rows.append("</row>");
        int r = 1;
        for (Finding f : findings) {
            List<Object> values = WorkbookAnnotator.reviewValues(r, f);
            Location target = f.primaryLocation();
            boolean link = target != null && target.sheet() != null && target.rowIndex() >= 0 && sheetIndex(sheets, target.sheet()) >= 0;
            rows.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null) {
                    continue;
                }
                String shown;
                if (v instanceof BigDecimal d) {
                    shown = d.toPlainString();
                    numberCell(rows, r, c, shown, styles.number());
                } else if (v instanceof Number n) {
                    shown = n.toString();
                    numberCell(rows, r, c, shown, 0);
                } else {
                    shown = v.toString();
                    boolean wrap = SheetTable.width(shown) > SheetTable.MAX_WIDTH || shown.indexOf('\n') >= 0;
                    boolean isLink = link && c == WorkbookAnnotator.POSITION_COLUMN;
                    textCell(rows, r, c, shown, isLink ? styles.link() : wrap ? styles.wrap() : 0);
                }
                while (widths.size() <= c) {
                    widths.add(0);
                }
                widths.set(c, Math.max(widths.get(c), SheetTable.width(shown)));
            }
            rows.append("</row>");
            if (link) {
                links.append("<hyperlink ref=\"").append(new CellReference(r, WorkbookAnnotator.POSITION_COLUMN).formatAsString(false))
                        .append("\" location=\"").append(escape("'" + target.sheet().replace("'", "''") + "'!" + target.cell()))
                        .append("\"/>");
            }
            r++;
        }
        int noteRow = r + 1;
        rows.append("<row r=\"").append(noteRow + 1).append("\">");
        textCell(rows, noteRow, 0, runNote, 0);
        rows.append("</row>");

        String lastColumn = CellReference.convertNumToColString(widths.size() - 1);
        StringBuilder x = new StringBuilder(rows.length() + links.length() + 1024);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"").append(MAIN)
                .append("\" xmlns:r=\"").append(REL).append("\"><dimension ref=\"A1:").append(lastColumn).append(noteRow + 1)
                .append("\"/><sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" ")
                .append("activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/></sheetView></sheetViews>")
                .append("<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int c = 0; c < widths.size(); c++) {
            x.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                    .append(Math.min(widths.get(c), SheetTable.MAX_WIDTH) + 1).append("\" customWidth=\"1\"/>");
        }
        x.append("</cols><sheetData>").append(rows).append("</sheetData><autoFilter ref=\"A1:").append(lastColumn).append(r)
                .append("\"/>");
        if (links.length() > 0) {
            x.append("<hyperlinks>").append(links).append("</hyperlinks>");
        }
        x.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void textCell(StringBuilder b, int row, int col, String text, int style) {
        b.append("<c r=\"").append(new CellReference(row, col).formatAsString(false)).append('"');
        if (style != 0) {
            b.append(" s=\"").append(style).append('"');
        }
        b.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(escape(text)).append("</t></is></c>");
    }

    private static void numberCell(StringBuilder b, int row, int col, String value, int style) {
        b.append("<c r=\"").append(new CellReference(row, col).formatAsString(false)).append('"');
        if (style != 0) {
            b.append(" s=\"").append(style).append('"');
        }
        b.append("><v>").append(value).append("</v></c>");
    }

    // ---- styles

    /** The workbook's styles part with the fills and cell formats the copy adds, each made once. */
    private final class Styles {
        private final String part;
        private final Document doc;
        private final Element root;
        private final List<Element> xfs;
        private final Map<String, Integer> made = new HashMap<>();

        Styles(String part) throws IOException, Unsupported {
            this.part = part;
            doc = part == null ? null : xml(part);
            if (doc == null) {
                throw new Unsupported("workbook without styles");
            }
            root = doc.getDocumentElement();
            Element cellXfs = container("cellXfs", List.of("cellStyles", "dxfs", "tableStyles", "colors", "extLst"));
            xfs = children(cellXfs, "xf");
            if (xfs.isEmpty()) {
                cellXfs.appendChild(xf(cellXfs, 0, 0, 0));
                xfs.add(children(cellXfs, "xf").get(0));
            }
        }

        /** What {@code make} made for {@code key} the first time (makers nest: a map's computeIfAbsent cannot). */
        private int once(String key, java.util.function.Function<String, Integer> make) {
            Integer known = made.get(key);
            if (known == null) {
                known = make.apply(key);
                made.put(key, known);
            }
            return known;
        }

        /** The cell format {@code base} with the severity's solid fill. */
        int filled(int base, Severity s) {
            return once(base + "/" + s, k -> {
                Element copy = (Element) xfs.get(base < xfs.size() ? base : 0).cloneNode(true);
                copy.setAttributeNS(null, "fillId", String.valueOf(fill(s)));
                copy.setAttributeNS(null, "applyFill", "1");
                return add(copy);
            });
        }

        int header() {
            return once("header", k -> add(xf(xfs.get(0), 0, font("<b/><sz val=\"11\"/>"), 0)));
        }

        int number() {
            return once("number", k -> add(xf(xfs.get(0), numberFormat("#,##0.00##"), 0, 0)));
        }

        int wrap() {
            return once("wrap", k -> {
                Element xf = xf(xfs.get(0), 0, 0, 0);
                Element alignment = element(xf, "alignment");
                alignment.setAttributeNS(null, "wrapText", "1");
                xf.appendChild(alignment);
                xf.setAttributeNS(null, "applyAlignment", "1");
                return add(xf);
            });
        }

        int link() {
            return once("link", k -> add(xf(xfs.get(0), 0, font("<u/><sz val=\"11\"/><color indexed=\"12\"/>"), 0)));
        }

        private int fill(Severity s) {
            return once("fill/" + s, k -> append(container("fills", List.of("borders", "cellStyleXfs", "cellXfs",
                    "cellStyles", "dxfs", "tableStyles", "colors", "extLst")), "<fill><patternFill patternType=\"solid\"><fgColor indexed=\""
                    + WorkbookAnnotator.color(s) + "\"/></patternFill></fill>"));
        }

        /** A Calibri font (as POI makes one) with the given properties, in the order Excel writes them. */
        private int font(String properties) {
            return append(container("fonts", List.of("fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs",
                    "tableStyles", "colors", "extLst")), "<font>" + properties + "<name val=\"Calibri\"/></font>");
        }

        private int numberFormat(String code) {
            Element formats = child(root, "numFmts");
            int max = 163;
            if (formats != null) {
                for (Element f : children(formats, "numFmt")) {
                    int id = Integer.parseInt(f.getAttribute("numFmtId").strip());
                    if (code.equals(f.getAttribute("formatCode"))) {
                        return id;
                    }
                    max = Math.max(max, id);
                }
            } else {
                formats = element(root, "numFmts");
                root.insertBefore(formats, root.getFirstChild());
            }
            Element f = element(formats, "numFmt");
            f.setAttributeNS(null, "numFmtId", String.valueOf(max + 1));
            f.setAttributeNS(null, "formatCode", code);
            formats.appendChild(f);
            formats.setAttributeNS(null, "count", String.valueOf(children(formats, "numFmt").size()));
            return max + 1;
        }

        private Element xf(Element like, int numFmt, int font, int fill) {
            Element xf = element(like, "xf");
            xf.setAttributeNS(null, "numFmtId", String.valueOf(numFmt));
            xf.setAttributeNS(null, "fontId", String.valueOf(font));
            xf.setAttributeNS(null, "fillId", String.valueOf(fill));
            xf.setAttributeNS(null, "borderId", "0");
            xf.setAttributeNS(null, "xfId", "0");
            if (numFmt != 0) {
                xf.setAttributeNS(null, "applyNumberFormat", "1");
            }
            if (font != 0) {
                xf.setAttributeNS(null, "applyFont", "1");
            }
            return xf;
        }

        private int add(Element xf) {
            Element cellXfs = (Element) xfs.get(0).getParentNode();
            cellXfs.appendChild(xf);
            xfs.add(xf);
            cellXfs.setAttributeNS(null, "count", String.valueOf(xfs.size()));
            return xfs.size() - 1;
        }

        /** Appends the element written in {@code xml} (in the main namespace) and returns its position among its like. */
        private int append(Element container, String xml) {
            Element e;
            try {
                e = (Element) doc.importNode(PackageXml.parse(xml.replaceFirst(">", " xmlns=\"" + MAIN + "\">")
                        .getBytes(StandardCharsets.UTF_8)).getDocumentElement(), true);
            } catch (IOException ex) {
                throw new IllegalStateException(ex); // the text is ours and well formed
            }
            retag(e, container);
            container.appendChild(e);
            int n = children(container, e.getLocalName()).size();
            container.setAttributeNS(null, "count", String.valueOf(n));
            return n - 1;
        }

        /** Gives an imported element (and its children) the container's prefix, when the styles part uses one. */
        private void retag(Element e, Element like) {
            if (like.getPrefix() != null) {
                e.setPrefix(like.getPrefix());
            }
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element c) {
                    retag(c, like);
                }
            }
        }

        private Element container(String name, List<String> followers) {
            Element c = child(root, name);
            if (c == null) {
                c = element(root, name);
                PackageXml.insertBefore(root, c, followers);
            }
            return c;
        }

        void save() throws IOException {
            replace(part, PackageXml.write(doc));
        }
    }

    // ---- package parts

    private String mainPart() throws IOException, Unsupported {
        Document rels = xml("_rels/.rels");
        if (rels != null) {
            for (Element r : relationships(rels).values()) {
                if (r.getAttribute("Type").endsWith("/officeDocument")) {
                    String part = existing(resolve("", r.getAttribute("Target")));
                    if (part != null) {
                        return part;
                    }
                }
            }
        }
        throw new Unsupported("no workbook part");
    }

    private String styles(String main, Map<String, Element> rels) {
        for (Element r : rels.values()) {
            if ((REL + "/styles").equals(r.getAttribute("Type"))) {
                return existing(resolve(main, r.getAttribute("Target")));
            }
        }
        return null;
    }

    /** The relationships of a .rels document by id. */
    private static Map<String, Element> relationships(Document rels) {
        Map<String, Element> out = new LinkedHashMap<>();
        for (Element r : children(rels.getDocumentElement(), "Relationship")) {
            out.put(r.getAttribute("Id"), r);
        }
        return out;
    }

    private static String addRelationship(Document rels, String type, String target) {
        Set<String> ids = relationships(rels).keySet();
        int n = ids.size() + 1;
        while (ids.contains("rId" + n)) {
            n++;
        }
        Element root = rels.getDocumentElement();
        Element r = element(root, "Relationship");
        r.setAttributeNS(null, "Id", "rId" + n);
        r.setAttributeNS(null, "Type", type);
        r.setAttributeNS(null, "Target", target);
        root.appendChild(r);
        return "rId" + n;
    }

    /**
     * A submitted package may name parts it lacks (a relationship to a shared-strings or calculation-chain part the
     * writer left out); strict readers refuse such a file, so the copy drops those relationships.
     */
    private void dropDanglingRelationships() throws IOException {
        List<String> relsParts = new ArrayList<>();
        entries.forEach((k, e) -> {
            if (k.endsWith(".rels") && !removed.contains(k)) {
                relsParts.add(e.getName());
            }
        });
        for (String relsName : relsParts) {
            Document rels = xml(relsName);
            if (rels == null) {
                continue;
            }
            String source = sourceOf(relsName);
            boolean changed = false;
            for (Element r : relationships(rels).values()) {
                if (!"External".equals(r.getAttribute("TargetMode")) && !r.getAttribute("Target").startsWith("#")
                        && existing(resolve(source, r.getAttribute("Target"))) == null) {
                    r.getParentNode().removeChild(r);
                    changed = true;
                }
            }
            if (changed) {
                replace(relsName, PackageXml.write(rels));
            }
        }
    }

    private void override(String part, String type) {
        Element root = contentTypes.getDocumentElement();
        Element o = contentTypes.createElementNS(CONTENT_TYPES, "Override");
        o.setAttributeNS(null, "PartName", "/" + part);
        o.setAttributeNS(null, "ContentType", type);
        root.appendChild(o);
    }

    private void removeOverride(String part) {
        for (Element o : children(contentTypes.getDocumentElement(), "Override")) {
            if (o.getAttribute("PartName").equalsIgnoreCase("/" + part)) {
                o.getParentNode().removeChild(o);
            }
        }
    }

    private void defaultType(String extension, String type) {
        Element root = contentTypes.getDocumentElement();
        for (Element d : children(root, "Default")) {
            if (d.getAttribute("Extension").equalsIgnoreCase(extension)) {
                return;
            }
        }
        Element d = contentTypes.createElementNS(CONTENT_TYPES, "Default");
        d.setAttributeNS(null, "Extension", extension);
        d.setAttributeNS(null, "ContentType", type);
        root.insertBefore(d, root.getFirstChild());
    }

    /** The relationships part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
    private static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** The part a relationships part belongs to (the inverse of {@link #relsOf}); "" for the package's own. */
    private static String sourceOf(String relsName) {
        int slash = relsName.lastIndexOf("_rels/");
        return relsName.substring(0, slash) + relsName.substring(slash + 6, relsName.length() - 5);
    }

    /** A relationship target resolved against the part that holds it, as a part name without leading slash. */
    static String resolve(String source, String target) {
        String t = java.net.URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
        String path = t.startsWith("/") ? t.substring(1) : source.substring(0, source.lastIndexOf('/') + 1) + t;
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

    /** The target of a new relationship from {@code source}: relative when it lies below the source's folder. */
    private static String relative(String source, String part) {
        String dir = source.substring(0, source.lastIndexOf('/') + 1);
        return part.startsWith(dir) ? part.substring(dir.length()) : "/" + part;
    }

    /** The entry's real name when the package (as it will be written) has the part, else null. */
    private String existing(String part) {
        String k = key(part);
        if (removed.contains(k)) {
            return null;
        }
        ZipArchiveEntry e = entries.get(k);
        if (e != null) {
            return e.getName();
        }
        for (String a : added.keySet()) {
            if (key(a).equals(k)) {
                return a;
            }
        }
        return null;
    }

    /** The first name {@code prefix}N{@code suffix} (N = 1, 2 …) no part has. */
    private String freeName(String prefix, String suffix) {
        for (int n = 1; ; n++) {
            String name = prefix + n + suffix;
            if (!entries.containsKey(key(name)) && existing(name) == null) {
                return name;
            }
        }
    }

    private static String key(String part) {
        return part.toLowerCase(Locale.ROOT);
    }

    private void replace(String part, byte[] content) {
        replaced.put(key(part), content);
    }

    private byte[] bytes(String part) throws IOException {
        byte[] r = replaced.get(key(part));
        if (r != null) {
            return r;
        }
        ZipArchiveEntry e = entries.get(key(part));
        if (e == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(e)) {
            return in.readAllBytes();
        }
    }

    private Document xml(String part) throws IOException {
        byte[] b = bytes(part);
        return b == null ? null : PackageXml.parse(b);
    }

    private boolean contains(String part, String ascii) throws IOException {
        return new String(bytes(part), StandardCharsets.ISO_8859_1).contains(ascii);
    }

    /** The text of a sheet's A1 cell ("" when blank or a number): how an old review sheet is known. */
    private String a1Text(String part) throws IOException {
        try {
            XMLStreamReader x = STAX.get().createXMLStreamReader(new ByteArrayInputStream(bytes(part)));
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (x.getLocalName()) {
                    case "row" -> {
                        String r = x.getAttributeValue(null, "r");
                        if (r != null && !r.strip().equals("1")) {
                            return "";
                        }
                    }
                    case "c" -> {
                        String r = x.getAttributeValue(null, "r");
                        if (r != null && !r.strip().equalsIgnoreCase("A1")) {
                            return "";
                        }
                        String type = x.getAttributeValue(null, "t");
                        String value = cellValue(x);
                        if ("s".equals(type)) {
                            int i = Integer.parseInt(value.strip());
                            List<String> strings = sharedStrings();
                            return i < strings.size() ? strings.get(i) : "";
                        }
                        return "str".equals(type) || "inlineStr".equals(type) ? value : "";
                    }
                    default -> {
                    }
                }
            }
            return "";
        } catch (XMLStreamException | NumberFormatException e) {
            throw new IOException("工作表 " + part + " 无法读取：" + e.getMessage(), e);
        }
    }

    /** The text of the current cell's value or inline string, up to the cell's end. */
    private static String cellValue(XMLStreamReader x) throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        int depth = 1;
        boolean inPhonetic = false;
        while (depth > 0 && x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                inPhonetic |= "rPh".equals(x.getLocalName());
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if ("rPh".equals(x.getLocalName())) {
                    inPhonetic = false;
                }
            } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) && !inPhonetic) {
                b.append(x.getText());
            }
        }
        return b.toString();
    }

    private List<String> sharedStrings() throws IOException, XMLStreamException {
        if (sharedStrings != null) {
            return sharedStrings;
        }
        sharedStrings = new ArrayList<>();
        String part = existing("xl/sharedStrings.xml");
        if (part == null) {
            return sharedStrings;
        }
        XMLStreamReader x = STAX.get().createXMLStreamReader(new ByteArrayInputStream(bytes(part)));
        while (x.hasNext()) {
            if (x.next() == XMLStreamConstants.START_ELEMENT && "si".equals(x.getLocalName())) {
                sharedStrings.add(cellValue(x));
            }
        }
        return sharedStrings;
    }

    // ---- writing

    /** Writes the copy: the changed and new parts, the others copied still compressed. */
    void writeTo(OutputStream out) throws IOException {
        ZipArchiveOutputStream z = new ZipArchiveOutputStream(out);
        z.setLevel(java.util.zip.Deflater.BEST_SPEED);
        for (ZipArchiveEntry e : java.util.Collections.list(zip.getEntriesInPhysicalOrder())) {
            String k = key(e.getName());
            if (removed.contains(k)) {
                continue;
            }
            byte[] content = replaced.get(k);
            if (content == null) {
                try (InputStream raw = zip.getRawInputStream(e)) {
                    z.addRawArchiveEntry(e, raw);
                }
            } else {
                put(z, e.getName(), content);
            }
        }
        for (Map.Entry<String, byte[]> a : added.entrySet()) {
            put(z, a.getKey(), a.getValue());
        }
        z.finish();
    }

    private static void put(ZipArchiveOutputStream z, String name, byte[] content) throws IOException {
        ZipArchiveEntry e = new ZipArchiveEntry(name);
        e.setMethod(ZipEntry.DEFLATED);
        e.setTime(System.currentTimeMillis());
        z.putArchiveEntry(e);
        z.write(content);
        z.closeArchiveEntry();
    }
}
