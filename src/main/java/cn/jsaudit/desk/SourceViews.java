package cn.jsaudit.desk;

import cn.jsaudit.ingest.InputProblem;
import cn.jsaudit.ingest.SheetData;
import cn.jsaudit.ingest.WorkbookData;
import cn.jsaudit.ingest.Workbooks;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.NarrativeSentence;
import cn.jsaudit.narrative.Narrative;
import cn.jsaudit.narrative.NarrativeException;
import cn.jsaudit.pipeline.RulesFolder;
import cn.jsaudit.pipeline.SubmissionFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * What a finding is about, as the reviewer sees it: the sheet rendered as a grid with the finding's cells marked,
 * or the narrative paragraph with the quoted sentence marked. Read again from the stored files on demand.
 */
final class SourceViews {

    static final int MAX_ROWS = 400;
    static final int MAX_COLUMNS = 40;

    /** A sheet as printed text; {@code marks} are [row, column] pairs (zero-based) of the finding's cells. */
    record Grid(String file, String sheet, int firstRow, List<List<String>> rows, List<int[]> marks, List<int[]> merges,
                boolean cut) {
    }

    /** A narrative's paragraphs as sentences; the marked paragraph and sentence are zero-based, -1 for none. */
    record Text(String file, List<List<String>> paragraphs, int markParagraph, int markSentence) {
    }

    private final RulesFolder folder;

    SourceViews(RulesFolder folder) {
        this.folder = folder;
    }

    /** The file of the submission a location names: the workbook, a performance workbook or the narrative. */
    static Path fileOf(SubmissionFiles files, Location at) {
        return Stream.concat(Stream.of(files.workbook(), files.narrative()), files.performanceWorkbooks().stream())
                .filter(p -> p != null && p.getFileName().toString().equals(at.file())).findFirst()
                .orElse(files.workbook());
    }

    Grid grid(SubmissionFiles files, String sheetName, List<Location> locations) throws InputProblem {
        Path file = fileOf(files, locations.isEmpty() ? new Location(files.name(), sheetName, null) : locations.get(0));
        WorkbookData wb = Workbooks.read(file);
        SheetData sheet = wb.sheets().stream().filter(s -> s.name().equals(sheetName)).findFirst()
                .orElse(wb.sheets().isEmpty() ? null : wb.sheets().get(0));
        if (sheet == null) {
            return new Grid(file.getFileName().toString(), sheetName, 0, List.of(), List.of(), List.of(), false);
        }
        List<int[]> marks = locations.stream().filter(l -> sheet.name().equals(l.sheet()) && l.rowIndex() >= 0)
                .map(l -> new int[] {l.rowIndex(), l.columnIndex()}).toList();
        int lastMarked = marks.stream().mapToInt(m -> m[0]).max().orElse(0);
        // a long sheet is shown from a little above its first marked row, so that the mark is on the page
        int firstMarked = marks.stream().mapToInt(m -> m[0]).min().orElse(0);
        int first = Math.max(0, Math.min(firstMarked - 10, lastMarked - MAX_ROWS + 10));
        first = firstMarked < MAX_ROWS - 10 ? 0 : first;
        int last = Math.min(sheet.lastRow(), first + MAX_ROWS - 1);
        int width = 0;
        for (int r = first; r <= last; r++) {
            width = Math.max(width, sheet.width(r));
        }
        width = Math.min(width, MAX_COLUMNS);
        List<List<String>> rows = new ArrayList<>();
        for (int r = first; r <= last; r++) {
            List<String> row = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                row.add(sheet.printed(r, c));
            }
            rows.add(row);
        }
        List<int[]> merges = new ArrayList<>();
        for (CellRangeAddress m : sheet.merges()) {
            if (m.getFirstRow() >= first && m.getLastRow() <= last && m.getLastColumn() < width) {
                merges.add(new int[] {m.getFirstRow(), m.getFirstColumn(), m.getLastRow(), m.getLastColumn()});
            }
        }
        return new Grid(file.getFileName().toString(), sheet.name(), first, rows, marks, merges,
                last < sheet.lastRow() || first > 0);
    }

    Text text(SubmissionFiles files, Location at, String quote) throws NarrativeException {
        Narrative n = folder.narrative().read(fileOf(files, at));
        Map<Integer, List<String>> byParagraph = new TreeMap<>();
        for (NarrativeSentence s : n.sentences()) {
            byParagraph.computeIfAbsent(s.paragraph(), k -> new ArrayList<>()).add(s.text());
        }
        int paragraph = at.cell() != null && at.cell().matches("第\\d+段")
                ? Integer.parseInt(at.cell().replaceAll("\\D", "")) : -1;
        List<List<String>> paragraphs = new ArrayList<>();
        int count = byParagraph.isEmpty() ? 0 : ((TreeMap<Integer, List<String>>) byParagraph).lastKey();
        for (int p = 1; p <= count; p++) {
            paragraphs.add(byParagraph.getOrDefault(p, List.of()));
        }
        int sentence = -1;
        if (paragraph >= 1 && paragraph <= paragraphs.size() && quote != null) {
            List<String> sentences = paragraphs.get(paragraph - 1);
            for (int i = 0; i < sentences.size() && sentence < 0; i++) {
                if (sentences.get(i).contains(quote) || quote.contains(sentences.get(i))) {
                    sentence = i;
                }
            }
        }
        return new Text(n.file(), paragraphs, paragraph - 1, sentence);
    }
}
