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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads the public tables of a workbook under the template that recognises most of its sheets. */
public final class WorkbookReader {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    private final Templates templates;
    private final String forcedTemplate;

    /** @param forcedTemplate a template id to use whatever the workbook looks like, or null to detect it */
    public WorkbookReader(Templates templates, String forcedTemplate) {
        this.templates = templates;
        this.forcedTemplate = forcedTemplate;
    }

    public WorkbookFacts read(WorkbookData wb, String file) {
        List<SheetText> sheets = new ArrayList<>();
        for (SheetData sheet : wb.sheets()) {
            if (!ReviewSheet.is(sheet)) {
                sheets.add(new SheetText(sheet));
            }
        }
        Map<Template, List<TableHeading>> headings = headings(sheets);
        Template template = chooseTemplate(headings);
        TableReader reader = new TableReader(file, template);
        Map<String, TableContent> byTable = new LinkedHashMap<>();
        List<Finding> problems = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            SheetText s = sheets.get(i);
            TableHeading heading = headings.get(template).get(i);
            if (heading == null) {
                continue;
            }
            String id = heading.table().id();
            if (byTable.containsKey(id)) {
                problems.add(InputFindings.of(Severity.WARNING, "工作表“" + s.name() + "”与“"
                        + byTable.get(id).info().sheet() + "”都是公开" + id + "表，只审核了后者", id,
                        new Location(file, s.name(), "A1")));
                continue;
            }
            byTable.put(id, reader.read(s, heading));
        }
        List<TableInfo> tables = new ArrayList<>();
        List<Amount> amounts = new ArrayList<>();
        for (TableContent t : byTable.values()) {
            tables.add(t.info());
            amounts.addAll(t.amounts());
            problems.addAll(t.problems());
        }
        List<TableHeading> read = byTable.values().stream().map(TableContent::heading).toList();
        Submission submission = new Submission(file, mostCommon(read, TableHeading::unit),
                year(read, sheets, file), amountUnit(read), template.id());
        return new WorkbookFacts(submission, template, tables, amounts, problems);
    }

    /** Each candidate template's heading of each sheet (null where it recognises no table), read once. */
    private Map<Template, List<TableHeading>> headings(List<SheetText> sheets) {
        List<Template> candidates = forcedTemplate != null ? List.of(templates.byId(forcedTemplate).orElseThrow())
                : templates.all();
        Map<Template, List<TableHeading>> out = new HashMap<>();
        for (Template t : candidates) {
            List<TableHeading> list = new ArrayList<>(sheets.size());
            for (SheetText s : sheets) {
                list.add(TableHeading.of(s, t));
            }
            out.put(t, list);
        }
        return out;
    }

    private Template chooseTemplate(Map<Template, List<TableHeading>> headings) {
        if (forcedTemplate != null) {
            return templates.byId(forcedTemplate).orElseThrow();
        }
        // Most tables recognised wins; between a template and its variant, the variant whose signature labels
        // (会议费, 培训费) were found is the more specific match.
        Map<Template, Long> recognised = new HashMap<>();
        headings.forEach((t, found) -> {
            List<TableHeading> known = found.stream().filter(Objects::nonNull).toList();
            long tables = known.stream().map(h -> h.table().id()).distinct().count();
            long signatures = known.stream().mapToLong(h -> h.table().signature().size()).sum();
            recognised.put(t, tables * 1000 + signatures);
        });
        return templates.best(Comparator.comparing(recognised::get));
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
