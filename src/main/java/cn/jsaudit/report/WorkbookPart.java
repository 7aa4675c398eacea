package cn.jsaudit.report;

import static cn.jsaudit.report.PackageXml.MAIN;
import static cn.jsaudit.report.PackageXml.REL;
import static cn.jsaudit.report.PackageXml.child;
import static cn.jsaudit.report.PackageXml.children;
import static cn.jsaudit.report.PackageXml.element;

import cn.jsaudit.model.ReviewSheet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The copy's workbook part and its relationships: the sheet list, defined names and views the annotation edits. */
final class WorkbookPart {

    /** Workbook children the schema puts after definedNames. */
    private static final List<String> AFTER_DEFINED_NAMES = List.of("calcPr", "oleSize", "customWorkbookViews", "pivotCaches",
            "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst");

    private final String name;
    private final Document doc;
    private final Element root;
    private final Element sheetsElement;
    private final String relsName;
    private final Document rels;
    private final Map<String, Element> relsById;
    private final List<WorkbookSheet> sheets = new ArrayList<>();

    private WorkbookPart(CopiedPackage parts, String name) throws IOException, XlsxAnnotation.Unsupported {
        this.name = name;
        doc = parts.xml(name);
        if (doc == null || !MAIN.equals(doc.getDocumentElement().getNamespaceURI())) {
            throw new XlsxAnnotation.Unsupported("not a transitional SpreadsheetML workbook");
        }
        relsName = PartNames.relsOf(name);
        rels = parts.xml(relsName);
        if (rels == null) {
            throw new XlsxAnnotation.Unsupported("workbook without relationships");
        }
        root = doc.getDocumentElement();
        sheetsElement = child(root, "sheets");
        if (sheetsElement == null) {
            throw new XlsxAnnotation.Unsupported("workbook without sheets");
        }
        relsById = Relationships.byId(rels);
        for (Element s : children(sheetsElement, "sheet")) {
            Element rel = relsById.get(s.getAttributeNS(REL, "id"));
            String part = rel == null ? null : parts.existing(PartNames.resolve(name, rel.getAttribute("Target")));
            sheets.add(new WorkbookSheet(s.getAttribute("name"), s, part));
        }
    }

    /** The package's workbook: the part its officeDocument relationship names. */
    static WorkbookPart of(CopiedPackage parts) throws IOException, XlsxAnnotation.Unsupported {
        Document packageRels = parts.xml("_rels/.rels");
        if (packageRels != null) {
            for (Element r : Relationships.byId(packageRels).values()) {
                if (r.getAttribute("Type").endsWith("/officeDocument")) {
                    String part = parts.existing(PartNames.resolve("", r.getAttribute("Target")));
                    if (part != null) {
                        return new WorkbookPart(parts, part);
                    }
                }
            }
        }
        throw new XlsxAnnotation.Unsupported("no workbook part");
    }

    /** The sheets in workbook order. */
    List<WorkbookSheet> sheets() {
        return sheets;
    }

    /** The styles part (null when the workbook has none). */
    String stylesPart(CopiedPackage parts) {
        return Relationships.target(parts, name, relsById, REL + "/styles");
    }

    /** A returned workbook's old 审核结果 list is replaced: its explanations now travel on the findings themselves. */
    void removeOldReviewSheets(CopiedPackage parts, ContentTypes types) throws IOException {
        FirstCellText a1 = new FirstCellText(parts);
        for (int i = sheets.size() - 1; i >= 0; i--) {
            WorkbookSheet s = sheets.get(i);
            if (!ReviewSheet.is(s.name(), s.part() == null ? "" : a1.of(s.part()))) {
                continue;
            }
            s.element().getParentNode().removeChild(s.element());
            Element rel = relsById.remove(s.element().getAttributeNS(REL, "id"));
            if (rel != null) {
                rel.getParentNode().removeChild(rel);
            }
            if (s.part() != null) {
                parts.remove(s.part());
                parts.remove(PartNames.relsOf(s.part()));
                types.removeOverride(s.part());
            }
            shiftLocalSheetIds(i, -1);
            sheets.remove(i);
        }
    }

    /** Puts the 审核结果 sheet (part {@code part}, {@code findings} rows under its header) first and selects it. */
    void addReviewSheetFirst(String part, int findings) {
        String rId = Relationships.add(rels, REL + "/worksheet", PartNames.relative(name, part));
        Element review = element(sheetsElement, "sheet");
        review.setAttributeNS(null, "name", ReviewSheet.NAME);
        review.setAttributeNS(null, "sheetId", String.valueOf(nextSheetId()));
        PackageXml.setRelationshipId(review, rId);
        sheetsElement.insertBefore(review, sheetsElement.getFirstChild());
        shiftLocalSheetIds(-1, 1);
        filterName(findings);
        Element views = child(root, "bookViews");
        if (views != null) {
            for (Element v : children(views, "workbookView")) {
                v.setAttributeNS(null, "activeTab", "0");
                v.setAttributeNS(null, "firstSheet", "0");
            }
        }
    }

    void save(CopiedPackage parts) throws IOException {
        parts.replace(name, PackageXml.write(doc));
        parts.replace(relsName, PackageXml.write(rels));
    }

    /**
     * Defined names local to a sheet carry its position: when the sheet at {@code at} goes ({@code by} -1) its
     * names go and later sheets' names move down; {@code at} -1 with {@code by} 1 moves all up for a sheet put first.
     */
    private void shiftLocalSheetIds(int at, int by) {
        Element names = child(root, "definedNames");
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
    private void filterName(int findings) {
        Element names = child(root, "definedNames");
        if (names == null) {
            names = element(root, "definedNames");
            PackageXml.insertBefore(root, names, AFTER_DEFINED_NAMES);
        }
        Element filter = element(names, "definedName");
        filter.setAttributeNS(null, "name", "_xlnm._FilterDatabase");
        filter.setAttributeNS(null, "localSheetId", "0");
        filter.setAttributeNS(null, "hidden", "1");
        filter.setTextContent("'" + ReviewSheet.NAME + "'!$A$1:$" + CellReference.convertNumToColString(ReviewSheet.COLUMNS.size() - 1)
                + "$" + (findings + 1));
        names.insertBefore(filter, names.getFirstChild());
    }

    private int nextSheetId() {
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
}
