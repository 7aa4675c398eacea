package cn.jsaudit.ingest;

import cn.jsaudit.ruleapi.Text;
import cn.jsaudit.model.ReviewSheet;
import cn.jsaudit.model.UnitReply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads units' replies (单位, 规则, 位置, 单位说明) from the 审核结果 sheet of a returned workbook, or from an
 * explanations file (.xlsx/.xls or .csv) a reviewer collected or a finding list filled in. The columns are found by
 * the header labels of {@link ReviewSheet}, the contract the writers of those sheets and lists keep.
 */
public final class UnitReplyReader {

    private static final int HEADER_SCAN_ROWS = 6;

    private UnitReplyReader() {
    }

    /** The replies the unit typed into the workbook's 审核结果 sheet; empty when it has none. */
    public static List<UnitReply> fromReviewSheet(WorkbookData wb) {
        for (SheetData sheet : wb.sheets()) {
            if (sheet.isReviewSheet()) {
                return fromRows(rows(new SheetText(sheet)), "");
            }
        }
        return List.of();
    }

    /** The replies in a file given with --explanations. */
    public static List<UnitReply> fromFile(Path file) throws InputProblem {
        String name = file.getFileName().toString().toLowerCase();
        if (name.endsWith(".csv")) {
            try {
                PackageGuard.checkFileSize(file, InputLimits.DEFAULT);
                List<List<String>> rows = CsvText.parse(CsvText.decode(Files.readAllBytes(file))).stream()
                        .map(CsvText.Line::cells).toList();
                return fromRows(rows, null);
            } catch (IOException e) {
                throw new InputProblem(file + "：无法读取说明文件（" + IoMessages.reason(e) + "）", e);
            }
        }
        for (SheetData sheet : Workbooks.read(file).sheets()) {
            List<UnitReply> found = fromRows(rows(new SheetText(sheet)), null);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /**
     * @param fixedUnit the unit every row is for ("" for any), or null to read it from a 单位 column
     */
    private static List<UnitReply> fromRows(List<List<String>> rows, String fixedUnit) {
        for (int h = 0; h < Math.min(HEADER_SCAN_ROWS, rows.size()); h++) {
            List<String> header = rows.get(h).stream().map(Text::compact).toList();
            int rule = header.indexOf(ReviewSheet.RULE);
            int position = header.indexOf(ReviewSheet.POSITION);
            int text = header.contains(ReviewSheet.REPLY) ? header.indexOf(ReviewSheet.REPLY) : header.indexOf(ReviewSheet.OLD_REPLY);
            if (rule < 0 || position < 0 || text < 0) {
                continue;
            }
            int unit = header.indexOf(ReviewSheet.UNIT);
            List<UnitReply> out = new ArrayList<>();
            for (List<String> row : rows.subList(h + 1, rows.size())) {
                String said = at(row, text).strip();
                if (!said.isEmpty() && !at(row, rule).isBlank()) {
                    String u = fixedUnit != null ? fixedUnit : unit < 0 ? "" : at(row, unit).strip();
                    out.add(new UnitReply(u, at(row, rule).strip(), at(row, position).strip(), said));
                }
            }
            return out;
        }
        return List.of();
    }

    private static String at(List<String> row, int i) {
        return i < row.size() && row.get(i) != null ? row.get(i) : "";
    }

    private static List<List<String>> rows(SheetText s) {
        List<List<String>> rows = new ArrayList<>();
        int cols = s.lastColumn(s.lastRow());
        for (int r = 0; r <= s.lastRow(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c <= cols; c++) {
                row.add(s.own(r, c));
            }
            rows.add(row);
        }
        return rows;
    }
}
