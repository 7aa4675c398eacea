package cn.jsaudit.ingest;

import cn.jsaudit.ruleapi.Text;
import cn.jsaudit.model.Amount;
import cn.jsaudit.model.AmountUnit;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import cn.jsaudit.model.TableInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/** Reads the data rows of one public table into {@link Amount} facts, as its template describes them. */
final class TableReader {

    private static final Pattern CODE = Pattern.compile("\\d{3,7}");
    private static final Pattern CODE_THEN_NAME = Pattern.compile("(\\d{3,7})(\\D.*)");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    /** Beyond this many non-numbers in one table's amount columns, the reading is in doubt, not the cells. */
    private static final int NOT_A_NUMBER_LIMIT = 3;
    /** Letters of the columns tables print in: an address is written for every amount read. */
    private static final String[] LETTERS = IntStream.range(0, 64)
            .mapToObj(CellReference::convertNumToColString).toArray(String[]::new);

    private final String file;
    private final Template template;
    private final TemplateVocabulary vocabulary;
    private final ColumnMatcher matcher;
    /** {@link TemplateVocabulary#keyLabels}: every row's key cells are asked about. */
    private final java.util.Set<String> keyLabels;

    TableReader(String file, Template template, TemplateVocabulary vocabulary) {
        this.file = file;
        this.template = template;
        this.vocabulary = vocabulary;
        this.matcher = new ColumnMatcher(vocabulary);
        this.keyLabels = vocabulary.keyLabels();
    }

    TableContent read(SheetText s, TableHeading heading) {
        TemplateTable table = heading.table();
        String sheet = s.name();
        List<Amount> amounts = new ArrayList<>();
        List<Finding> problems = new ArrayList<>();
        TableLayout layout = TableLayout.of(s, heading, template, vocabulary);
        if (layout == null) {
            problems.add(InputFindings.error(table.name() + "（工作表“" + sheet + "”）：找不到表头（标题以下、数据以上的栏目行），无法读取此表",
                    table.name(), new Location(file, sheet, "A1")));
            return new TableContent(heading, info(table, heading, sheet, 0, null, false), amounts, problems, null, null);
        }
        Rows rows = new Rows();
        boolean notes = false;
        for (int r = layout.firstDataRow(); r <= s.lastRow(); r++) {
            // a row with a code or 行次 is data whatever its words say: its words are not joined
            if (!notes && !hasKey(s, r, layout)) {
                String line = Text.compact(s.rowWords(r));
                notes = !line.isEmpty() && isNote(line, table) && !hasNumber(s, r, layout);
            }
            if (notes) {
                // below the table: notes, among them perhaps the 空表说明
                if (rows.emptyNote == null && isEmptyNote(Text.compact(s.rowWords(r)), table)) {
                    rows.emptyNote = s.rowWords(r);
                }
                continue;
            }
            for (int b = 0; b < layout.blocks().size(); b++) {
                TableLayout.Block block = layout.blocks().get(b);
                TableLayout.Block next = b + 1 < layout.blocks().size() ? layout.blocks().get(b + 1) : null;
                readRow(s, r, layout, heading, block, next, amounts, rows);
            }
        }
        problems.addAll(rows.problems(table, sheet));
        boolean paired = anyPaired(layout, table, rows.paired);
        problems.addAll(unmatched(s, layout, table, sheet, rows.paired, paired));
        // rows whose figures could not be read would fail every identity they enter: the table is not checked
        boolean read = paired && !rows.unreadable();
        if (!read) {
            amounts.clear();
        }
        UnitTypedCells typed = rows.typedWithUnit == 0 ? null : new UnitTypedCells(table.name(), heading.amountUnit(),
                rows.typedWithUnit, rows.typedOtherUnit, rows.typedExample, rows.typedAt);
        return new TableContent(heading, info(table, heading, sheet, rows.printed, rows.emptyNote, read), amounts, problems,
                layout, typed);
    }

    private static TableInfo info(TemplateTable table, TableHeading heading, String sheet, int printed, String emptyNote,
                                  boolean read) {
        return new TableInfo(table.name(), table.role(), heading.title(), sheet, printed, emptyNote, read);
    }

    /** Whether any printed column was paired with the template: if none was, the table is not read at all. */
    private static boolean anyPaired(TableLayout layout, TemplateTable table, java.util.Set<Integer> paired) {
        for (TableLayout.Block b : layout.blocks()) {
            if (!b.amounts().isEmpty() || (table.key().equals("无") && !paired.isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /** What the rows yield besides amounts: cells printed, the 空表说明, and text where an amount belongs. */
    private final class Rows {
        int printed;
        String emptyNote;
        /** The sheet columns paired with a template column on some row (a keyless table pairs row by row). */
        final java.util.Set<Integer> paired = new java.util.HashSet<>();
        /** Per block (by its first column), the 行次 of the last row known by its label. */
        final java.util.Map<Integer, Integer> lastRowNo = new java.util.HashMap<>();
        final List<Location> notANumber = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        /** Amounts typed with their unit ("110.26万元"): read in that unit, said once per workbook. */
        int typedWithUnit;
        int typedOtherUnit;
        String typedExample;
        Location typedAt;

        AmountUnit typedIn(CellValue v, AmountUnit tableUnit, Location where) {
            if (typedWithUnit++ == 0) {
                typedExample = v.text();
                typedAt = where;
            }
            if (v.unit() != tableUnit) {
                typedOtherUnit++;
            }
            return v.unit();
        }

        /** Too many amount cells are not numbers for the table's figures to be checked. */
        boolean unreadable() {
            return notANumber.size() > NOT_A_NUMBER_LIMIT;
        }

        List<Finding> problems(TemplateTable table, String sheet) {
            List<Finding> out = new ArrayList<>();
            if (unreadable()) {
                out.add(InputFindings.of(Severity.WARNING, "读取存疑：" + table.name() + "（工作表“" + sheet + "”）有 "
                        + notANumber.size() + " 个金额单元格不是数字（如 " + String.join("、", texts.subList(0, 3))
                        + "），可能是表头或说明被当成了数据行，或栏目与模板不符；本表的数字未参与审核，请用 jsaudit inspect 查看读取结果",
                        table.name(), notANumber));
                return out;
            }
            for (int i = 0; i < notANumber.size(); i++) {
                Location where = notANumber.get(i);
                out.add(InputFindings.titled(InputFindings.NOT_A_NUMBER, Severity.ERROR, table.name() + "（工作表“" + sheet
                        + "”）单元格 " + where.cell() + "：金额“" + texts.get(i) + "”不是数字", table.name(), where));
            }
            return out;
        }
    }

    /** Printed amount columns the template does not describe: said once, so that nothing is ignored in silence. */
    private List<Finding> unmatched(SheetText s, TableLayout layout, TemplateTable table, String sheet,
                                    java.util.Set<Integer> paired, boolean read) {
        List<String> names = new ArrayList<>();
        for (TableLayout.Block b : layout.blocks()) {
            for (ColumnMatcher.Printed p : b.printed()) {
                if (!paired.contains(p.index()) && holdsAmounts(s, layout, p.index())) {
                    names.add(columnName(layout, p));
                }
            }
        }
        if (!read) {
            return List.of(InputFindings.of(Severity.WARNING, "读取存疑：" + table.name() + "（工作表“" + sheet
                    + "”）的栏目无法与模板“" + template.name() + "”对应，本表未审核；请用 jsaudit inspect 查看读取结果",
                    table.name(), new Location(file, sheet, "A" + (layout.headerStart() + 1))));
        }
        List<Finding> out = new ArrayList<>();
        if (!names.isEmpty()) {
            out.add(InputFindings.of(Severity.INFO, table.name() + "（工作表“" + sheet + "”）有 " + names.size()
                    + " 栏模板“" + template.name() + "”中没有，未参与审核：" + String.join("、", names), table.name(),
                    new Location(file, sheet, "A" + (layout.headerStart() + 1))));
        }
        List<String> hidden = layout.hidden().stream().filter(p -> holdsAmounts(s, layout, p.index()))
                .map(p -> columnName(layout, p)).toList();
        if (!hidden.isEmpty()) {
            out.add(InputFindings.of(Severity.INFO, table.name() + "（工作表“" + sheet + "”）有 " + hidden.size()
                    + " 栏已隐藏（不显示也不打印），按公开的表未读取：" + String.join("、", hidden), table.name(),
                    new Location(file, sheet, "A" + (layout.headerStart() + 1))));
        }
        return out;
    }

    private static String columnName(TableLayout layout, ColumnMatcher.Printed p) {
        return new CellReference(layout.headerEnd(), p.index()).formatAsString(false).replaceAll("\\d", "")
                + "栏“" + (p.label().isEmpty() ? "（无栏名）" : p.label()) + "”";
    }

    private static boolean holdsAmounts(SheetText s, TableLayout layout, int col) {
        for (int r = layout.firstDataRow(); r <= s.lastRow(); r++) {
            CellValue v = AmountParser.read(s.cell(r, col));
            if (v.kind() == CellValue.Kind.NUMBER && v.value().signum() != 0) {
                return true;
            }
        }
        return false;
    }

    private boolean isNote(String line, TemplateTable table) {
        for (String p : vocabulary.notePrefixes()) {
            if (line.startsWith(p)) {
                return true;
            }
        }
        return isEmptyNote(line, table);
    }

    private boolean isEmptyNote(String line, TemplateTable table) {
        for (String phrase : table.emptyNote()) {
            if (line.contains(Text.compact(phrase))) {
                return true;
            }
        }
        for (String phrase : vocabulary.emptyNotes()) {
            if (line.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNumber(SheetText s, int r, TableLayout layout) {
        for (TableLayout.Block b : layout.blocks()) {
            for (ColumnMatcher.Printed p : b.printed()) {
                if (AmountParser.read(s.cell(r, p.index())).kind() == CellValue.Kind.NUMBER) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether any block's key cells on the row hold a code or a 行次 (a data row, even when its text reads like a note). */
    private static boolean hasKey(SheetText s, int r, TableLayout layout) {
        for (TableLayout.Block b : layout.blocks()) {
            for (int c : new int[] {b.codeCol(), b.rowNoCol()}) {
                String t = c >= 0 ? Text.compact(s.own(r, c)) : "";
                if (CODE.matcher(t).matches() || Text.isDigits(t, 1, 3)) {
                    return true;
                }
            }
            for (int c : b.codePartCols()) {
                if (Text.isDigits(Text.compact(s.own(r, c)), 1, 3)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Reads one block of one row. */
    private void readRow(SheetText s, int r, TableLayout layout, TableHeading heading, TableLayout.Block block,
                         TableLayout.Block next, List<Amount> out, Rows rows) {
        TemplateTable table = heading.table();
        String name = block.nameCol() >= 0 ? s.compact(r, block.nameCol()) : "";
        String code = null;
        if (block.codeCol() >= 0) {
            String c = s.compact(r, block.codeCol());
            if (CODE.matcher(c).matches()) {
                code = c;
            } else if (name.isEmpty() && !keyLabels.contains(c)) {
                name = c;
            }
        } else if (!block.codePartCols().isEmpty()) {
            code = joinedCode(s, r, block, layout.firstDataRow());
            String first = s.compact(r, block.codePartCols().get(0));
            if (code == null && name.isEmpty() && !first.isEmpty() && !Text.isDigits(first, 1, Integer.MAX_VALUE)
                    && !keyLabels.contains(first)) {
                name = first; // the 合计 row of a 类/款/项 layout prints its label under 类
            }
        }
        if (keyLabels.contains(name)) {
            name = ""; // a header label printed on a data row (类|款|项 beside 合计)
        }
        if (code == null) {
            Matcher m = CODE_THEN_NAME.matcher(name);
            if (m.matches()) {
                code = m.group(1);
                name = m.group(2);
            }
        }
        Integer rowNo = null;
        if (block.rowNoCol() >= 0) {
            String t = Text.compact(s.own(r, block.rowNoCol()));
            rowNo = Text.isDigits(t, 1, 3) ? Integer.valueOf(t) : null;
        } else if (table.keyedByRowNumber()) {
            rowNo = RowLabels.rowNumber(block.spec(), name, template, rows.lastRowNo.get(block.firstColumn()));
            if (rowNo != null) {
                rows.lastRowNo.put(block.firstColumn(), rowNo);
            }
        }
        if (code == null && rowNo != null && !name.isEmpty()) {
            code = template.classCodeOf(name);
        }
        List<TableLayout.AmountColumn> columns = table.key().equals("无") ? keylessColumns(block, name) : block.amounts();
        columns.forEach(c -> rows.paired.add(c.index()));
        List<CellValue> values = new ArrayList<>();
        boolean allBlank = true;
        for (TableLayout.AmountColumn a : columns) {
            CellValue v = AmountParser.read(s.cell(r, a.index()));
            values.add(v);
            allBlank &= v.kind() == CellValue.Kind.BLANK;
        }
        boolean keyless = name.isEmpty() && code == null && rowNo == null;
        if (allBlank && (keyless || labelBelongsToNextBlock(s, r, block, next))) {
            return;
        }
        String rowName = table.key().equals("无") ? null : name.isEmpty() ? null : name;
        for (int i = 0; i < values.size(); i++) {
            TableLayout.AmountColumn col = columns.get(i);
            CellValue v = values.get(i);
            Location where = new Location(file, s.name(), address(r, col.index()));
            String cellName = code == null && rowName != null && block.spec() != null
                    ? block.spec().cellName(rowName, col.number()) : null;
            String named = cellName != null ? cellName : rowName;
            switch (v.kind()) {
                case NOT_A_NUMBER -> {
                    rows.notANumber.add(where);
                    rows.texts.add(v.text());
                }
                case BLANK -> out.add(new Amount(table.name(), table.role(), block.name(), rowNo, code, named,
                        col.number(), col.label(), BigDecimal.ZERO, BigDecimal.ZERO, where));
                case NUMBER -> {
                    rows.printed++;
                    AmountUnit unit = v.unit() != null ? rows.typedIn(v, heading.amountUnit(), where) : heading.amountUnit();
                    int decimals = Math.max(v.decimals(), unit.usualDecimals());
                    BigDecimal halfStep = unit.toWanYuan(HALF.movePointLeft(decimals));
                    if (unit != heading.amountUnit()) {
                        // 1102600元 in a 万元 table was rounded as the table's figures are: no finer than they
                        halfStep = halfStep.max(heading.amountUnit().toWanYuan(
                                HALF.movePointLeft(heading.amountUnit().usualDecimals())));
                    }
                    out.add(new Amount(table.name(), table.role(), block.name(), rowNo, code, named, col.number(),
                            col.label(), unit.toWanYuan(v.value()), halfStep, where));
                }
                default -> throw new IllegalStateException();
            }
        }
    }

    /** The cell's A1 address, as {@code new CellReference(r, c).formatAsString(false)} writes it. */
    private static String address(int r, int c) {
        return (c < LETTERS.length ? LETTERS[c] : CellReference.convertNumToColString(c)) + (r + 1);
    }

    /**
     * A table keyed by nothing (三公): a row's label, when it has one (预算数, 决算数), heads the path of each
     * column, so that a table printing 预算数 and 决算数 as rows reads like one printing them as column groups.
     */
    private List<TableLayout.AmountColumn> keylessColumns(TableLayout.Block block, String rowLabel) {
        if (block.spec() == null) {
            return List.of();
        }
        List<ColumnMatcher.Printed> printed = block.printed();
        if (!rowLabel.isEmpty()) {
            printed = printed.stream().map(p -> {
                List<String> path = new ArrayList<>(List.of(rowLabel));
                path.addAll(p.path());
                return new ColumnMatcher.Printed(p.index(), path, p.numbering());
            }).toList();
        }
        return matcher.match(block.spec(), printed).stream().map(p -> new TableLayout.AmountColumn(p.printed().index(),
                p.number(), p.label(), p.printed().label(), p.how())).toList();
    }

    /** A label merged across into the next block (06's 公用经费合计) belongs to the block holding its amount. */
    private static boolean labelBelongsToNextBlock(SheetText s, int r, TableLayout.Block block, TableLayout.Block next) {
        if (next == null) {
            return false;
        }
        int keyCol = block.codeCol() >= 0 ? block.codeCol() : block.nameCol();
        CellRangeAddress region = keyCol >= 0 ? s.mergedRegion(r, keyCol) : null;
        return region != null && region.getLastColumn() >= next.firstColumn();
    }

    /** 科目代码 split over 类/款/项 columns; a parent part left blank on a lower row is the one above it. */
    private static String joinedCode(SheetText s, int r, TableLayout.Block block, int firstDataRow) {
        List<Integer> cols = block.codePartCols();
        String[] parts = new String[cols.size()];
        int deepest = -1;
        for (int i = 0; i < parts.length; i++) {
            parts[i] = Text.compact(s.own(r, cols.get(i)));
            if (Text.isDigits(parts[i], 1, 3)) {
                deepest = i;
            }
        }
        if (deepest < 0) {
            return null;
        }
        StringBuilder code = new StringBuilder();
        for (int i = 0; i <= deepest; i++) {
            String part = parts[i];
            for (int up = r - 1; !Text.isDigits(part, 1, 3) && up >= firstDataRow; up--) {
                part = Text.compact(s.own(up, cols.get(i)));
            }
            if (!Text.isDigits(part, 1, 3)) {
                return null;
            }
            code.append(part);
        }
        return CODE.matcher(code).matches() ? code.toString() : null;
    }
}
