package cn.jsaudit.performance;

import cn.jsaudit.ruleapi.Labels;
import cn.jsaudit.model.Explanation;
import cn.jsaudit.model.FormNumber;
import cn.jsaudit.model.Indicator;
import cn.jsaudit.model.IndicatorGroup;
import cn.jsaudit.model.IndicatorValue;
import cn.jsaudit.model.Relation;
import cn.jsaudit.model.ScoreItem;
import cn.jsaudit.model.ScoreTotal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads a form's indicator table (一级/二级/三级指标, 指标值, 完成值, 分值, 得分, 偏差原因) and its 总分 lines.
 * The header may span two rows; side labels merged down many rows carry over to every row they cover, and the
 * weight a group label prints ("产出指标（50 分）") becomes an {@link IndicatorGroup}. One 得分 cell merged over
 * several indicators becomes one {@link ScoreItem}.
 */
final class IndicatorReader {

    /** A weight at the end of a group label: "（50 分）", "(10)", "（30分" with its bracket left open. */
    private static final Pattern GROUP_WEIGHT = Pattern.compile("[(（]\\s*(\\d+(?:\\.\\d+)?)\\s*分?\\s*[)）]?[:：]?$");
    private static final List<String> REQUIRED = List.of("name");
    private static final List<String> ANY_OF = List.of("level1", "level2");
    /** roles matched by the start of a label ("偏差原因分析及改进措施" for 偏差原因) */
    static final Set<String> PREFIX_ROLES = Set.of("deviation");

    /** What the reader found, for the form's self-doubt. */
    record Outcome(boolean header, boolean scoreColumn, int rows, int scores) {
    }

    private final FormSheet form;
    private final IndicatorValueParser values;

    IndicatorReader(FormSheet form) {
        this.form = form;
        this.values = form.words.indicatorValues();
    }

    Outcome read(int from) {
        HeaderColumns header = HeaderColumns.find(form, from, form.words.indicatorColumns(), REQUIRED, ANY_OF);
        if (header == null) {
            readTotals(null, form.grid.lastRow() + 1);
            return new Outcome(false, false, 0, 0);
        }
        List<Row> rows = new ArrayList<>();
        int end = header.last() + 1;
        String[] groups = {"", ""};
        for (; end <= form.grid.lastRow() && !endsTable(end); end++) {
            Row row = readRow(end, header, groups);
            if (row != null) {
                rows.add(row);
            }
        }
        groups(header, header.last() + 1, end);
        int scores = emit(rows, header);
        readTotals(header, end);
        return new Outcome(true, header.has("score"), rows.size(), scores);
    }

    private boolean endsTable(int r) {
        return form.rowBeginsWithAny(r, form.words.tableEnds());
    }

    /** One indicator row as read, before its score cell is tied to the rows it covers. */
    private record Row(int r, String level1, String level2, String name, IndicatorValue target, IndicatorValue actual,
                       FormNumber weight, String deviation) {
    }

    /**
     * One indicator row. A group label left blank under the one above (not merged, just not repeated) is carried
     * down: {@code groups} holds the last 一级 and 二级 labels seen.
     */
    private Row readRow(int r, HeaderColumns h, String[] groups) {
        if (isSectionLine(r, h)) {
            return null; // "目标 1(40 分）：" across the whole table
        }
        String level1 = carried(text(r, h, "level1"), groups, 0);
        String level2 = carried(text(r, h, "level2"), groups, 1);
        String name = startsHere(r, h.col("name")) ? text(r, h, "name") : "";
        if (name.isEmpty()) {
            // a group without 三级指标 scored on its own line (部门整体 forms' 经济效益, 社会效益 …)
            name = ownLabel(r, h, "level2") ? level2 : ownLabel(r, h, "level1") ? level1 : "";
        }
        if (name.isEmpty()) {
            return null;
        }
        IndicatorValue target = value(r, h, "target");
        IndicatorValue actual = value(r, h, "actual");
        FormNumber weight = ownNumber(r, h, "weight", "分值");
        boolean scored = h.has("score") && startsHere(r, h.col("score")) && !form.ownText(r, h.col("score")).isEmpty();
        if (target == null && actual == null && weight == null && !scored && !covered(r, h)) {
            return null; // a group label with nothing under it ("生态效益")
        }
        return new Row(r, level1, level2, name, lowerIsBetter(target, level1, level2, name), actual, weight,
                text(r, h, "deviation"));
    }

    private static String carried(String label, String[] groups, int level) {
        if (label.isEmpty()) {
            return groups[level];
        }
        groups[level] = label;
        if (level == 0) {
            groups[1] = ""; // a new 一级 group starts its 二级 groups afresh
        }
        return label;
    }

    /** True when the row lies under a 得分 cell merged down from an indicator above. */
    private boolean covered(int r, HeaderColumns h) {
        if (!h.has("score")) {
            return false;
        }
        CellRangeAddress m = form.grid.mergeAt(r, h.col("score"));
        return m != null && m.getFirstRow() < r;
    }

    /** A line whose first label cell spans the table's value columns: a section heading, not an indicator. */
    private boolean isSectionLine(int r, HeaderColumns h) {
        int first = h.cols().values().stream().min(Integer::compare).orElse(0);
        CellRangeAddress m = form.grid.mergeAt(r, first);
        int last = h.cols().values().stream().max(Integer::compare).orElse(0);
        return m != null && m.getFirstRow() == r && m.getLastColumn() >= Math.min(last, first + 3);
    }

    /**
     * A cost target printed without a comparator ("100万元" under 成本指标) bounds the cost from above: spending
     * less is no shortfall (forms.yaml lowerIsBetter).
     */
    private IndicatorValue lowerIsBetter(IndicatorValue target, String level1, String level2, String name) {
        if (target == null || target.relation() != Relation.EQUAL) {
            return target;
        }
        FormLabels.LowerIsBetter l = form.labels.indicatorValues().lowerIsBetter();
        LabelKeys groups = form.words.costGroups();
        boolean cost = groups.startsAny(Labels.key(level2)) || groups.startsAny(Labels.key(level1))
                || l.names().stream().anyMatch(w -> Labels.key(name).contains(Labels.key(w)));
        return cost ? new IndicatorValue(target.text(), Relation.AT_MOST, target.number(), target.unit(), target.location())
                : target;
    }

    /** Emits the indicators and one score item per 得分 cell; returns how many scores were read. */
    private int emit(List<Row> rows, HeaderColumns h) {
        int scores = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            FormNumber score = null;
            if (h.has("score") && startsHere(row.r(), h.col("score")) && !form.ownText(row.r(), h.col("score")).isEmpty()) {
                FormNumber s = form.numbers.number(row.r(), h.col("score"), "得分");
                int lastRow = row.r() + form.grid.rowsSpanned(row.r(), h.col("score")) - 1;
                List<Row> covered = rows.subList(i, rows.size()).stream().filter(x -> x.r() <= lastRow).toList();
                if (s != null) {
                    scores++;
                    form.facts.add(new ScoreItem(form.formId, row.name(), weightOf(covered), s, covered.size()));
                    score = covered.size() == 1 ? s : null;
                }
            }
            form.facts.add(new Indicator(form.formId, row.level1(), row.level2(), row.name(), row.target(), row.actual(),
                    row.weight(), score, row.deviation(), form.location(row.r(), h.col("name"))));
            explanations(row, h);
        }
        return scores;
    }

    /** The weight of a score covering these rows: their one weight, or the sum of theirs when each prints one. */
    private static FormNumber weightOf(List<Row> covered) {
        if (covered.size() == 1 || covered.stream().anyMatch(x -> x.weight() == null)) {
            return covered.get(0).weight();
        }
        BigDecimal sum = covered.stream().map(x -> x.weight().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        FormNumber first = covered.get(0).weight();
        BigDecimal half = covered.stream().map(x -> x.weight().halfStep()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new FormNumber(sum, half, sum.toPlainString(), first.location());
    }

    /** The weights printed in group labels, one fact per label cell. */
    private void groups(HeaderColumns h, int from, int to) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        int[] levels = {1, 2};
        String[] roles = {"level1", "level2"};
        for (int k = 0; k < roles.length; k++) {
            Integer c = h.col(roles[k]);
            if (c == null) {
                continue;
            }
            for (int r = from; r < to; r++) {
                if (!form.grid.isAnchor(r, c)) {
                    continue;
                }
                String label = form.grid.compact(r, c);
                Matcher m = GROUP_WEIGHT.matcher(label);
                if (m.find() && seen.add(levels[k] + label)) {
                    BigDecimal w = new BigDecimal(m.group(1));
                    form.facts.add(new IndicatorGroup(form.formId, levels[k], label,
                            new FormNumber(w, BigDecimal.ZERO, form.grid.text(r, c), form.location(r, c)), form.location(r, c)));
                }
            }
        }
    }

    /** A filled 偏差原因, or a basis stated in the 完成值 itself ("以常住人口数为基数…"), explains the row. */
    private void explanations(Row row, HeaderColumns h) {
        String deviation = row.deviation();
        if (!deviation.isEmpty() && !deviation.equals("无")) {
            form.facts.add(new Explanation(form.formId, row.name(), deviation, form.location(row.r(), h.col("deviation"))));
        }
        if (row.actual() != null && form.labels.givesReason(row.actual().text())) {
            form.facts.add(new Explanation(form.formId, row.name(), row.actual().text(), row.actual().location()));
        }
    }

    /** True when the row prints a label of its own in the role's column (not merged from above, not blank). */
    private boolean ownLabel(int r, HeaderColumns h, String role) {
        return startsHere(r, h.col(role)) && !text(r, h, role).isEmpty();
    }

    private boolean startsHere(int r, Integer c) {
        if (c == null) {
            return false;
        }
        CellRangeAddress m = form.grid.mergeAt(r, c);
        return m == null || (m.getFirstRow() == r && m.getFirstColumn() == c);
    }

    private String text(int r, HeaderColumns h, String role) {
        Integer c = h.col(role);
        return c == null || form.ownText(r, c).isEmpty() ? "" : form.grid.compact(r, c);
    }

    private IndicatorValue value(int r, HeaderColumns h, String role) {
        Integer c = h.col(role);
        if (c == null || form.ownText(r, c).isEmpty()) {
            return null;
        }
        return values.parse(form.ownText(r, c), form.location(r, c));
    }

    private FormNumber ownNumber(int r, HeaderColumns h, String role, String what) {
        Integer c = h.col(role);
        if (c == null || !startsHere(r, c) || form.ownText(r, c).isEmpty()) {
            return null;
        }
        return form.numbers.number(r, c, what);
    }

    /**
     * 总分 lines: "总分：100" in one cell anywhere, or a 总分 row below the indicators whose 得分 (and 分值)
     * columns hold the totals, else the first value right of the label.
     */
    private void readTotals(HeaderColumns h, int fromRow) {
        Grid g = form.grid;
        for (int r = 0; r <= g.lastRow(); r++) {
            for (int c = 0; c < g.width(r); c++) {
                if (!g.isAnchor(r, c)) {
                    continue;
                }
                String[] parts = form.inline(r, c);
                if (parts != null && form.words.inlineTotalLabels().matches(Labels.key(parts[0])) && !parts[1].isEmpty()) {
                    FormNumber s = form.numbers.fromText(parts[1], form.location(r, c), "总分");
                    if (s != null) {
                        form.facts.add(new ScoreTotal(form.formId, s, null));
                    }
                } else if (h != null && r >= fromRow && form.words.totalLabels().matches(g, r, c)) {
                    totalRow(r, c, h);
                }
            }
        }
    }

    private void totalRow(int r, int labelCol, HeaderColumns h) {
        Integer scoreCol = h.col("score");
        int valueCol = scoreCol != null && !form.grid.text(r, scoreCol).isEmpty() && scoreCol > labelCol
                ? scoreCol : form.grid.nextFilled(r, labelCol);
        if (valueCol < 0) {
            return;
        }
        FormNumber score = form.numbers.number(r, valueCol, "总分");
        Integer weightCol = h.col("weight");
        FormNumber weight = weightCol != null && weightCol != valueCol && !form.ownText(r, weightCol).isEmpty()
                ? form.numbers.number(r, weightCol, "分值合计") : null;
        if (score != null) {
            form.facts.add(new ScoreTotal(form.formId, score, weight));
        }
    }
}
