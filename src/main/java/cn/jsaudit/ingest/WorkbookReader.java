package cn.jsaudit.ingest;

import cn.jsaudit.model.Amount;
import cn.jsaudit.model.AmountUnit;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import cn.jsaudit.model.Submission;
import cn.jsaudit.model.TableInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads the public tables of a workbook under the template that fits it best: the most tables recognised (codes
 * weigh more than titles, a variant's own labels decide between it and its base), and between templates that
 * recognise alike, the one whose columns pair with more of the printed ones. When even the best fits badly, one
 * finding says so instead of forcing another province's layout onto the workbook.
 */
public final class WorkbookReader {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    /** Below this share of its columns paired with printed ones, a template does not fit the workbook. */
    private static final double FITTING_COLUMNS = 0.6;

    private final Templates templates;
    private final String forcedTemplate;

    /** @param forcedTemplate a template id to use whatever the workbook looks like, or null to detect it */
    public WorkbookReader(Templates templates, String forcedTemplate) {
        this.templates = templates;
        this.forcedTemplate = forcedTemplate;
    }

    /** The tables of one workbook under one template, and how well that template fits. */
    private record Reading(Template template, List<TableContent> tables, List<Finding> problems, TemplateChoice.Fit fit) {
    }

    public WorkbookFacts read(WorkbookData wb, String file) {
        List<Template> candidates = forcedTemplate != null
                ? List.of(templates.byId(forcedTemplate).orElseThrow()) : templates.all();
        List<SheetText> sheets = new ArrayList<>();
        for (SheetData sheet : wb.sheets()) {
            if (!sheet.isReviewSheet()) {
                sheets.addAll(SheetRegions.of(sheet, candidates));
            }
        }
        // by identity: a template record's own hashCode walks all its tables
        Map<Template, List<TableHeading>> headings = new IdentityHashMap<>();
        Map<Template, Integer> scores = new IdentityHashMap<>();
        for (Template t : candidates) {
            List<TableHeading> list = new ArrayList<>(sheets.size());
            for (SheetText s : sheets) {
                list.add(TableHeading.of(s, t));
            }
            headings.put(t, list);
            scores.put(t, recognition(list));
        }
        List<Template> ranked = candidates.stream()
                .sorted(Comparator.comparingInt((Template t) -> -scores.get(t))).toList();
        Reading best = read(ranked.get(0), headings.get(ranked.get(0)), sheets, file);
        Template second = ranked.size() > 1 && scores.get(ranked.get(1)) > 0 ? ranked.get(1) : null;
        TemplateChoice.Fit secondFit = null;
        if (second != null && scores.get(second).equals(scores.get(ranked.get(0)))) {
            // only a tie is worth a second reading: the template whose columns pair better wins
            Reading other = read(second, headings.get(second), sheets, file);
            if (other.fit().columnShare() > best.fit().columnShare()) {
                second = best.template();
                Reading swap = best;
                best = other;
                other = swap;
            }
            secondFit = other.fit();
        } else if (second != null) {
            secondFit = recognised(second, headings.get(second));
        }
        boolean forced = forcedTemplate != null;
        TemplateChoice.Fit fit = best.fit();
        // a printed code (公开05表) names the template for sure; titles alone must find most of its tables
        boolean fits = forced || (fit.recognised() > 0 && fit.columnShare() >= FITTING_COLUMNS
                && (fit.byCode() > 0 || fit.requiredFound() * 2 >= fit.required()));
        TemplateChoice choice = new TemplateChoice(best.template(), fit, second, secondFit, forced, fits);
        List<Finding> problems = new ArrayList<>();
        for (String note : wb.notes()) {
            problems.add(InputFindings.of(Severity.INFO, note, null, (Location) null));
        }
        if (!fits && fit.recognised() > 0) {
            problems.add(unrecognisedFormat(best, file));
        }
        problems.addAll(best.problems());
        List<TableInfo> tables = new ArrayList<>();
        List<Amount> amounts = new ArrayList<>();
        List<TableReading> readings = new ArrayList<>();
        for (TableContent t : best.tables()) {
            tables.add(t.info());
            amounts.addAll(t.amounts());
            problems.addAll(t.problems());
            readings.add(reading(t));
        }
        problems.addAll(UnitTypedCells.said(best.tables().stream().map(TableContent::unitTyped)
                .filter(java.util.Objects::nonNull).toList()));
        List<TableHeading> read = best.tables().stream().map(TableContent::heading).toList();
        Submission submission = new Submission(file, mostCommon(read, TableHeading::unit),
                year(read, sheets, file), amountUnit(read), best.template().id());
        return new WorkbookFacts(submission, best.template(), choice, tables, amounts, problems, readings);
    }

    /** Tables recognised (a code counts more than a title) and a variant's own header labels found. */
    private static int recognition(List<TableHeading> headings) {
        Map<String, TableHeading> byRole = new HashMap<>();
        for (TableHeading h : headings) {
            if (h != null) {
                byRole.merge(h.table().role(), h, (a, b) -> a.byCode() ? a : b);
            }
        }
        int score = 0;
        for (TableHeading h : byRole.values()) {
            score += (h.byCode() ? 3 : 2) * 10 + h.table().signature().size();
        }
        return score;
    }

    private Reading read(Template template, List<TableHeading> headings, List<SheetText> sheets, String file) {
        TableReader reader = new TableReader(file, template, templates.vocabulary());
        Map<String, TableContent> byRole = new LinkedHashMap<>();
        Set<String> hidden = new HashSet<>(); // roles read from a hidden sheet
        List<Finding> problems = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            SheetText s = sheets.get(i);
            TableHeading heading = headings.get(i);
            if (heading == null) {
                continue;
            }
            String role = heading.table().role();
            TableContent earlier = byRole.get(role);
            boolean earlierHidden = hidden.contains(role);
            if (earlier != null && earlierHidden && !s.sheet().hidden()) {
                // a copy kept on a hidden sheet is not what the unit shows or prints: the visible one is audited
                problems.add(hiddenCopy(earlier.info().sheet(), s.name(), heading, file));
                byRole.put(role, reader.read(s, heading));
                hidden.remove(role);
            } else if (earlier != null) {
                problems.add(s.sheet().hidden() && !earlierHidden
                        ? hiddenCopy(s.name(), earlier.info().sheet(), heading, file)
                        : InputFindings.of(Severity.WARNING, "工作表“" + s.name() + "”与“" + earlier.info().sheet()
                                + "”都是" + heading.table().name() + "（" + heading.table().title() + "），只审核了后者",
                                heading.table().name(), new Location(file, s.name(), "A1")));
            } else {
                byRole.put(role, reader.read(s, heading));
                if (s.sheet().hidden()) {
                    hidden.add(role);
                }
            }
        }
        for (TableContent t : byRole.values()) {
            if (hidden.contains(t.info().role())) {
                problems.add(InputFindings.of(Severity.INFO, "工作表“" + t.info().sheet() + "”（" + t.heading().table().name()
                        + "）是隐藏的：已照常审核，但打印或导出 PDF 时不会出现，公开时请确认此表没有漏掉",
                        t.heading().table().name(), new Location(file, t.info().sheet(), "A1")));
            }
        }
        List<TableContent> tables = List.copyOf(byRole.values());
        return new Reading(template, tables, problems, fit(template, tables));
    }

    private static Finding hiddenCopy(String hiddenSheet, String shownSheet, TableHeading heading, String file) {
        return InputFindings.of(Severity.INFO, "隐藏的工作表“" + hiddenSheet + "”也是" + heading.table().name() + "（"
                        + heading.table().title() + "）：审核的是显示的“" + shownSheet + "”，隐藏的一份未审核",
                heading.table().name(), new Location(file, hiddenSheet, "A1"));
    }

    /** The fit of a template by recognition alone (its columns were not read: -1). */
    private static TemplateChoice.Fit recognised(Template template, List<TableHeading> headings) {
        Map<String, TableHeading> byRole = new HashMap<>();
        headings.stream().filter(Objects::nonNull).forEach(h -> byRole.putIfAbsent(h.table().role(), h));
        int byCode = (int) byRole.values().stream().filter(TableHeading::byCode).count();
        int required = (int) template.tables().stream().filter(TemplateTable::required).count();
        int requiredFound = (int) template.tables().stream().filter(t -> t.required() && byRole.containsKey(t.role())).count();
        return new TemplateChoice.Fit(byRole.size(), byCode, requiredFound, required, -1, -1);
    }

    /** A template column of a block, as the amounts read name it. */
    private record BlockColumn(String block, int col) {
    }

    private static TemplateChoice.Fit fit(Template template, List<TableContent> tables) {
        int byCode = (int) tables.stream().filter(t -> t.heading().byCode()).count();
        Set<String> found = tables.stream().map(t -> t.info().role()).collect(Collectors.toSet());
        int required = (int) template.tables().stream().filter(TemplateTable::required).count();
        int requiredFound = (int) template.tables().stream().filter(t -> t.required() && found.contains(t.role())).count();
        int paired = 0;
        int columns = 0;
        for (TableContent t : tables) {
            columns += t.heading().table().blocks().stream().mapToInt(b -> b.columns().size()).sum();
            Set<BlockColumn> seen = new HashSet<>();
            for (Amount a : t.amounts()) {
                seen.add(new BlockColumn(a.block(), a.col()));
            }
            int inHeader = t.layout() == null ? 0 : t.layout().blocks().stream().mapToInt(b -> b.amounts().size()).sum();
            paired += Math.max(seen.size(), inHeader);
        }
        return new TemplateChoice.Fit(tables.size(), byCode, requiredFound, required, paired, columns);
    }

    private Finding unrecognisedFormat(Reading best, String file) {
        String found = best.tables().stream().map(t -> "“" + t.info().sheet() + "”" + t.heading().title())
                .collect(Collectors.joining("、"));
        Location where = best.tables().isEmpty() ? new Location(file, null, null)
                : new Location(file, best.tables().get(0).info().sheet(), "A1");
        return InputFindings.titled(InputFindings.UNRECOGNISED, Severity.WARNING,
                "报表格式未能识别：工作簿中识别出 " + best.tables().size() + " 张公开表（" + found + "），与之最接近的模板是“"
                        + best.template().name() + "”（" + best.fit().describe() + "），但不足以确认是这种格式。"
                        + "能读的表已按该模板审核，缺表等依赖格式的检查未做；请确认报表格式，或按 rules/README.md 新增模板"
                        + "（jsaudit inspect 可查看读取结果）。",
                null, where);
    }

    private static TableReading reading(TableContent t) {
        TableLayout l = t.layout();
        if (l == null) {
            return new TableReading(t.info(), "", 0, 0, List.of());
        }
        List<TableReading.BlockReading> blocks = new ArrayList<>();
        for (TableLayout.Block b : l.blocks()) {
            List<String> keys = new ArrayList<>();
            if (b.rowNoCol() >= 0) {
                keys.add(letter(b.rowNoCol()) + " 行次");
            }
            if (b.codeCol() >= 0) {
                keys.add(letter(b.codeCol()) + " 科目代码");
            }
            if (!b.codePartCols().isEmpty()) {
                keys.add(b.codePartCols().stream().map(WorkbookReader::letter).collect(Collectors.joining("|"))
                        + " 科目代码（类|款|项）");
            }
            if (b.nameCol() >= 0) {
                keys.add(letter(b.nameCol()) + " 项目（名称）");
            }
            List<TableReading.ColumnReading> cols = new ArrayList<>();
            Map<Integer, TableLayout.AmountColumn> paired = new HashMap<>();
            b.amounts().forEach(a -> paired.put(a.index(), a));
            for (ColumnMatcher.Printed p : b.printed()) {
                TableLayout.AmountColumn a = paired.get(p.index());
                boolean keyless = t.heading().table().key().equals("无");
                cols.add(keyless
                        ? new TableReading.ColumnReading(letter(p.index()), p.label(), 0, "按各行的行名对应（见读出的金额）", "")
                        : new TableReading.ColumnReading(letter(p.index()), p.label(), a == null ? 0 : a.number(),
                                a == null ? null : a.label(), a == null ? "" : a.how()));
            }
            blocks.add(new TableReading.BlockReading(b.name(), keys, cols));
        }
        String header = (l.headerStart() + 1) + (l.headerEnd() > l.headerStart() ? "–" + (l.headerEnd() + 1) : "");
        return new TableReading(t.info(), header, l.numberingRow() < 0 ? 0 : l.numberingRow() + 1, l.firstDataRow() + 1, blocks);
    }

    private static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }

    private static <T> T mostCommon(List<TableHeading> headings, Function<TableHeading, T> key) {
        return headings.stream().map(key).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static AmountUnit amountUnit(List<TableHeading> headings) {
        AmountUnit u = mostCommon(headings, TableHeading::amountUnit);
        return u == null ? AmountUnit.WAN_YUAN : u;
    }

    /** The year from the tables' headings, else from any sheet's first lines ("2023 年度…"), else the file name. */
    private static Integer year(List<TableHeading> headings, List<SheetText> sheets, String file) {
        Integer y = mostCommon(headings, TableHeading::year);
        if (y != null) {
            return y;
        }
        for (SheetText s : sheets) {
            for (int r = 0; r <= Math.min(2, s.lastRow()); r++) {
                String line = s.rowText(r);
                Matcher m = YEAR.matcher(line);
                if (m.find() && !line.contains("填报日期")) {
                    return Integer.valueOf(m.group(1));
                }
            }
        }
        Matcher m = YEAR_IN_NAME.matcher(file);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
