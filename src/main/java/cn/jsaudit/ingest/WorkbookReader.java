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
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

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

    public WorkbookFacts read(Workbook wb, String file) {
        List<SheetText> sheets = new ArrayList<>();
        for (Sheet sheet : wb) {
            if (!ReviewSheet.is(sheet)) {
                sheets.add(new SheetText(sheet));
            }
        }
        Template template = chooseTemplate(sheets);
        TableReader reader = new TableReader(file, template);
        Map<String, TableContent> byTable = new LinkedHashMap<>();
        List<Finding> problems = new ArrayList<>();
        for (SheetText s : sheets) {
            TableHeading heading = TableHeading.of(s, template);
            if (heading == null) {
                continue;
            }
            String id = heading.table().id();
            if (byTable.containsKey(id)) {
                problems.add(InputFindings.of(Severity.WARNING, "工作表“" + s.sheet().getSheetName() + "”与“"
                        + byTable.get(id).info().sheet() + "”都是公开" + id + "表，只审核了后者", id,
                        new Location(file, s.sheet().getSheetName(), "A1")));
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
        List<TableHeading> headings = byTable.values().stream().map(TableContent::heading).toList();
        Submission submission = new Submission(file, mostCommon(headings, TableHeading::unit),
                year(headings, sheets, file), amountUnit(headings), template.id());
        return new WorkbookFacts(submission, template, tables, amounts, problems);
    }

    private Template chooseTemplate(List<SheetText> sheets) {
        if (forcedTemplate != null) {
            return templates.byId(forcedTemplate).orElseThrow();
        }
        // Most tables recognised wins; between a template and its variant, the variant whose signature labels
        // (会议费, 培训费) were found is the more specific match.
        Map<Template, Long> recognised = new HashMap<>();
        for (Template t : templates.all()) {
            List<TableHeading> found = sheets.stream().map(s -> TableHeading.of(s, t)).filter(Objects::nonNull).toList();
            long tables = found.stream().map(h -> h.table().id()).distinct().count();
            long signatures = found.stream().mapToLong(h -> h.table().signature().size()).sum();
            recognised.put(t, tables * 1000 + signatures);
        }
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
