package cn.jsaudit.pdf;

import cn.jsaudit.ingest.SheetData;
import cn.jsaudit.ingest.WorkbookData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A published PDF disclosure as jsaudit reads it: its tables as the sheets of a workbook (one sheet a table, a
 * table continued over a page break joined), its running text as paragraphs, and where on which page every row of
 * every sheet is printed.
 */
public final class PdfDisclosure {

    /** A paragraph of running text: its text, the page it starts on and its number among those starting there. */
    public record Paragraph(String text, int page, int numberOnPage) {
    }

    /** Where one sheet's rows are printed, and the table they came from. */
    record SheetPlaces(String sheet, String title, int[] rowPages, int gridStart) {
    }

    private final String file;
    private final int pages;
    private final List<Integer> scannedPages;
    private final List<Integer> unruledPages;
    private final List<Flow> flow;
    private final Map<PrintedTable, SheetBuilder.Built> sheets = new LinkedHashMap<>();
    private final Map<Integer, List<TextLine>> textByPage = new LinkedHashMap<>();
    private final Map<Integer, Float> widths;

    PdfDisclosure(String file, List<PdfPage> pages, List<Flow> flow) {
        this.file = file;
        this.pages = pages.size();
        this.scannedPages = pages.stream().filter(PdfPage::scanned).map(PdfPage::number).toList();
        this.flow = flow;
        this.unruledPages = flow.stream().filter(f -> f instanceof Flow.Unread).map(Flow::page).distinct().toList();
        this.widths = new LinkedHashMap<>();
        pages.forEach(p -> widths.put(p.number(), p.width()));
        Map<String, Integer> names = new LinkedHashMap<>();
        for (Flow item : flow) {
            if (item instanceof Flow.Table t) {
                String name = uniqueName(names, "第" + t.table().firstPage() + "页 " + title(t.table()));
                sheets.put(t.table(), SheetBuilder.build(name, t.table()));
            } else if (item instanceof Flow.Line l) {
                textByPage.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l.line());
            }
        }
    }

    public String file() {
        return file;
    }

    public int pages() {
        return pages;
    }

    /** Pages of images without a text layer (scans), whose content could not be read. */
    public List<Integer> scannedPages() {
        return scannedPages;
    }

    /** Pages holding rows of a table printed without ruling lines (read as running text, not as a table). */
    public List<Integer> unruledPages() {
        return unruledPages;
    }

    /** The tables, one sheet each, in the order they are printed. */
    public WorkbookData workbook() {
        return new WorkbookData(sheets.values().stream().map(SheetBuilder.Built::sheet).toList());
    }

    /**
     * The running text in reading order, paragraphs rejoined across line and page breaks. The tables the readers took
     * ({@code readSheets}: public tables, performance forms) are no part of it; any other table (a 目录 set as a
     * table, the list of the unit's members) is text too, a paragraph a cell, as a word processor's reader gives it.
     */
    public List<Paragraph> narrative(Set<String> readSheets) {
        Paragraphs paragraphs = new Paragraphs(textByPage, widths);
        for (Flow item : flow) {
            if (item instanceof Flow.Line l) {
                paragraphs.line(l.page(), l.line());
            } else if (item instanceof Flow.Table t) {
                SheetBuilder.Built built = sheets.get(t.table());
                if (readSheets.contains(built.sheet().name())) {
                    paragraphs.interruption();
                } else {
                    cellsAsText(built, paragraphs);
                }
            }
        }
        return paragraphs.paragraphs();
    }

    private static void cellsAsText(SheetBuilder.Built built, Paragraphs paragraphs) {
        SheetData sheet = built.sheet();
        for (int r = 0; r <= sheet.lastRow(); r++) {
            for (int c = 0; c < sheet.width(r); c++) {
                String text = sheet.printed(r, c);
                if (!text.isBlank()) {
                    paragraphs.paragraph(built.rowPages()[r], text);
                }
            }
        }
        paragraphs.interruption();
    }

    /** Where the rows of each sheet are printed. */
    public PdfPlaces places() {
        Map<String, SheetPlaces> bySheet = new LinkedHashMap<>();
        Map<String, SheetData> data = new LinkedHashMap<>();
        sheets.forEach((table, built) -> {
            bySheet.put(built.sheet().name(), new SheetPlaces(built.sheet().name(), title(table), built.rowPages(),
                    built.gridStart()));
            data.put(built.sheet().name(), built.sheet());
        });
        return new PdfPlaces(file, bySheet, data);
    }

    /** The table's title as printed above it: the line in the largest type, else "表格". */
    private static String title(PrintedTable table) {
        TextLine best = null;
        for (TextLine l : table.heading()) {
            if (best == null || l.size() > best.size() + 0.5f) {
                best = l;
            }
        }
        if (best == null) {
            return "表格";
        }
        String t = best.text().replaceAll("\\s+", "");
        return t.length() > 30 ? t.substring(0, 30) + "…" : t;
    }

    private static String uniqueName(Map<String, Integer> names, String name) {
        int n = names.merge(name, 1, Integer::sum);
        return n == 1 ? name : name + "（" + n + "）";
    }
}
