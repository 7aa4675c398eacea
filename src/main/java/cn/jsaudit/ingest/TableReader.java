package cn.jsaudit.ingest;

import cn.jsaudit.model.Amount;
import cn.jsaudit.model.AmountUnit;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.TableInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/** Reads the data rows of one public table into {@link Amount} facts. */
final class TableReader {

    private static final Pattern CODE = Pattern.compile("\\d{3,7}");
    private static final Pattern CODE_THEN_NAME = Pattern.compile("(\\d{3,7})(\\D.*)");
    private static final Pattern EMPTY_NOTE = Pattern.compile(".*(无|没有).*");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final String file;
    private final Template template;

    TableReader(String file, Template template) {
        this.file = file;
        this.template = template;
    }

    TableContent read(SheetText s, TableHeading heading) {
        String table = heading.table().id();
        String sheet = s.name();
        List<Amount> amounts = new ArrayList<>();
        List<Finding> problems = new ArrayList<>();
        TableLayout layout = TableLayout.of(s, heading);
        if (layout == null) {
            problems.add(InputFindings.error("公开" + table + "表（工作表“" + sheet + "”）：找不到表头（项目、栏次、科目代码等），无法读取此表",
                    table, new Location(file, sheet, "A1")));
            return new TableContent(heading, new TableInfo(table, heading.title(), sheet, 0, null), amounts, problems);
        }
        int printed = 0;
        String emptyNote = null;
        boolean inNotes = false;
        for (int r = layout.firstDataRow(); r <= s.lastRow(); r++) {
            // Notes and 空表说明 are text; formatting every amount of every row just to look for them is costly.
            String line = Text.compact(s.rowWords(r));
            if (line.startsWith("注")) {
                inNotes = true;
            }
            if (inNotes || (line.length() > 8 && EMPTY_NOTE.matcher(line).matches() && !hasNumber(s, r, layout))) {
                if (emptyNote == null && EMPTY_NOTE.matcher(line).matches() && !line.startsWith("注")) {
                    emptyNote = s.rowWords(r);
                }
                inNotes = true;
                continue;
            }
            for (int b = 0; b < layout.blocks().size(); b++) {
                TableLayout.Block block = layout.blocks().get(b);
                TableLayout.Block next = b + 1 < layout.blocks().size() ? layout.blocks().get(b + 1) : null;
                printed += readRow(s, r, layout.firstDataRow(), table, sheet, heading.amountUnit(), block, next, amounts, problems);
            }
        }
        TableInfo info = new TableInfo(table, heading.title(), sheet, printed, emptyNote);
        return new TableContent(heading, info, amounts, problems);
    }

    private static boolean hasNumber(SheetText s, int r, TableLayout layout) {
        for (TableLayout.Block b : layout.blocks()) {
            for (TableLayout.AmountColumn a : b.amounts()) {
                if (AmountParser.read(s.cell(r, a.index())).kind() == CellValue.Kind.NUMBER) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Reads one block of one row; returns how many amount cells were printed (not blank). */
    private int readRow(SheetText s, int r, int firstDataRow, String table, String sheet, AmountUnit unit, TableLayout.Block block,
                        TableLayout.Block next, List<Amount> out, List<Finding> problems) {
        String name = block.nameCol() >= 0 ? s.compact(r, block.nameCol()) : "";
        String code = null;
        if (block.codeCol() >= 0) {
            String c = s.compact(r, block.codeCol());
            if (CODE.matcher(c).matches()) {
                code = c;
            } else if (name.isEmpty()) {
                name = c;
            }
        } else if (!block.codePartCols().isEmpty()) {
            code = joinedCode(s, r, block, firstDataRow);
            String first = s.compact(r, block.codePartCols().get(0));
            if (code == null && name.isEmpty() && !first.isEmpty() && !Text.isDigits(first, 1, Integer.MAX_VALUE)) {
                name = first; // the 合计 row of a 类/款/项 layout prints its label under 类
            }
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
        }
        if (code == null && rowNo != null && !name.isEmpty()) {
            code = template.classCodeOf(name);
        }
        List<CellValue> values = new ArrayList<>();
        boolean allBlank = true;
        for (TableLayout.AmountColumn a : block.amounts()) {
            CellValue v = AmountParser.read(s.cell(r, a.index()));
            values.add(v);
            allBlank &= v.kind() == CellValue.Kind.BLANK;
        }
        boolean keyless = name.isEmpty() && code == null;
        if (allBlank && (keyless || labelBelongsToNextBlock(s, r, block, next))) {
            return 0;
        }
        int printed = 0;
        for (int i = 0; i < values.size(); i++) {
            TableLayout.AmountColumn col = block.amounts().get(i);
            CellValue v = values.get(i);
            Location where = new Location(file, sheet, new CellReference(r, col.index()).formatAsString(false));
            switch (v.kind()) {
                case NOT_A_NUMBER -> problems.add(InputFindings.error(
                        "公开" + table + "表（工作表“" + sheet + "”）单元格 " + where.cell() + "：金额“" + v.text()
                                + "”不是数字", table, where));
                case BLANK -> out.add(new Amount(table, block.name(), rowNo, code, name.isEmpty() ? null : name,
                        col.number(), col.label(), BigDecimal.ZERO, BigDecimal.ZERO, where));
                case NUMBER -> {
                    printed++;
                    int decimals = Math.max(v.decimals(), unit.usualDecimals());
                    BigDecimal halfStep = HALF.movePointLeft(decimals);
                    out.add(new Amount(table, block.name(), rowNo, code, name.isEmpty() ? null : name, col.number(),
                            col.label(), unit.toWanYuan(v.value()), unit.toWanYuan(halfStep), where));
                }
                default -> throw new IllegalStateException();
            }
        }
        return printed;
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
