package cn.jsaudit.report;

import static cn.jsaudit.report.PackageXml.REL;

import com.fasterxml.aalto.evt.EventAllocatorImpl;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.Namespace;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import javax.xml.stream.util.XMLEventAllocator;
import org.apache.poi.ss.util.CellReference;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.XMLStreamWriter2;
import org.codehaus.stax2.evt.XMLEvent2;

/**
 * Rewrites one worksheet of the copy: no longer the selected tab (the 审核结果 sheet is), and each marked cell
 * filled with its severity's color over its own style and commented. The sheet streams from the package's parser to
 * a writer, every event copied as read except what marking changes: the sheet views' tabSelected, the style of each
 * marked cell, the rows and cells a mark needs that the sheet lacks (a row given a new cell loses its spans hint,
 * which the cell may widen), and the legacyDrawing naming the comment boxes. A part with a DOCTYPE is refused.
 */
final class MarkedSheet {

    /** Worksheet children the schema puts after legacyDrawing: a new one goes before the first of them. */
    private static final Set<String> AFTER_LEGACY_DRAWING = Set.of("legacyDrawingHF", "drawingHF", "picture", "oleObjects",
            "controls", "webPublishItems", "tableParts", "extLst");
    private static final QName S = new QName("s");

    private final String part;
    private final XMLStreamReader2 in;
    private final XMLStreamWriter2 out;
    /** Events are made only of a marked row's, and of the few tags rewritten. */
    private final XMLEventAllocator events = EventAllocatorImpl.getFastInstance().newInstance();
    private final CopyStyles styles;
    /** The marks not yet written, in row and column order; null when the sheet only loses its selection. */
    private final Iterator<Map.Entry<Long, CellMarks.Mark>> pending;
    private Map.Entry<Long, CellMarks.Mark> next;
    /** Writes the marked cells' comments once the sheet's legacyDrawing is known; null when the sheet is unmarked. */
    private final CellComments comments;
    private final LinkedHashMap<Long, CellMarks.Mark> marks;

    /** Where the parser is: the worksheet child it is in, whether in the first sheetData, the last row's index. */
    private String inChild = "";
    private boolean inData;
    private boolean sawData;
    private boolean legacyDone;
    private int previousRow = -1;
    private String rootPrefix = "";
    private String rootNs = "";
    private String rootRelPrefix;
    private String dataPrefix = "";
    private String dataNs = "";

    private MarkedSheet(String part, XMLStreamReader2 in, XMLStreamWriter2 out, LinkedHashMap<Long, CellMarks.Mark> marks,
            CopyStyles styles, CellComments comments) {
        this.part = part;
        this.in = in;
        this.out = out;
        this.styles = styles;
        this.marks = marks;
        this.pending = marks == null ? null : new TreeMap<>(marks).entrySet().iterator();
        this.next = pending != null && pending.hasNext() ? pending.next() : null;
        this.comments = marks == null ? null : comments;
    }

    /** Rewrites the sheet; {@code marks} null when it only loses its selection. */
    static void rewrite(CopiedPackage parts, String part, LinkedHashMap<Long, CellMarks.Mark> marks, CopyStyles styles,
            CellComments comments) throws IOException, XlsxAnnotation.Unsupported {
        byte[] original = parts.bytes(part);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(original.length + 4096);
        try {
            XMLStreamReader2 in = parts.parser(original);
            XMLStreamWriter2 out = parts.writer(bytes);
            new MarkedSheet(part, in, out, marks, styles, comments).copy(bytes);
            out.close();
            in.close();
        } catch (XMLStreamException e) {
            throw new IOException("工作表 " + part + " 无法解析：" + e.getMessage(), e);
        }
        parts.replace(part, bytes.toByteArray());
    }

    private void copy(ByteArrayOutputStream bytes) throws XMLStreamException, IOException, XlsxAnnotation.Unsupported {
        int depth = 0;
        for (int ev = in.getEventType(); ; ev = in.next()) {
            switch (ev) {
                case XMLStreamConstants.START_DOCUMENT -> bytes.writeBytes(declaration().getBytes(StandardCharsets.US_ASCII));
                case XMLStreamConstants.DTD -> throw new IOException("工作表 " + part + " 含 DOCTYPE 声明，不予解析");
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    if (start(depth)) {
                        depth--; // the element was read to its end
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    end(depth);
                    depth--;
                }
                default -> out.copyEventFromReader(in, false);
            }
            if (!in.hasNext()) {
                return;
            }
        }
    }

    /** The XML declaration as Excel writes it: UTF-8 (the writer's encoding) and the original's standalone. */
    private String declaration() {
        String standalone = in.standaloneSet() ? (in.isStandalone() ? " standalone=\"yes\"" : " standalone=\"no\"") : "";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"" + standalone + "?>\r\n";
    }

    /** Handles a start tag; true when the whole element was read and written. */
    private boolean start(int depth) throws XMLStreamException, IOException, XlsxAnnotation.Unsupported {
        String local = in.getLocalName();
        if (depth == 1) {
            rootPrefix = in.getPrefix();
            rootNs = in.getNamespaceURI();
            rootRelPrefix = relPrefix();
        } else if (depth == 2) {
            inChild = local;
            if (local.equals("sheetData") && !sawData) {
                inData = sawData = true;
                dataPrefix = in.getPrefix();
                dataNs = in.getNamespaceURI();
            } else if (local.equals("legacyDrawing") && comments != null && !legacyDone) {
                legacyDone = true;
                String id = in.getAttributeValue(REL, "id");
                String to = comments.write(part, id == null ? "" : id, marks);
                if (to != null) {
                    start(tag(), REL, "id", to, relPrefix());
                    return false;
                }
            } else if (AFTER_LEGACY_DRAWING.contains(local)) {
                legacyBefore();
            }
        } else if (depth == 3 && inChild.equals("sheetViews") && local.equals("sheetView")) {
            start(tag(), "", "tabSelected", null, null);
            return false;
        } else if (depth == 3 && inData && local.equals("row") && next != null) {
            int r = index(in.getAttributeValue("", "r"), true, previousRow);
            previousRow = r;
            while (next != null && CellMarks.row(next.getKey()) < r) {
                newRow();
            }
            if (next != null && CellMarks.row(next.getKey()) == r) {
                markedRow(r);
                return true;
            }
        }
        out.copyEventFromReader(in, false);
        return false;
    }

    private void end(int depth) throws XMLStreamException, IOException, XlsxAnnotation.Unsupported {
        if (depth == 2 && inData) {
            inData = false;
            while (next != null) {
                newRow();
            }
        } else if (depth == 1 && comments != null) {
            if (!sawData) {
                throw new XlsxAnnotation.Unsupported("worksheet without sheetData: " + part);
            }
            legacyBefore();
        }
        out.copyEventFromReader(in, false);
    }

    /** Writes the comments when the sheet has no legacyDrawing before this point, adding one if they need it. */
    private void legacyBefore() throws XMLStreamException, IOException, XlsxAnnotation.Unsupported {
        if (comments == null || legacyDone) {
            return;
        }
        legacyDone = true;
        String to = comments.write(part, null, marks);
        if (to != null) {
            out.writeStartElement(rootPrefix, "legacyDrawing", rootNs);
            relationshipId(to, rootRelPrefix);
            out.writeEndElement();
        }
    }

    /** A row of marks the sheet lacks: the row of the next mark, with a cell for each of its marks. */
    private void newRow() throws XMLStreamException {
        int r = CellMarks.row(next.getKey());
        out.writeStartElement(dataPrefix, "row", dataNs);
        out.writeAttribute("r", String.valueOf(r + 1));
        while (next != null && CellMarks.row(next.getKey()) == r) {
            newCell(dataPrefix, dataNs, next);
            advance();
        }
        out.writeEndElement();
    }

    private void newCell(String prefix, String ns, Map.Entry<Long, CellMarks.Mark> m) throws XMLStreamException {
        out.writeStartElement(prefix, "c", ns);
        out.writeAttribute("r", new CellReference(CellMarks.row(m.getKey()), CellMarks.column(m.getKey())).formatAsString(false));
        out.writeAttribute("s", String.valueOf(styles.filled(0, m.getValue().severity)));
        out.writeEndElement();
    }

    private void advance() {
        next = pending.hasNext() ? pending.next() : null;
    }

    /**
     * The row of the next marks, read whole (a row is a few dozen cells): whether it lacks a marked cell decides its
     * start tag (the spans hint goes), which comes before its cells.
     */
    private void markedRow(int r) throws XMLStreamException {
        StartElement row = tag();
        List<XMLEvent> body = new ArrayList<>();
        List<Integer> cellAt = new ArrayList<>(); // index in body of each cell's start tag
        int previous = -1;
        List<Integer> columns = new ArrayList<>();
        for (int depth = 0; ; ) {
            int ev = in.next();
            if (ev == XMLStreamConstants.END_ELEMENT && depth == 0) {
                break;
            }
            XMLEvent e = events.allocate(in);
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (depth == 0 && in.getLocalName().equals("c")) {
                    previous = index(in.getAttributeValue("", "r"), false, previous);
                    cellAt.add(body.size());
                    columns.add(previous);
                }
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
            body.add(e);
        }
        // each mark styles the first cell at its column, or is a new cell before the first cell beyond it
        List<Map.Entry<Long, CellMarks.Mark>> marked = new ArrayList<>();
        while (next != null && CellMarks.row(next.getKey()) == r) {
            marked.add(next);
            advance();
        }
        Map.Entry<Long, CellMarks.Mark>[] styled = newArray(columns.size());
        List<List<Map.Entry<Long, CellMarks.Mark>>> before = new ArrayList<>();
        for (int k = 0; k <= columns.size(); k++) {
            before.add(null);
        }
        boolean grows = false;
        for (Map.Entry<Long, CellMarks.Mark> m : marked) {
            int c = CellMarks.column(m.getKey());
            int k = 0;
            while (k < columns.size() && columns.get(k) < c) {
                k++;
            }
            if (k < columns.size() && columns.get(k) == c) {
                styled[k] = m;
            } else {
                if (before.get(k) == null) {
                    before.set(k, new ArrayList<>());
                }
                before.get(k).add(m);
                grows = true;
            }
        }
        if (grows) {
            start(row, "", "spans", null, null);
        } else {
            write(row);
        }
        String prefix = row.getName().getPrefix();
        String ns = row.getName().getNamespaceURI();
        for (int i = 0, k = 0; i < body.size(); i++) {
            if (k < cellAt.size() && cellAt.get(k) == i) {
                newCells(before.get(k), prefix, ns);
                Map.Entry<Long, CellMarks.Mark> m = styled[k];
                if (m != null) {
                    StartElement cell = body.get(i).asStartElement();
                    Attribute s = cell.getAttributeByName(S);
                    int own = s == null ? 0 : Integer.parseInt(s.getValue().strip());
                    start(cell, "", "s", String.valueOf(styles.filled(own, m.getValue().severity)), null);
                } else {
                    write(body.get(i));
                }
                k++;
            } else {
                write(body.get(i));
            }
        }
        newCells(before.get(columns.size()), prefix, ns);
        out.copyEventFromReader(in, false); // the row's end
    }

    @SuppressWarnings("unchecked")
    private static Map.Entry<Long, CellMarks.Mark>[] newArray(int n) {
        return new Map.Entry[n];
    }

    private void newCells(List<Map.Entry<Long, CellMarks.Mark>> marks, String prefix, String ns) throws XMLStreamException {
        if (marks != null) {
            for (Map.Entry<Long, CellMarks.Mark> m : marks) {
                newCell(prefix, ns, m);
            }
        }
    }

    /** Zero-based row (or column) an r attribute names; one without it follows the {@code previous} row (or cell). */
    private static int index(String r, boolean row, int previous) {
        String ref = r == null ? "" : r.strip();
        if (ref.isEmpty()) {
            return previous + 1;
        }
        return row ? Integer.parseInt(ref) - 1 : column(ref);
    }

    /** The column of a cell reference such as B7 read from its letters (POI's parser costs a few regular expressions). */
    private static int column(String ref) {
        int col = 0;
        int i = 0;
        while (i < ref.length() && i < 3 && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
            col = col * 26 + ref.charAt(i) - 'A' + 1;
            i++;
        }
        boolean digits = i > 0 && i < ref.length();
        for (int j = i; j < ref.length() && digits; j++) {
            digits = ref.charAt(j) >= '0' && ref.charAt(j) <= '9';
        }
        return digits ? col - 1 : new CellReference(ref).getCol();
    }

    private StartElement tag() throws XMLStreamException {
        return events.allocate(in).asStartElement();
    }

    private void write(XMLEvent e) throws XMLStreamException {
        ((XMLEvent2) e).writeUsing(out);
    }

    /**
     * Writes {@code tag} with its attribute {@code name} (in namespace {@code ns}, "" for none) set to {@code value},
     * or without it when {@code value} is null; {@code relPrefix} is the prefix bound to the relationships namespace
     * there (for r:id).
     */
    private void start(StartElement tag, String ns, String name, String value, String relPrefix) throws XMLStreamException {
        QName q = tag.getName();
        out.writeStartElement(q.getPrefix(), q.getLocalPart(), q.getNamespaceURI());
        for (Iterator<Namespace> it = tag.getNamespaces(); it.hasNext(); ) {
            Namespace n = it.next();
            if (n.isDefaultNamespaceDeclaration()) {
                out.writeDefaultNamespace(n.getNamespaceURI());
            } else {
                out.writeNamespace(n.getPrefix(), n.getNamespaceURI());
            }
        }
        for (Iterator<Attribute> it = tag.getAttributes(); it.hasNext(); ) {
            Attribute a = it.next();
            QName n = a.getName();
            if (n.getLocalPart().equals(name) && n.getNamespaceURI().equals(ns)) {
                continue;
            }
            if (n.getPrefix().isEmpty()) {
                out.writeAttribute(n.getLocalPart(), a.getValue());
            } else {
                out.writeAttribute(n.getPrefix(), n.getNamespaceURI(), n.getLocalPart(), a.getValue());
            }
        }
        if (value == null) {
            return;
        }
        if (ns.isEmpty()) {
            out.writeAttribute(name, value);
        } else {
            relationshipId(value, relPrefix);
        }
    }

    /** Writes r:id on the open start tag, declaring the prefix r when none is bound to the relationships namespace. */
    private void relationshipId(String id, String relPrefix) throws XMLStreamException {
        String prefix = relPrefix;
        if (prefix == null) {
            prefix = "r";
            out.writeNamespace(prefix, REL);
        }
        out.writeAttribute(prefix, REL, "id", id);
    }

    /** The prefix bound to the relationships namespace where the parser is (null when none, or only the default). */
    private String relPrefix() {
        String p = in.getNamespaceContext().getPrefix(REL);
        return p == null || p.isEmpty() ? null : p;
    }
}
