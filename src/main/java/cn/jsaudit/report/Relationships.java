package cn.jsaudit.report;

import static cn.jsaudit.report.PackageXml.PACKAGE_REL;
import static cn.jsaudit.report.PackageXml.children;
import static cn.jsaudit.report.PackageXml.element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Reading and editing a relationships (.rels) part. */
final class Relationships {

    private Relationships() {
    }

    static Document empty() throws IOException {
        return PackageXml.parse(("<Relationships xmlns=\"" + PACKAGE_REL + "\"/>").getBytes(StandardCharsets.UTF_8));
    }

    /** The relationships of a .rels document by id. */
    static Map<String, Element> byId(Document rels) {
        Map<String, Element> out = new LinkedHashMap<>();
        for (Element r : children(rels.getDocumentElement(), "Relationship")) {
            out.put(r.getAttribute("Id"), r);
        }
        return out;
    }

    /** The part the first relationship of this type points at, when the copy has it; else null. */
    static String target(CopiedPackage parts, String source, Map<String, Element> rels, String type) {
        for (Element r : rels.values()) {
            if (type.equals(r.getAttribute("Type"))) {
                return parts.existing(PartNames.resolve(source, r.getAttribute("Target")));
            }
        }
        return null;
    }

    /** Adds a relationship with the first free rIdN and returns that id. */
    static String add(Document rels, String type, String target) {
        Set<String> ids = byId(rels).keySet();
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
    static void dropDangling(CopiedPackage parts) throws IOException {
        for (String relsName : parts.originalRelationshipParts()) {
            Document rels = parts.xml(relsName);
            if (rels == null) {
                continue;
            }
            String source = PartNames.sourceOf(relsName);
            boolean changed = false;
            for (Element r : byId(rels).values()) {
                if (!"External".equals(r.getAttribute("TargetMode")) && !r.getAttribute("Target").startsWith("#")
                        && parts.existing(PartNames.resolve(source, r.getAttribute("Target"))) == null) {
                    r.getParentNode().removeChild(r);
                    changed = true;
                }
            }
            if (changed) {
                parts.replace(relsName, PackageXml.write(rels));
            }
        }
    }
}
