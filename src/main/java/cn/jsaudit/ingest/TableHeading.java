package cn.jsaudit.ingest;

import cn.jsaudit.ruleapi.Text;
import cn.jsaudit.model.AmountUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * What the lines above a table say: which table of the template it is (by code, else by title), the
 * unit that submits it, the year and the unit amounts are printed in.
 *
 * @param byCode whether the table was recognised by a printed code (公开05表), the surer sign of a template
 */
record TableHeading(TemplateTable table, String title, int titleRow, String unit, AmountUnit amountUnit,
                    Integer year, int unitLineRow, boolean byCode) {

    static final int SCAN_ROWS = 8;
    /** How far below a sheet's first row a variant's own header labels are looked for. */
    static final int SIGNATURE_ROWS = SCAN_ROWS + 6;

    private static final Pattern UNIT_NAME = Pattern.compile(
            "(?:部门（单位）|部门\\(单位\\)|单位名称|编制单位|填报单位|预算单位|部门)\\s*[:：]\\s*(\\S+)");
    private static final Pattern AMOUNT_UNIT = Pattern.compile("(?:金额单位|单位)\\s*[:：]\\s*(万元|元)");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern AMOUNT_UNIT_WORD = Pattern.compile("万?元");
    /** A title with its code after it in brackets: "收入支出决算总表（公开01表）" is the title and the code. */
    private static final Pattern CODE_IN_BRACKETS = Pattern.compile("(.+?)[（(]([^（）()]{1,12})[）)]");

    /** The title and code keys of a template's tables, normalised once rather than for every cell compared. */
    private record Keys(TemplateTable table, String title, List<String> codes) {
    }

    /**
     * A cell's text as it may name a table: its title part and its code part, the same text unless the code stands
     * in brackets after the title ("收入支出决算总表（公开01表）"). One per text while remembered: what it names in each
     * template is kept on it, so that a cell is looked up once however many templates ask.
     */
    static final class CellKey {
        /** Keys worked out lately, by the cell's own text: every template's heading reader looks at the same cells. */
        private static final Map<String, CellKey> KNOWN = new ConcurrentHashMap<>();

        private final String title;
        private final String code;
        /** The answer of {@link #namesTableOf} for the last templates asked about (in a run, always the same list). */
        private volatile Named named;
        /** What the key names in each template asked about lately: looked up for every template and every sheet. */
        private volatile Answer[] answers = new Answer[0];

        private CellKey(String title, String code) {
            this.title = title;
            this.code = code;
        }

        static CellKey of(String text) {
            CellKey known = KNOWN.get(text);
            if (known != null) {
                return known;
            }
            String titleKey = Text.titleKey(text);
            Matcher bracket = CODE_IN_BRACKETS.matcher(titleKey);
            CellKey key = bracket.matches() ? new CellKey(bracket.group(1), bracket.group(2)) : new CellKey(titleKey, titleKey);
            if (KNOWN.size() >= REMEMBERED) {
                KNOWN.clear();
            }
            KNOWN.put(text, key);
            return key;
        }

        /**
         * What the key names in the template. The answers of the templates in use are kept on the key (a handful; a
         * long-running desk that reloads its rules starts afresh after {@link #ANSWERS}).
         */
        Match matchIn(TemplateKeys template) {
            Answer[] known = answers;
            for (Answer a : known) {
                if (a.template() == template) {
                    return a.match();
                }
            }
            Match m = template.match(this);
            Answer[] more = known.length >= ANSWERS ? new Answer[1] : Arrays.copyOf(known, known.length + 1);
            more[more.length - 1] = new Answer(template, m);
            answers = more;
            return m;
        }

        private record Answer(TemplateKeys template, Match match) {
        }

        /** Whether the key names a table of one of the templates, by code or by title. */
        boolean namesTableOf(List<Template> templates) {
            Named known = named;
            if (known != null && known.templates() == templates) {
                return known.names();
            }
            boolean names = false;
            for (Template t : templates) {
                names |= matchIn(templateKeys(t)) != Match.NONE;
            }
            named = new Named(templates, names);
            return names;
        }

        private record Named(List<Template> templates, boolean names) {
        }

        boolean isCodeOf(Keys table) {
            return isAnyCode(code, table.codes());
        }

        /** The title ends the text, after at most a short prefix ("2023年度"、the unit's name). */
        boolean isTitleOf(Keys table) {
            return title.endsWith(table.title()) && title.length() <= table.title().length() + 24;
        }
    }

    /** A template as a map key by identity: a record's own hashCode walks all its tables on every lookup. */
    private record Identity(Template template) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && i.template == template;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(template);
        }
    }

    /** A template's title and code keys, in the order of its tables. */
    private record TemplateKeys(List<Keys> keys) {

        /** What the cell key names: as comparing it with each table in order would find. */
        Match match(CellKey key) {
            Keys code = null;
            Keys title = null;
            for (Keys t : keys) {
                if (code == null && key.isCodeOf(t)) {
                    code = t;
                }
                if (key.isTitleOf(t) && (title == null || t.title().length() > title.title().length())) {
                    title = t;
                }
            }
            return code == null && title == null ? Match.NONE : new Match(code, title);
        }
    }

    /**
     * The first table a cell names by code, and the table with the longest title it names (the first of equals), or
     * null.
     */
    private record Match(Keys code, Keys title) {
        static final Match NONE = new Match(null, null);
    }

    private static final int REMEMBERED = 1 << 13;
    /** Templates whose answers a cell key keeps: more than any rules folder has in use. */
    private static final int ANSWERS = 32;
    /**
     * Each template's title and code keys, by the template object. A desk that reloads its rules folder makes new
     * templates each time, so the memory is emptied when it holds more than {@link #TEMPLATES} of them: it must not
     * keep every rules folder a season has seen.
     */
    private static final Map<Identity, TemplateKeys> KEYS = new ConcurrentHashMap<>();
    /** Templates whose keys are kept: far more than one rules folder holds with its combined variants. */
    private static final int TEMPLATES = 256;

    private static TemplateKeys templateKeys(Template template) {
        if (KEYS.size() > TEMPLATES) {
            KEYS.clear();
        }
        return KEYS.computeIfAbsent(new Identity(template), i -> new TemplateKeys(i.template().tables().stream()
                .map(tt -> new Keys(tt, Text.titleKey(tt.title()), tt.codes().stream().map(Text::titleKey).toList()))
                .toList()));
    }

    /** Reads the heading of a sheet, or returns null when no table of the template is recognised. */
    static TableHeading of(SheetText s, Template template) {
        TemplateKeys keys = templateKeys(template);
        Keys byCode = null;
        Keys byTitle = null;
        String title = null;
        int titleRow = -1;
        for (SheetText.HeadingCell cell : s.headingCells()) {
            Match m = cell.key().matchIn(keys);
            if (byCode == null && m.code() != null) {
                byCode = m.code();
            }
            if (m.title() != null && (byTitle == null || m.title().title().length() > byTitle.title().length())) {
                byTitle = m.title();
                title = cell.text().strip();
                titleRow = cell.row();
            }
        }
        TemplateTable table = byCode != null ? byCode.table() : byTitle != null ? byTitle.table() : null;
        if (table == null || !hasSignature(s, table)) {
            return null;
        }
        int rows = Math.min(s.firstRow() + SCAN_ROWS, s.lastRow() + 1);
        Lines lines = s.headingLines(() -> lines(s, rows));
        return new TableHeading(table, title != null ? title : table.title(), Math.max(titleRow, s.firstRow()), lines.unit(),
                lines.amountUnit() == null ? AmountUnit.WAN_YUAN : lines.amountUnit(), lines.year(),
                Math.max(lines.lastRow(), titleRow), byCode != null);
    }

    /**
     * True when a cell of the row names a table of one of the templates, by code or by title, as {@link #of}
     * recognises it: a short text cell, since a title or code is never part of a long sentence.
     */
    static boolean namesTable(SheetText s, int r, List<Template> templates) {
        for (int c = 0; c < s.sheet().width(r); c++) {
            CellData cell = s.cell(r, c);
            if (cell == null || !cell.isText() || cell.text().isBlank() || cell.text().length() > 80) {
                continue;
            }
            if (CellKey.of(cell.text()).namesTableOf(templates)) {
                return true;
            }
        }
        return false;
    }

    /** What the top lines say whatever the template: unit, amount unit, year, and the lowest line saying one of the first two. */
    record Lines(String unit, AmountUnit amountUnit, Integer year, int lastRow) {
    }

    private static Lines lines(SheetText s, int rows) {
        String unit = null;
        AmountUnit amountUnit = null;
        Integer year = null;
        int lastRow = -1;
        for (int r = s.firstRow(); r < rows; r++) {
            if (!maySayUnitOrYear(s, r)) {
                continue;
            }
            String line = s.rowText(r);
            Matcher m = UNIT_NAME.matcher(line);
            if (unit == null && m.find() && !AMOUNT_UNIT_WORD.matcher(m.group(1)).matches()) {
                unit = m.group(1);
                lastRow = Math.max(lastRow, r);
            }
            Matcher a = AMOUNT_UNIT.matcher(line);
            if (amountUnit == null && a.find()) {
                amountUnit = a.group(1).equals("元") ? AmountUnit.YUAN : AmountUnit.WAN_YUAN;
                lastRow = Math.max(lastRow, r);
            }
            Matcher y = YEAR.matcher(line);
            if (year == null && y.find() && !line.contains("填报日期")) {
                year = Integer.valueOf(y.group(1));
            }
        }
        return new Lines(unit, amountUnit, year, lastRow);
    }

    /**
     * Whether the row's printed text can hold what {@link #lines} looks for: a unit or an amount unit follows a colon,
     * a year is followed by 年. Known from the cells without printing the numbers (the costliest part of a row's
     * text), since a number in a format of digits and separators alone prints neither.
     */
    private static boolean maySayUnitOrYear(SheetText s, int r) {
        for (CellData cell : s.sheet().row(r)) {
            if (cell == null) {
                continue;
            }
            if (cell.isNumber() ? !plainNumber(cell) : saysUnitOrYear(cell.printed())) {
                return true;
            }
        }
        return false;
    }

    private static boolean saysUnitOrYear(String text) {
        return text.indexOf(':') >= 0 || text.indexOf('：') >= 0 || text.indexOf('年') >= 0;
    }

    /**
     * A number in General or a format of digit places and separators only ("#,##0.00;(0.00)"): no words, dates or
     * times. The formatter takes Excel's built-in date formats (14-22, 45-47) for dates whatever their format text.
     */
    private static boolean plainNumber(CellData cell) {
        String format = cell.format();
        if (DateUtil.isInternalDateFormat(cell.formatIndex())) {
            return false;
        }
        if (format == null || format.equals("General")) {
            return true;
        }
        for (int i = 0; i < format.length(); i++) {
            if ("0#.,;-()% ".indexOf(format.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A variant's table (三公 with 会议费) counts only when its header shows the variant's own labels, each as a cell
     * of its own: "合计" is a column of a one-list 06, not the end of the "人员经费合计" row of the three-block one.
     */
    private static boolean hasSignature(SheetText s, TemplateTable table) {
        if (table.signature().isEmpty()) {
            return true;
        }
        java.util.Set<String> cells = s.headerCells();
        return table.signature().stream().allMatch(label -> cells.contains(Text.compact(label)));
    }

    /**
     * A code cell such as "公开01表" or "表1": the code stands alone, so "表1" does not match "表10" and
     * "公开01表" does not match "财决公开01表".
     */
    private static boolean isAnyCode(String cell, List<String> codes) {
        for (String code : codes) {
            if (isCode(cell, code)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCode(String cell, String code) {
        int i = cell.indexOf(code);
        if (i < 0 || cell.length() > code.length() + 6) {
            return false;
        }
        int end = i + code.length();
        boolean digitAfter = end < cell.length() && Character.isDigit(cell.charAt(end));
        boolean letterBefore = i > 0 && Character.isLetter(cell.charAt(i - 1));
        return !digitAfter && !letterBefore;
    }
}
