package cn.jsaudit.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Parsing and writing the XML parts of a package the annotated copy rewrites (no DTDs, no external entities). */
final class PackageXml {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";

    /** Parser per thread: the JDK does not promise that it is safe to share. */
    private static final ThreadLocal<DocumentBuilder> PARSER = ThreadLocal.withInitial(() -> {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            // every node of a parsed part is visited when it is written back: building them at once costs less
            f.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    });

    private PackageXml() {
    }

    static Document parse(byte[] xml) throws IOException {
        try {
            DocumentBuilder b = PARSER.get();
            b.reset();
            return b.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            throw new IOException("XML 部件无法解析：" + e.getMessage(), e);
        }
    }

    static byte[] write(Document doc) {
        return XmlPartWriter.write(doc);
    }

    /** The element children of {@code parent} with this local name, in order. */
    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** A new element in the namespace and with the prefix of {@code like} (a sibling or parent to be). */
    static Element element(Element like, String localName) {
        String prefix = like.getPrefix();
        return like.getOwnerDocument().createElementNS(like.getNamespaceURI(), prefix == null ? localName : prefix + ":" + localName);
    }

    /**
     * Inserts {@code e} as a child of {@code parent} before its first child named one of {@code followers} (the
     * elements the schema's sequence puts after it), else at the end.
     */
    static void insertBefore(Element parent, Element e, List<String> followers) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && followers.contains(c.getLocalName())) {
                parent.insertBefore(e, n);
                return;
            }
        }
        parent.appendChild(e);
    }

    /** Sets r:id (the relationships namespace) on {@code e}, declaring the prefix when the document has none. */
    static void setRelationshipId(Element e, String id) {
        String prefix = e.lookupPrefix(REL);
        if (prefix == null) {
            prefix = "r";
            e.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:r", REL);
        }
        e.setAttributeNS(REL, prefix + ":id", id);
    }

    /** Text for XML content or attribute values, {@link #cellText} and with markup characters escaped. */
    static String escape(String s) {
        String t = cellText(s);
        StringBuilder b = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Cell or comment text with the characters XML cannot hold (carriage return, controls) as Excel's _xHHHH_. */
    static String cellText(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c < 0x20 && c != '\n' && c != '\t' || c == 0xFFFE || c == 0xFFFF;
            if (bad && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (bad) {
                    b.append(String.format("_x%04X_", (int) c));
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }
}
