package cn.jsaudit.report;

import static cn.jsaudit.report.PackageXml.MAIN;
import static cn.jsaudit.report.PackageXml.REL;
import static cn.jsaudit.report.PackageXml.child;
import static cn.jsaudit.report.PackageXml.children;
import static cn.jsaudit.report.PackageXml.element;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.ss.util.CellReference;
import org.codehaus.stax2.XMLStreamWriter2;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes each marked cell's comment: a new one in the sheet's comments part (made when it has none) with a hidden
 * note box in its VML drawing, or, on a cell with the unit's own comment, the unit's text followed by jsaudit's (an
 * older jsaudit part replaced). Excel wants one author entry per name and a VML shape per new comment.
 */
final class CellComments {

    private static final String AUTHOR = "jsaudit";
    private static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>".getBytes(StandardCharsets.US_ASCII);
    private static final String VML_NAMESPACES = "xmlns:v=\"urn:schemas-microsoft-com:vml\"";
    private static final String SHAPE_TYPE = "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" "
            + "path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/>"
            + "</v:shapetype>";

    private final CopiedPackage parts;
    private final ContentTypes types;

    CellComments(CopiedPackage parts, ContentTypes types) {
        this.parts = parts;
        this.types = types;
    }

    /**
     * Comments the marked cells of a sheet whose legacyDrawing names the relationship {@code legacyId} ("" when it
     * names none, null when the sheet has no legacyDrawing). Returns the relationship the sheet's legacyDrawing must
     * name instead (added when the sheet has none), or null when it stays as it is.
     */
    String write(String sheetPart, String legacyId, LinkedHashMap<Long, CellMarks.Mark> marks) throws IOException, XlsxAnnotation.Unsupported {
        String relsName = PartNames.relsOf(sheetPart);
        Document rels = parts.xml(relsName);
        if (rels == null) {
            rels = Relationships.empty();
        }
        Map<String, Element> byId = Relationships.byId(rels);
        String commentsPart = null;
        for (Element r : byId.values()) {
            if ((REL + "/comments").equals(r.getAttribute("Type"))) {
                commentsPart = parts.existing(PartNames.resolve(sheetPart, r.getAttribute("Target")));
            }
        }
        Document comments = commentsPart == null ? null : parts.xml(commentsPart);
        if (comments == null) {
            commentsPart = parts.freeName("xl/comments", ".xml");
            Relationships.add(rels, REL + "/comments", PartNames.relative(sheetPart, commentsPart));
            types.override(commentsPart, ContentTypes.COMMENTS);
        }
        String vmlPart = null;
        if (legacyId != null) {
            Element r = byId.get(legacyId);
            vmlPart = r == null ? null : parts.existing(PartNames.resolve(sheetPart, r.getAttribute("Target")));
        }
        String vml = vmlPart == null ? null : new String(parts.bytes(vmlPart), StandardCharsets.ISO_8859_1);
        int shapeId = vml == null ? 1024 : lastShapeId(vml);

        StringBuilder shapes = new StringBuilder();
        Map<String, Element> existing = new HashMap<>();
        Element list = null;
        if (comments != null) {
            list = child(comments.getDocumentElement(), "commentList");
            for (Element c : list == null ? List.<Element>of() : children(list, "comment")) {
                existing.put(c.getAttribute("ref").replace("$", "").toUpperCase(Locale.ROOT), c);
            }
        }
        Map<String, String> added = new LinkedHashMap<>(); // the new comments' text by cell
        for (Map.Entry<Long, CellMarks.Mark> m : marks.entrySet()) {
            int r = CellMarks.row(m.getKey());
            int c = CellMarks.column(m.getKey());
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
            added.put(ref, text);
            shapes.append(shape(++shapeId, r, c));
        }
        if (comments == null) {
            parts.add(commentsPart, newPart(added));
        } else {
            parts.replace(commentsPart, PackageXml.write(withComments(comments, added)));
        }

        String legacyTo = null;
        if (vml != null) {
            parts.replace(vmlPart, withShapes(vml, vmlPart, shapes));
        } else {
            vmlPart = parts.freeName("xl/drawings/vmlDrawing", ".vml");
            parts.add(vmlPart, newDrawing(shapeId, shapes));
            types.defaultType("vml", ContentTypes.VML);
            // a legacyDrawing whose drawing is missing points at the new one (its dangling relationship goes)
            legacyTo = Relationships.add(rels, REL + "/vmlDrawing", PartNames.relative(sheetPart, vmlPart));
        }
        parts.put(relsName, PackageXml.write(rels));
        return legacyTo;
    }

    /** A comments part holding {@code added} (text by cell), written as it streams (no document tree to build). */
    private byte[] newPart(Map<String, String> added) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024 + 256 * added.size());
        bytes.writeBytes(DECLARATION);
        try {
            XMLStreamWriter2 out = parts.writer(bytes);
            out.writeStartElement("", "comments", MAIN);
            out.writeDefaultNamespace(MAIN);
            out.writeStartElement("", "authors", MAIN);
            out.writeStartElement("", "author", MAIN);
            out.writeCharacters(AUTHOR);
            out.writeEndElement();
            out.writeEndElement();
            out.writeStartElement("", "commentList", MAIN);
            for (Map.Entry<String, String> a : added.entrySet()) {
                out.writeStartElement("", "comment", MAIN);
                out.writeAttribute("ref", a.getKey());
                out.writeAttribute("authorId", "0");
                out.writeStartElement("", "text", MAIN);
                out.writeStartElement("", "t", MAIN);
                out.writeAttribute("xml", XMLConstants.XML_NS_URI, "space", "preserve");
                out.writeCharacters(PackageXml.cellText(a.getValue()));
                out.writeEndElement();
                out.writeEndElement();
                out.writeEndElement();
            }
            out.writeEndElement();
            out.writeEndElement();
            out.close();
        } catch (XMLStreamException e) {
            throw new IOException("批注部件无法写出：" + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /** The sheet's own comments with {@code added} (text by cell) at the end of their list, by jsaudit. */
    private static Document withComments(Document comments, Map<String, String> added) {
        Element root = comments.getDocumentElement();
        int author = author(root);
        Element list = child(root, "commentList");
        if (list == null) {
            list = element(root, "commentList");
            root.appendChild(list);
        }
        for (Map.Entry<String, String> a : added.entrySet()) {
            Element comment = element(list, "comment");
            comment.setAttributeNS(null, "ref", a.getKey());
            comment.setAttributeNS(null, "authorId", String.valueOf(author));
            list.appendChild(comment);
            setText(comment, a.getValue());
        }
        return comments;
    }

    /** The sheet's own VML drawing with the new shapes before its end (and the note shape type, when it lacks it). */
    private static byte[] withShapes(String vml, String vmlPart, StringBuilder shapes) throws XlsxAnnotation.Unsupported {
        if (!vml.contains(VML_NAMESPACES) || !vml.contains("xmlns:o=\"urn:schemas-microsoft-com:office:office\"")
                || !vml.contains("xmlns:x=\"urn:schemas-microsoft-com:office:excel\"")) {
            throw new XlsxAnnotation.Unsupported("VML drawing of another dialect: " + vmlPart);
        }
        int end = vml.lastIndexOf("</xml>");
        if (end < 0) {
            throw new XlsxAnnotation.Unsupported("VML drawing without </xml>: " + vmlPart);
        }
        String type = vml.contains("\"_x0000_t202\"") ? "" : SHAPE_TYPE;
        return (vml.substring(0, end) + type + shapes + vml.substring(end)).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A VML drawing holding the shapes; its id map claims the blocks of 1,024 shape ids up to {@code lastShapeId}. */
    private static byte[] newDrawing(int lastShapeId, StringBuilder shapes) {
        StringBuilder blocks = new StringBuilder("1");
        for (int b = 2; b <= lastShapeId / 1024; b++) {
            blocks.append(',').append(b);
        }
        return ("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                + "xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\""
                + blocks + "\"/></o:shapelayout>" + SHAPE_TYPE + shapes + "</xml>").getBytes(StandardCharsets.UTF_8);
    }

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

    /** jsaudit's position among the comment authors, added when absent (Excel wants each name once). */
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
}
