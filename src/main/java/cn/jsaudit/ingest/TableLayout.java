package cn.jsaudit.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The header of a table, found by its labels: where data starts, and the side-by-side blocks with their
 * key columns (行次, 科目代码 whole or split in 类/款/项, 项目/科目名称) and amount columns.
 */
record TableLayout(int firstDataRow, List<Block> blocks) {

    enum Role { ROW_NO, CODE, CODE_PART, NAME, AMOUNT, NONE }

    /** An amount column: its 栏次 number and its header label(s). */
    record AmountColumn(int index, int number, String label) {
    }

    /** One side-by-side block: its key columns (-1 when absent) and its amount columns. */
    record Block(String name, int firstColumn, int lastColumn, int nameCol, int codeCol, int rowNoCol,
                 List<Integer> codePartCols, List<AmountColumn> amounts) {
    }

    private static final Set<String> CODE_LABELS = Set.of("科目代码", "科目编码", "代码", "编码", "功能分类科目代码",
            "经济分类科目代码", "功能分类科目编码", "经济分类科目编码", "支出功能分类科目编码", "支出经济分类科目编码");
    private static final Set<String> CODE_PARTS = Set.of("类", "款", "项");
    private static final Set<String> NAME_LABELS = Set.of("项目", "科目名称", "科目", "名称", "项目名称",
            "功能分类科目名称", "经济分类科目名称");
    private static final Pattern CODE = Pattern.compile("\\d{3,7}");

    /** Finds the layout below the heading, or null when the sheet has no recognisable header. */
    static TableLayout of(SheetText s, TableHeading heading) {
        int start = heading.unitLineRow() + 1;
        int last = s.lastRow();
        int numberingRow = -1;
        for (int r = start; r <= Math.min(start + 7, last); r++) {
            if (isNumberingRow(s, r)) {
                numberingRow = r;
                break;
            }
        }
        int firstData;
        int headerEnd;
        if (numberingRow >= 0) {
            headerEnd = numberingRow - 1;
            firstData = numberingRow + 1;
        } else {
            firstData = -1;
            for (int r = start + 1; r <= Math.min(start + 8, last) && firstData < 0; r++) {
                if (looksLikeData(s, r)) {
                    firstData = r;
                }
            }
            if (firstData < 0) {
                return null;
            }
            headerEnd = firstData - 1;
        }
        int lastCol = s.lastColumn(Math.min(firstData + 40, last));
        List<Block> blocks = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        BlockBuilder current = null;
        int amountCount = 0;
        for (int c = 0; c <= lastCol; c++) {
            List<String> ls = labels(s, start, headerEnd, c);
            labels.add(ls);
            Integer number = numberingRow >= 0 ? columnNumber(s, numberingRow, c) : null;
            Role role = roleOf(ls, number);
            if (role == Role.NONE) {
                continue;
            }
            if (current == null || (role != Role.AMOUNT && !current.amounts.isEmpty())) {
                if (current != null) {
                    blocks.add(current.build(c - 1));
                }
                current = new BlockBuilder(c, ls.isEmpty() ? "" : ls.get(0));
            }
            switch (role) {
                case ROW_NO -> current.rowNoCol = c;
                case CODE -> current.codeCol = c;
                case CODE_PART -> current.codeParts.add(c);
                case NAME -> current.nameCol = c;
                default -> {
                    amountCount++;
                    current.amounts.add(new AmountColumn(c, number != null ? number : amountCount, String.join("/", ls)));
                }
            }
        }
        if (current != null) {
            blocks.add(current.build(lastCol));
        }
        blocks.removeIf(b -> b.amounts().isEmpty());
        if (blocks.isEmpty()) {
            return null;
        }
        return new TableLayout(firstData, named(blocks));
    }

    /** With several blocks, each is named by its top label (收入/支出, 人员经费/公用经费), dropped from column labels. */
    private static List<Block> named(List<Block> blocks) {
        if (blocks.size() == 1) {
            Block b = blocks.get(0);
            return List.of(new Block("", b.firstColumn(), b.lastColumn(), b.nameCol(), b.codeCol(), b.rowNoCol(),
                    b.codePartCols(), b.amounts()));
        }
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            String name = b.name();
            boolean meaningful = !name.isEmpty() && !NAME_LABELS.contains(name) && !CODE_LABELS.contains(name)
                    && !name.equals("行次");
            String blockName = meaningful ? name : "";
            List<AmountColumn> cols = b.amounts().stream()
                    .map(a -> new AmountColumn(a.index(), a.number(), stripPrefix(a.label(), blockName)))
                    .toList();
            out.add(new Block(blockName, b.firstColumn(), b.lastColumn(), b.nameCol(), b.codeCol(), b.rowNoCol(),
                    b.codePartCols(), cols));
        }
        return out;
    }

    private static String stripPrefix(String label, String blockName) {
        if (blockName.isEmpty()) {
            return label;
        }
        if (label.equals(blockName)) {
            return "";
        }
        return label.startsWith(blockName + "/") ? label.substring(blockName.length() + 1) : label;
    }

    private static Role roleOf(List<String> labels, Integer number) {
        if (labels.contains("行次")) {
            return Role.ROW_NO;
        }
        String lastLabel = labels.isEmpty() ? "" : labels.get(labels.size() - 1);
        if (CODE_LABELS.contains(lastLabel)) {
            return Role.CODE;
        }
        if (CODE_PARTS.contains(lastLabel)) {
            return Role.CODE_PART;
        }
        if (NAME_LABELS.contains(lastLabel)) {
            return Role.NAME;
        }
        return labels.isEmpty() && number == null ? Role.NONE : Role.AMOUNT;
    }

    private static List<String> labels(SheetText s, int from, int to, int c) {
        Set<String> out = new LinkedHashSet<>();
        for (int r = from; r <= to; r++) {
            String t = s.compact(r, c);
            if (!t.isEmpty() && !t.equals("栏次") && !Text.isDigits(t, 1, 3)) {
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
    private static boolean isNumberingRow(SheetText s, int r) {
        int lastCol = s.lastColumn(r);
        int numbers = 0;
        int expected = 1;
        boolean sequence = true;
        for (int c = 0; c <= lastCol; c++) {
            String t = Text.compact(s.own(r, c));
            if (t.equals("栏次")) {
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

    private static boolean looksLikeData(SheetText s, int r) {
        int lastCol = s.lastColumn(r);
        for (int c = 0; c <= Math.min(lastCol, 3); c++) {
            String t = Text.compact(s.own(r, c));
            if (CODE.matcher(t).matches() || t.equals("合计") || t.equals("总计") || t.startsWith("一、")) {
                return true;
            }
        }
        return false;
    }

    private static final class BlockBuilder {
        final int first;
        final String name;
        int nameCol = -1;
        int codeCol = -1;
        int rowNoCol = -1;
        final List<Integer> codeParts = new ArrayList<>();
        final List<AmountColumn> amounts = new ArrayList<>();

        BlockBuilder(int first, String name) {
            this.first = first;
            this.name = name;
        }

        Block build(int lastColumn) {
            return new Block(name, first, lastColumn, nameCol, codeCol, rowNoCol, List.copyOf(codeParts), List.copyOf(amounts));
        }
    }
}
