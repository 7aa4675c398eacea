package cn.jsaudit.report;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import cn.jsaudit.model.Positions;
import cn.jsaudit.model.ReviewSheet;
import cn.jsaudit.model.RunRecord;
import cn.jsaudit.model.ScreeningResult;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an annotated copy of a submitted workbook (.xlsx or .xls): each finding's cells filled by severity
 * (red ERROR, orange WARNING, blue INFO) with a comment holding the messages, and a first sheet 审核结果
 * listing the findings with links to their cells, an empty 单位说明 column for the unit to fill in and send back
 * ({@link ReviewSheet} holds the sheet's name and columns, which the reader of the returned copy finds it by),
 * and under the list the run record with the original's SHA-256. The original is never written; an existing
 * output file is never replaced. An .xlsx copy is written part by part ({@link XlsxAnnotation}: only the parts that
 * change are parsed and written); an .xls, or a package of a kind that writer does not take on, goes through POI's
 * user model, which reads the whole workbook and writes it all back.
 */
public final class WorkbookAnnotator {

    /** Marks jsaudit's part of a cell comment, so that a re-annotated workbook does not repeat old messages. */
    static final String COMMENT_MARK = "【jsaudit 审核】";
    static final int POSITION_COLUMN = ReviewSheet.COLUMNS.indexOf(ReviewSheet.POSITION);

    private final RunRecord run;

    public WorkbookAnnotator(RunRecord run) {
        this.run = run;
    }

    /** Fill color of each severity (indexed colors exist in both .xls and .xlsx). */
    public static short color(Severity s) {
        return switch (s) {
            case ERROR -> IndexedColors.RED.getIndex();
            case WARNING -> IndexedColors.LIGHT_ORANGE.getIndex();
            case INFO -> IndexedColors.PALE_BLUE.getIndex();
        };
    }

    /**
     * Writes the annotated copy of {@code workbook} into {@code dir} as {@code <base>-审核.<ext>} (or with a
     * (2), (3) … suffix when that name is taken) and returns its path.
     */
    public Path annotate(Path workbook, ScreeningResult result, Path dir) throws IOException {
        if (isZip(workbook)) {
            try (XlsxAnnotation copy = XlsxAnnotation.open(workbook)) {
                copy.annotate(result.findings(), runNote(workbook));
                Files.createDirectories(dir);
                return writeNew(dir, workbook.getFileName().toString(), copy::writeTo);
            } catch (XlsxAnnotation.Unsupported e) {
                // a package of a kind the part-by-part writer does not take on: POI's user model writes it
            }
        }
        byte[] original = Files.readAllBytes(workbook);
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(original))) {
            removeOldReviewSheets(wb);
            markCells(wb, result.findings());
            Sheet review = reviewSheet(wb, result.findings());
            review.createRow(review.getLastRowNum() + 2).createCell(0).setCellValue(runNote(workbook));
            Files.createDirectories(dir);
            withoutDanglingRelationships(wb);
            return writeNew(dir, workbook.getFileName().toString(), wb::write);
        }
    }

    /** An .xlsx (or .xlsm …) package: a zip file, whatever its name says; else an .xls or other OLE2 file. */
    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    /**
     * A submitted package may name parts it lacks (a relationship to a shared-strings or calculation-chain part
     * the writer left out); POI reads past them but would write them back, and strict readers refuse such a file.
     * The copy drops them.
     */
    private static void withoutDanglingRelationships(Workbook wb) throws IOException {
        if (!(wb instanceof XSSFWorkbook x)) {
            return;
        }
        try {
            OPCPackage pkg = x.getPackage();
            for (PackagePart part : pkg.getParts()) {
                if (part.isRelationshipPart()) {
                    continue;
                }
                List<String> dangling = new ArrayList<>();
                for (PackageRelationship r : part.getRelationships()) {
                    if (r.getTargetMode() == TargetMode.INTERNAL && pkg.getPart(PackagingURIHelper.createPartName(
                            PackagingURIHelper.resolvePartUri(r.getSourceURI(), r.getTargetURI()))) == null) {
                        dangling.add(r.getId());
                    }
                }
                dangling.forEach(part::removeRelationship);
            }
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private static void removeOldReviewSheets(Workbook wb) {
        // A returned workbook's old list is replaced: its explanations now travel on the findings themselves.
        for (int i = wb.getNumberOfSheets() - 1; i >= 0; i--) {
            Sheet sheet = wb.getSheetAt(i);
            Row first = sheet.getRow(0);
            Cell a1 = first == null ? null : first.getCell(0);
            if (ReviewSheet.is(sheet.getSheetName(), a1 != null && a1.getCellType() == CellType.STRING ? a1.getStringCellValue() : "")) {
                wb.removeSheetAt(i);
            }
        }
    }

    private static void markCells(Workbook wb, List<Finding> findings) {
        // Findings come most severe first, so a cell takes the color of its worst finding.
        Map<Cell, StringBuilder> notes = new LinkedHashMap<>();
        Map<String, CellStyle> styles = new HashMap<>();
        Map<Cell, Severity> colored = new HashMap<>();
        for (Finding f : findings) {
            for (Location l : f.locations()) {
                Cell cell = cellOf(wb, l);
                if (cell == null) {
                    continue;
                }
                if (!colored.containsKey(cell)) {
                    colored.put(cell, f.severity());
                    cell.setCellStyle(filled(wb, cell.getCellStyle(), f.severity(), styles));
                }
                notes.computeIfAbsent(cell, c -> new StringBuilder()).append(noteLine(f));
            }
        }
        CreationHelper helper = wb.getCreationHelper();
        Map<Sheet, Drawing<?>> drawings = new HashMap<>();
        for (Map.Entry<Cell, StringBuilder> e : notes.entrySet()) {
            Cell cell = e.getKey();
            String text = COMMENT_MARK + "\n" + e.getValue().toString().strip();
            Comment old = cell.getCellComment();
            if (old != null) {
                String kept = old.getString().getString();
                int mark = kept.indexOf(COMMENT_MARK);
                String own = (mark >= 0 ? kept.substring(0, mark) : kept).strip();
                old.setString(helper.createRichTextString(own.isEmpty() ? text : own + "\n" + text));
                continue;
            }
            Drawing<?> drawing = drawings.computeIfAbsent(cell.getSheet(), WorkbookAnnotator::drawingOf);
            ClientAnchor anchor = helper.createClientAnchor();
            // POI files a new comment under the anchor's top-left cell: it must be the cell itself, or the comment of
            // the cell to its left lands on a neighbour that has its own ("multiple cell comments in one cell")
            anchor.setCol1(cell.getColumnIndex());
            anchor.setCol2(cell.getColumnIndex() + 5);
            anchor.setRow1(cell.getRowIndex());
            anchor.setRow2(cell.getRowIndex() + 8);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(helper.createRichTextString(text));
            comment.setAuthor("jsaudit");
            cell.setCellComment(comment);
        }
    }

    /** The sheet's existing drawing (keeps its pictures; HSSF's create would drop them), else a new one. */
    private static Drawing<?> drawingOf(Sheet sheet) {
        Drawing<?> d = sheet.getDrawingPatriarch();
        return d != null ? d : sheet.createDrawingPatriarch();
    }

    /** A finding's lines in its cell's comment. */
    static String noteLine(Finding f) {
        String status = f.explanation() == null ? "" : "\n  " + ReviewSheet.REPLY + "：" + f.explanation();
        return "[" + f.severity().label() + "] " + f.rule() + " " + f.message() + status + "\n";
    }

    /** The cell a location names, created when blank; null for text positions or sheets the workbook lacks. */
    private static Cell cellOf(Workbook wb, Location l) {
        if (l.sheet() == null || l.rowIndex() < 0) {
            return null;
        }
        Sheet sheet = wb.getSheet(l.sheet());
        if (sheet == null) {
            return null;
        }
        Row row = sheet.getRow(l.rowIndex());
        if (row == null) {
            row = sheet.createRow(l.rowIndex());
        }
        Cell cell = row.getCell(l.columnIndex());
        return cell != null ? cell : row.createCell(l.columnIndex());
    }

    /** The cell's own style (font, borders, number format) with the severity's fill, shared per combination. */
    private static CellStyle filled(Workbook wb, CellStyle base, Severity s, Map<String, CellStyle> cache) {
        return cache.computeIfAbsent(base.getIndex() + "/" + s, k -> {
            CellStyle style = wb.createCellStyle();
            style.cloneStyleFrom(base);
            style.setFillForegroundColor(color(s));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        });
    }

    /** The run record line under the list; a note in column A, so it is never read back as an explanation. */
    private String runNote(Path workbook) {
        String original = run.inputs().stream().filter(i -> i.path().equals(workbook.toString())).findFirst()
                .map(i -> "；原工作簿 SHA-256 " + i.sha256()).orElse("");
        return "运行记录：jsaudit " + run.version() + "，" + run.time() + "，规则 SHA-256 " + run.rulesSha256() + original;
    }

    private static Sheet reviewSheet(Workbook wb, List<Finding> findings) {
        Sheet sheet = wb.createSheet(ReviewSheet.NAME);
        SheetTable t = new SheetTable(wb, sheet, ReviewSheet.COLUMNS);
        CreationHelper helper = wb.getCreationHelper();
        CellStyle link = linkStyle(wb);
        int n = 1;
        for (Finding f : findings) {
            Row row = t.add(reviewValues(n++, f));
            Location target = f.primaryLocation();
            if (target != null && target.sheet() != null && target.rowIndex() >= 0 && wb.getSheet(target.sheet()) != null) {
                Cell cell = row.getCell(POSITION_COLUMN);
                Hyperlink h = helper.createHyperlink(HyperlinkType.DOCUMENT);
                h.setAddress("'" + target.sheet().replace("'", "''") + "'!" + target.cell());
                cell.setHyperlink(h);
                cell.setCellStyle(link);
            }
        }
        t.finish();
        wb.setSheetOrder(ReviewSheet.NAME, 0);
        for (Sheet s : wb) {
            s.setSelected(false);
        }
        sheet.setSelected(true);
        wb.setActiveSheet(0);
        wb.setFirstVisibleTab(0);
        return sheet;
    }

    /** The {@link ReviewSheet#COLUMNS} of the finding numbered {@code n}; null leaves the cell blank. */
    static List<Object> reviewValues(int n, Finding f) {
        return Arrays.asList(n, f.severity().label(), f.status().label(), f.rule(), f.title(),
                FindingRow.tableName(f.table()), Positions.of(f), f.message(), f.expected(),
                f.actual(), f.difference(), f.quote(), f.explanation());
    }

    private static CellStyle linkStyle(Workbook wb) {
        Font font = wb.createFont();
        font.setUnderline(Font.U_SINGLE);
        font.setColor(IndexedColors.BLUE.getIndex());
        CellStyle style = wb.createCellStyle();
        style.setFont(font);
        return style;
    }

    /** What writes the copy's bytes. */
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes to the first free name; CREATE_NEW makes "never overwrite" hold even against a racing writer. A copy
     * that fails half-way is removed: no file is better than a broken one.
     */
    private static Path writeNew(Path dir, String originalName, Content content) throws IOException {
        int dot = originalName.lastIndexOf('.');
        String base = dot > 0 ? originalName.substring(0, dot) : originalName;
        String ext = dot > 0 ? originalName.substring(dot) : "";
        for (int k = 1; ; k++) {
            Path target = dir.resolve(base + "-审核" + (k == 1 ? "" : "(" + k + ")") + ext);
            if (Files.exists(target)) {
                continue;
            }
            OutputStream file;
            try {
                file = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW);
            } catch (FileAlreadyExistsException e) {
                continue; // taken between the check and the open: try the next suffix
            }
            // buffered: zip writers hand the file a few hundred bytes per call
            try (OutputStream out = new BufferedOutputStream(file, 1 << 16)) {
                content.writeTo(out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(target);
                throw e;
            }
            return target;
        }
    }
}
