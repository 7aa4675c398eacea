package cn.jsaudit.ingest;

import cn.jsaudit.ruleapi.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The header of a table, found by its structure: the label rows below the heading lines and above the first data
 * row (a row with an amount, a 科目代码, a 行次 or a row label the template knows), closed by the 栏次 row when
 * there is one. The header's labels give each column a path (一般公共预算财政拨款/小计); key columns (行次,
 * 科目代码 whole or split over 类|款|项, 项目) are told by the shared vocabulary, and amount columns are paired
 * with the template's columns by {@link ColumnMatcher}. Side-by-side blocks start where a key column follows
 * amount columns.
 */
record TableLayout(int headerStart, int headerEnd, int numberingRow, int firstDataRow, List<Block> blocks) {

    /** An amount column paired with a template column: sheet index, template number and label, printed path. */
    record AmountColumn(int index, int number, String label, String printed, String how) {
    }

    /**
     * One side-by-side block: the template block it was paired with (null when none), its key columns (-1 when
     * absent), its paired amount columns, and the printed amount columns no template column matched.
     */
    record Block(TemplateBlock spec, String name, int firstColumn, int lastColumn, int nameCol, int codeCol,
                 int rowNoCol, List<Integer> codePartCols, List<AmountColumn> amounts,
                 List<ColumnMatcher.Printed> printed, List<ColumnMatcher.Printed> unmatched) {
    }

    private static final Pattern CODE = Pattern.compile("\\d{3,7}");
    private static final Pattern TEXT_AMOUNT = Pattern.compile("[+-]?[\\d,，]*\\d\\.\\d+|[+-]?\\d{1,3}([,，]\\d{3})+");
    private static final int WINDOW = 12;

    enum Role { ROW_NO, CODE, CODE_PART, NAME, AMOUNT, NONE }

    /** Finds the layout below the heading, or null when the sheet shows no header above its data. */
    static TableLayout of(SheetText s, TableHeading heading, Template template, TemplateVocabulary v) {
        TemplateTable table = heading.table();
        int start = heading.unitLineRow() + 1;
        int last = s.lastRow();
        if (start > last) {
            return null;
        }
        RowLabels known = RowLabels.of(table, template);
        Set<String> headerWords = headerWords(table, v);
        int numberingRow = -1;
        int firstData = -1;
        int limit = Math.min(start + WINDOW, last);
        if (table.headerRows() != null) {
            int end = start + table.headerRows() - 1;
            numberingRow = end + 1 <= last && isNumberingRow(s, end + 1, v) ? end + 1 : -1;
            firstData = (numberingRow >= 0 ? numberingRow : end) + 1;
        } else {
            for (int r = start; r <= limit && firstData < 0; r++) {
                if (isNumberingRow(s, r, v)) {
                    numberingRow = r;
                    firstData = r + 1;
                } else if (r > start && isDataRow(s, r, known, headerWords)) {
                    firstData = r;
                }
            }
            if (firstData < 0) {
                // nothing but labels in reach (an empty table): the header is the rows that carry its labels
                for (int r = start; r <= limit; r++) {
                    if (hasHeaderWord(s, r, headerWords)) {
                        firstData = r + 1;
                    }
                }
            }
        }
        int headerEnd = (numberingRow >= 0 ? numberingRow : firstData) - 1;
        if (firstData < 0 || headerEnd < start) {
            return null;
        }
        int lastCol = s.lastColumn(Math.min(firstData + 40, last));
        List<BlockBuilder> builders = new ArrayList<>();
        BlockBuilder current = null;
        for (int c = 0; c <= lastCol; c++) {
            List<String> ls = labels(s, start, headerEnd, c, v);
            Integer number = numberingRow >= 0 ? columnNumber(s, numberingRow, c) : null;
            Role role = roleOf(ls, number, v);
            if (v.codePartLabels().contains(Text.compact(s.own(firstData, c)))) {
                role = Role.CODE_PART; // 类|款|项 labels printed on the 合计 row itself (a Shanghai export)
            }
            if (role == Role.NONE || role == Role.AMOUNT && isSpacer(s, start, firstData, last, c)) {
                continue;
            }
            if (current == null || (role != Role.AMOUNT && !current.printed.isEmpty())) {
                current = new BlockBuilder(c, ls.isEmpty() ? "" : ls.get(0));
                builders.add(current);
            }
            switch (role) {
                case ROW_NO -> current.rowNoCol = c;
                case CODE -> current.codeCols.add(c);
                case CODE_PART -> current.codeParts.add(c);
                case NAME -> current.nameCol = c;
                default -> current.printed.add(new ColumnMatcher.Printed(c, ls, number));
            }
            current.last = c;
        }
        builders.removeIf(b -> b.printed.isEmpty());
        if (builders.isEmpty()) {
            return null;
        }
        List<Block> blocks = pair(builders, table, v);
        return new TableLayout(start, headerEnd, numberingRow, firstData, blocks);
    }

    /** Pairs printed blocks with template blocks: by name where the sheet names them, otherwise in order. */
    private static List<Block> pair(List<BlockBuilder> builders, TemplateTable table, TemplateVocabulary v) {
        List<TemplateBlock> specs = new ArrayList<>(table.blocks());
        boolean several = builders.size() > 1;
        TemplateBlock[] chosen = new TemplateBlock[builders.size()];
        Set<TemplateBlock> used = new HashSet<>();
        for (int i = 0; i < builders.size(); i++) {
            String name = blockName(builders.get(i).name, several, v);
            for (TemplateBlock spec : specs) {
                if (!name.isEmpty() && !used.contains(spec) && Text.compact(spec.name()).equals(name)) {
                    chosen[i] = spec;
                    used.add(spec);
                    break;
                }
            }
        }
        int next = 0;
        for (int i = 0; i < builders.size(); i++) {
            if (chosen[i] != null) {
                next = specs.indexOf(chosen[i]) + 1;
                continue;
            }
            while (next < specs.size() && used.contains(specs.get(next))) {
                next++;
            }
            if (next < specs.size()) {
                chosen[i] = specs.get(next);
                used.add(specs.get(next++));
            }
        }
        ColumnMatcher matcher = new ColumnMatcher(v);
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < builders.size(); i++) {
            BlockBuilder b = builders.get(i);
            String name = blockName(b.name, several, v);
            List<ColumnMatcher.Printed> printed = b.printed.stream()
                    .map(p -> new ColumnMatcher.Printed(p.index(), strip(p.path(), name), p.numbering())).toList();
            TemplateBlock spec = chosen[i];
            List<AmountColumn> amounts = new ArrayList<>();
            if (spec != null) {
                // a keyless table (三公) pairs again row by row, each row's label heading its paths (预算数/…)
                for (ColumnMatcher.Pair pair : matcher.match(spec, printed)) {
                    amounts.add(new AmountColumn(pair.printed().index(), pair.number(), pair.label(),
                            pair.printed().label(), pair.how()));
                }
            }
            List<Integer> paired = amounts.stream().map(AmountColumn::index).toList();
            List<ColumnMatcher.Printed> unmatched = printed.stream().filter(p -> !paired.contains(p.index())).toList();
            out.add(new Block(spec, spec != null && !spec.name().isEmpty() ? spec.name() : name, b.first, b.last,
                    b.nameCol, b.codeCol(), b.rowNoCol, b.codeParts(), amounts, printed, unmatched));
        }
        return out;
    }

    /** With several blocks, each is named by its top label (收入/支出, 人员经费/公用经费) unless that names a key. */
    private static String blockName(String top, boolean several, TemplateVocabulary v) {
        return several && !top.isEmpty() && !v.isKeyLabel(top) ? top : "";
    }

    private static List<String> strip(List<String> path, String blockName) {
        return !blockName.isEmpty() && !path.isEmpty() && Text.compact(path.get(0)).equals(blockName)
                ? path.subList(1, path.size()) : path;
    }

    /**
     * A blank column put between others for spacing: no text of its own in the header, none in the 栏次 row, no
     * value below. Its only labels are a merged group label's (收入 over 项目|行次|金额): not an amount column,
     * and not the block's only one.
     */
    private static boolean isSpacer(SheetText s, int headerStart, int firstData, int last, int c) {
        for (int r = headerStart; r <= last; r++) {
            if (!s.own(r, c).isBlank()) {
                return false;
            }
        }
        return firstData <= last;
    }

    private static Role roleOf(List<String> labels, Integer number, TemplateVocabulary v) {
        for (String l : labels) {
            if (v.rowNumberLabels().contains(l)) {
                return Role.ROW_NO;
            }
        }
        String lastLabel = labels.isEmpty() ? "" : labels.get(labels.size() - 1);
        if (v.codeLabels().contains(lastLabel)) {
            return Role.CODE;
        }
        if (v.codePartLabels().contains(lastLabel)) {
            return Role.CODE_PART;
        }
        if (v.nameLabels().contains(lastLabel)) {
            return Role.NAME;
        }
        return labels.isEmpty() && number == null ? Role.NONE : Role.AMOUNT;
    }

    /** The column's header labels top to bottom, a merged label once, numbering and 栏次 left out. */
    private static List<String> labels(SheetText s, int from, int to, int c, TemplateVocabulary v) {
        Set<String> out = new LinkedHashSet<>();
        for (int r = from; r <= to; r++) {
            String t = s.compact(r, c);
            if (!t.isEmpty() && !v.numberingLabels().contains(t) && !Text.isDigits(t, 1, 3)) {
                out.add(t);
            }
        }
        return new ArrayList<>(out);
    }

    private static Integer columnNumber(SheetText s, int row, int c) {
        String t = Text.compact(s.own(row, c));
        return Text.isDigits(t, 1, 3) ? Integer.valueOf(t) : null;
    }

    /** A 栏次 row, or a bare numbering row 1, 2, 3 … (as table 09 prints it). */
    static boolean isNumberingRow(SheetText s, int r, TemplateVocabulary v) {
        int lastCol = s.lastColumn(r);
        int numbers = 0;
        int expected = 1;
        boolean sequence = true;
        for (int c = 0; c <= lastCol; c++) {
            String t = Text.compact(s.own(r, c));
            if (v.numberingLabels().contains(t)) {
                return true;
            }
            if (t.isEmpty()) {
                continue;
            }
            if (!Text.isDigits(t, 1, 3)) {
                return false;
            }
            sequence &= Integer.parseInt(t) == expected++;
            numbers++;
        }
        return numbers >= 2 && sequence;
    }

    /** A row that is data, not header: it holds a number, a 科目代码 or a row label the template knows. */
    private static boolean isDataRow(SheetText s, int r, RowLabels known, Set<String> headerWords) {
        CellData[] cells = s.sheet().row(r);
        for (int c = 0; c < cells.length; c++) {
            CellData cell = cells[c];
            if (cell == null) {
                continue;
            }
            if (cell.isNumber()) {
                return true;
            }
            String t = Text.compact(cell.text());
            if (t.isEmpty() || headerWords.contains(t)) {
                continue;
            }
            if ((c <= 3 && CODE.matcher(t).matches()) || TEXT_AMOUNT.matcher(t).matches() || known.knows(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasHeaderWord(SheetText s, int r, Set<String> headerWords) {
        for (CellData cell : s.sheet().row(r)) {
            if (cell != null && cell.isText() && headerWords.contains(Text.compact(cell.text()))) {
                return true;
            }
        }
        return false;
    }

    /** Every label a header of this table may print: key labels, block names and the parts of column paths. */
    private static Set<String> headerWords(TemplateTable table, TemplateVocabulary v) {
        Set<String> out = new HashSet<>();
        out.addAll(v.rowNumberLabels());
        out.addAll(v.codeLabels());
        out.addAll(v.codePartLabels());
        out.addAll(v.nameLabels());
        out.addAll(v.numberingLabels());
        for (TemplateBlock b : table.blocks()) {
            if (!b.name().isEmpty()) {
                out.add(Text.compact(b.name()));
            }
            for (List<String> wordings : b.columns().values()) {
                for (String w : wordings) {
                    for (String part : w.split("/")) {
                        out.add(Text.compact(part));
                    }
                }
            }
        }
        return out;
    }

    private static final class BlockBuilder {
        final int first;
        final String name;
        int last;
        int nameCol = -1;
        int rowNoCol = -1;
        final List<Integer> codeCols = new ArrayList<>();
        final List<Integer> codeParts = new ArrayList<>();
        final List<ColumnMatcher.Printed> printed = new ArrayList<>();

        BlockBuilder(int first, String name) {
            this.first = first;
            this.last = first;
            this.name = name;
        }

        /** One code column; a code label merged over several columns heads the 类|款|项 parts. */
        int codeCol() {
            return codeCols.size() == 1 ? codeCols.get(0) : -1;
        }

        List<Integer> codeParts() {
            if (codeCols.size() > 1 && codeParts.isEmpty()) {
                return List.copyOf(codeCols);
            }
            return List.copyOf(codeParts);
        }
    }
}
