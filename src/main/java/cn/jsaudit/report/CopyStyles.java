package cn.jsaudit.report;

import static cn.jsaudit.report.PackageXml.MAIN;
import static cn.jsaudit.report.PackageXml.child;
import static cn.jsaudit.report.PackageXml.children;
import static cn.jsaudit.report.PackageXml.element;

import cn.jsaudit.model.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The workbook's styles part with the fills and cell formats the annotated copy adds, each made once. */
final class CopyStyles {

    private final String part;
    private final Document doc;
    private final Element root;
    private final List<Element> xfs;
    private final Map<String, Integer> made = new HashMap<>();

    /** The styles of the part named (null: the workbook has none, which this writer does not take on). */
    CopyStyles(CopiedPackage parts, String part) throws IOException, XlsxAnnotation.Unsupported {
        this.part = part;
        doc = part == null ? null : parts.xml(part);
        if (doc == null) {
            throw new XlsxAnnotation.Unsupported("workbook without styles");
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
    private int once(String key, Function<String, Integer> make) {
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

    void save(CopiedPackage parts) throws IOException {
        parts.replace(part, PackageXml.write(doc));
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
    private static void retag(Element e, Element like) {
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
}
