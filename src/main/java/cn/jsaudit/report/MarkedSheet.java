package cn.jsaudit.report;

import static cn.jsaudit.report.PackageXml.child;
import static cn.jsaudit.report.PackageXml.children;
import static cn.jsaudit.report.PackageXml.element;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellReference;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Rewrites one worksheet of the copy: no longer the selected tab (the 审核结果 sheet is), and each marked cell
 * filled with its severity's color over its own style and commented.
 */
final class MarkedSheet {

    private MarkedSheet() {
    }

    /** Rewrites the sheet; {@code marks} null when it only loses its selection. */
    static void rewrite(CopiedPackage parts, String part, LinkedHashMap<Long, CellMarks.Mark> marks, CopyStyles styles,
            CellComments comments) throws IOException, XlsxAnnotation.Unsupported {
        Document doc = parts.xml(part);
        Element root = doc.getDocumentElement();
        for (Element views : children(root, "sheetViews")) {
            for (Element v : children(views, "sheetView")) {
                v.removeAttribute("tabSelected");
            }
        }
        if (marks != null) {
            Element data = child(root, "sheetData");
            if (data == null) {
                throw new XlsxAnnotation.Unsupported("worksheet without sheetData: " + part);
            }
            fill(data, new TreeMap<>(marks), styles);
            comments.write(part, root, marks);
        }
        parts.replace(part, PackageXml.write(doc));
    }

    /** Gives each marked cell its severity's fill over its own style, creating the rows and cells it lacks. */
    private static void fill(Element data, TreeMap<Long, CellMarks.Mark> marks, CopyStyles styles) {
        List<Element> rows = children(data, "row");
        int[] rowIndex = indexes(rows, true);
        int at = 0;
        Element row = null;
        int current = -1;
        List<Element> cells = null;
        int[] colIndex = null;
        for (Map.Entry<Long, CellMarks.Mark> m : marks.entrySet()) {
            int r = CellMarks.row(m.getKey());
            int c = CellMarks.column(m.getKey());
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
}
