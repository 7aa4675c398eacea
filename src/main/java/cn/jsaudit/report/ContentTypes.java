package cn.jsaudit.report;

import static cn.jsaudit.report.PackageXml.CONTENT_TYPES;
import static cn.jsaudit.report.PackageXml.children;

import java.io.IOException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The package's [Content_Types].xml: the type of each part, by override or by extension. */
final class ContentTypes {

    static final String PART = "[Content_Types].xml";
    static final String WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    static final String COMMENTS = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
    static final String VML = "application/vnd.openxmlformats-officedocument.vmlDrawing";

    private final Document doc;

    private ContentTypes(Document doc) {
        this.doc = doc;
    }

    /** The package's content types; null when it has none. */
    static ContentTypes of(CopiedPackage parts) throws IOException {
        Document doc = parts.xml(PART);
        return doc == null ? null : new ContentTypes(doc);
    }

    void override(String part, String type) {
        Element root = doc.getDocumentElement();
        Element o = doc.createElementNS(CONTENT_TYPES, "Override");
        o.setAttributeNS(null, "PartName", "/" + part);
        o.setAttributeNS(null, "ContentType", type);
        root.appendChild(o);
    }

    void removeOverride(String part) {
        for (Element o : children(doc.getDocumentElement(), "Override")) {
            if (o.getAttribute("PartName").equalsIgnoreCase("/" + part)) {
                o.getParentNode().removeChild(o);
            }
        }
    }

    /** Gives parts with this extension a type, unless the extension has one. */
    void defaultType(String extension, String type) {
        Element root = doc.getDocumentElement();
        for (Element d : children(root, "Default")) {
            if (d.getAttribute("Extension").equalsIgnoreCase(extension)) {
                return;
            }
        }
        Element d = doc.createElementNS(CONTENT_TYPES, "Default");
        d.setAttributeNS(null, "Extension", extension);
        d.setAttributeNS(null, "ContentType", type);
        root.insertBefore(d, root.getFirstChild());
    }

    void save(CopiedPackage parts) throws IOException {
        parts.replace(PART, PackageXml.write(doc));
    }
}
