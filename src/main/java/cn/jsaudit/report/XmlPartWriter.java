package cn.jsaudit.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Writes a parsed part back as UTF-8 XML, as the JDK's identity transformer does (the same bytes on the parts the
 * copy rewrites) without its machinery: namespace declarations first (the element's own prefix first) and only where
 * a binding changes, then the attributes in the DOM's order; a new element in a namespace not yet declared gets its
 * declaration after them.
 */
final class XmlPartWriter {

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    /** Most parts written are small: the builder starts small and grows (16 KiB each, at two bytes a char after the first Chinese one, was a fifth of what a copy allocated). */
    private final StringBuilder out = new StringBuilder(1024).append(DECLARATION);
    /** Prefix ("" for the default namespace) to namespace, one map per open element that declares something. */
    private final List<Map<String, String>> scopes = new ArrayList<>();

    private XmlPartWriter() {
    }

    static byte[] write(Document doc) {
        XmlPartWriter w = new XmlPartWriter();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNextSibling()) {
            w.node(n);
        }
        return w.out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void node(Node n) {
        switch (n.getNodeType()) {
            case Node.ELEMENT_NODE -> element((Element) n);
            case Node.TEXT_NODE -> text(n.getNodeValue());
            case Node.CDATA_SECTION_NODE -> out.append("<![CDATA[").append(n.getNodeValue()).append("]]>");
            case Node.COMMENT_NODE -> out.append("<!--").append(n.getNodeValue()).append("-->");
            case Node.PROCESSING_INSTRUCTION_NODE -> out.append("<?").append(n.getNodeName()).append(' ').append(n.getNodeValue()).append("?>");
            case Node.ENTITY_REFERENCE_NODE -> children(n);
            default -> {
            }
        }
    }

    private void children(Node n) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            node(c);
        }
    }

    private void element(Element e) {
        String name = e.getNodeName();
        out.append('<').append(name);
        int depth = scopes.size();
        Map<String, String> declared = null;
        NamedNodeMap attributes = e.getAttributes();
        int count = attributes.getLength();
        String ns = e.getNamespaceURI();
        int colon = name.indexOf(':');
        String prefix = colon > 0 ? name.substring(0, colon) : "";
        // the element's own prefix is declared first, then the others in the DOM's order
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < count; i++) {
                Attr a = (Attr) attributes.item(i);
                String q = a.getName();
                if (q.equals("xmlns") || q.startsWith("xmlns:")) {
                    String declaredPrefix = q.length() == 5 ? "" : q.substring(6);
                    if (declaredPrefix.equals(prefix) == (pass == 0)) {
                        declared = declare(declared, declaredPrefix, a.getValue());
                    }
                }
            }
        }
        for (int i = 0; i < count; i++) {
            Attr a = (Attr) attributes.item(i);
            String q = a.getName();
            if (q.equals("xmlns") || q.startsWith("xmlns:")) {
                continue;
            }
            String attributeNs = a.getNamespaceURI();
            int attributeColon = q.indexOf(':');
            if (attributeNs != null && !attributeNs.isEmpty() && attributeColon > 0 && !XMLConstants.XML_NS_URI.equals(attributeNs)) {
                declared = declare(declared, q.substring(0, attributeColon), attributeNs);
            }
            out.append(' ').append(q).append("=\"");
            attribute(a.getValue());
            out.append('"');
        }
        if (ns != null) {
            declared = declare(declared, prefix, ns);
        }
        if (e.getFirstChild() == null) {
            out.append("/>");
        } else {
            out.append('>');
            children(e);
            out.append("</").append(name).append('>');
        }
        while (scopes.size() > depth) {
            scopes.remove(scopes.size() - 1);
        }
    }

    /** Writes the declaration when the prefix is not bound to {@code ns} in scope; returns this element's bindings. */
    private Map<String, String> declare(Map<String, String> declared, String prefix, String ns) {
        if (ns.equals(bound(prefix))) {
            return declared;
        }
        if (declared == null) {
            declared = new HashMap<>(4);
            scopes.add(declared);
        }
        declared.put(prefix, ns);
        out.append(prefix.isEmpty() ? " xmlns" : " xmlns:").append(prefix).append("=\"");
        attribute(ns);
        out.append('"');
        return declared;
    }

    private String bound(String prefix) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            String ns = scopes.get(i).get(prefix);
            if (ns != null) {
                return ns;
            }
        }
        return prefix.isEmpty() ? "" : null;
    }

    private void text(String s) {
        escape(s, false);
    }

    private void attribute(String s) {
        escape(s, true);
    }

    /** Markup characters and CR escaped; in an attribute also the quote, and the white space a parser would normalise. */
    private void escape(String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escaped = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '\r' -> "&#13;";
                case '"' -> attribute ? "&quot;" : null;
                case '\n' -> attribute ? "&#10;" : null;
                case '\t' -> attribute ? "&#9;" : null;
                default -> null;
            };
            if (escaped == null) {
                out.append(c);
            } else {
                out.append(escaped);
            }
        }
    }
}
