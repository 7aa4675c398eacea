package cn.jsaudit.report;

import cn.jsaudit.model.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    private final CopiedPackage parts;
    private final ContentTypes types;

    private XlsxAnnotation(CopiedPackage parts) throws IOException, Unsupported {
        this.parts = parts;
        types = ContentTypes.of(parts);
        if (types == null) {
            throw new Unsupported("no [Content_Types].xml");
        }
    }

    /** Opens the package; {@link #annotate} then prepares every changed part in memory, {@link #writeTo} writes the copy. */
    static XlsxAnnotation open(Path original) throws IOException, Unsupported {
        CopiedPackage parts = CopiedPackage.open(original);
        try {
            return new XlsxAnnotation(parts);
        } catch (IOException | Unsupported | RuntimeException e) {
            parts.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        parts.close();
    }

    /** Marks the findings' cells and makes the 审核结果 sheet, with {@code runNote} under the list. */
    void annotate(List<Finding> findings, String runNote) throws IOException, Unsupported {
        WorkbookPart workbook = WorkbookPart.of(parts);
        List<WorkbookSheet> sheets = workbook.sheets();
        workbook.removeOldReviewSheets(parts, types);

        CopyStyles styles = new CopyStyles(parts, workbook.stylesPart(parts));
        CellComments comments = new CellComments(parts, types);
        Map<Integer, LinkedHashMap<Long, CellMarks.Mark>> marks = CellMarks.of(findings, sheets);
        for (int i = 0; i < sheets.size(); i++) {
            WorkbookSheet s = sheets.get(i);
            LinkedHashMap<Long, CellMarks.Mark> own = marks.get(i);
            if (s.part() != null && (own != null || parts.contains(s.part(), "tabSelected"))) {
                MarkedSheet.rewrite(parts, s.part(), own, styles, comments);
            }
        }

        String reviewPart = parts.freeName("xl/worksheets/sheet", ".xml");
        parts.add(reviewPart, ReviewSheetPart.write(findings, sheets, runNote, styles));
        types.override(reviewPart, ContentTypes.WORKSHEET);
        workbook.addReviewSheetFirst(reviewPart, findings.size());
        styles.save(parts);
        workbook.save(parts);
        Relationships.dropDangling(parts);
        types.save(parts);
    }

    /** Writes the copy: the changed and new parts, the others copied still compressed. */
    void writeTo(OutputStream out) throws IOException {
        parts.writeTo(out);
    }
}
