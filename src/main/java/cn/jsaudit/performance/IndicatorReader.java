package cn.jsaudit.performance;

import cn.jsaudit.model.Explanation;
import cn.jsaudit.model.FormNumber;
import cn.jsaudit.model.Indicator;
import cn.jsaudit.model.IndicatorValue;
import cn.jsaudit.model.ScoreItem;
import cn.jsaudit.model.ScoreTotal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a form's indicator table (一级/二级/三级指标, 指标值, 完成值, 分值, 得分, 偏差原因) and its 总分 lines.
 * One 得分 cell merged over several indicators becomes one {@link ScoreItem}.
 */
final class IndicatorReader {

    private final FormSheet form;
    private final IndicatorValueParser values;

    IndicatorReader(FormSheet form) {
        this.form = form;
        this.values = new IndicatorValueParser(form.labels.indicatorValues());
    }

    void read(int from) {
        FormLabels.Indicators labels = form.labels.indicators();
        int header = findHeader(from, labels.columns());
        Map<String, Integer> cols = header < 0 ? Map.of() : columns(header, labels.columns());
        int end = form.grid.lastRow() + 1;
        if (header >= 0) {
            end = readRows(header + 1, cols);
        }
        readTotals(cols, header < 0 ? 0 : end);
    }

    private int findHeader(int from, Map<String, List<String>> names) {
        for (int r = from; r <= form.grid.lastRow(); r++) {
            if (form.findCol(r, names.get("level1")) >= 0 && form.findCol(r, names.get("name")) >= 0) {
                return r;
            }
        }
        return -1;
    }

    private Map<String, Integer> columns(int header, Map<String, List<String>> names) {
        Map<String, Integer> cols = new HashMap<>();
        names.forEach((role, candidates) -> {
            int c = role.equals("deviation") ? deviationCol(header, candidates) : form.findCol(header, candidates);
            if (c >= 0) {
                cols.put(role, c);
            }
        });
        return cols;
    }

    private int deviationCol(int header, List<String> candidates) {
        for (int c = 0; c < form.grid.width(header); c++) {
            if (form.grid.isAnchor(header, c) && Labels.startsWithAny(form.grid.text(header, c), candidates)) {
                return c;
            }
        }
        return -1;
    }

    /** Reads indicator rows until the 总分 or 偏差原因 lines; returns the row where it stopped. */
    private int readRows(int from, Map<String, Integer> cols) {
        List<String> stops = new java.util.ArrayList<>(form.labels.indicators().totalLabels());
        stops.addAll(form.labels.deviationNotes());
        int r = from;
        for (; r <= form.grid.lastRow(); r++) {
            if (form.rowStartsWithAny(r, stops)) {
                break;
            }
            readRow(r, cols);
        }
        return r;
    }

    private void readRow(int r, Map<String, Integer> cols) {
        String name = text(r, cols, "name");
        String level1 = text(r, cols, "level1");
        if (name.isEmpty() || name.equals(level1)) {
            return; // a section line such as "目标 1(40 分）：" spanning the whole width
        }
        IndicatorValue target = value(r, cols, "target");
        IndicatorValue actual = value(r, cols, "actual");
        FormNumber weight = ownNumber(r, cols, "weight", "分值");
        Integer scoreCol = cols.get("score");
        FormNumber score = null;
        if (scoreCol != null && form.grid.isAnchor(r, scoreCol) && !form.ownText(r, scoreCol).isEmpty()) {
            FormNumber s = form.numbers.number(r, scoreCol, "得分");
            int span = form.grid.rowsSpanned(r, scoreCol);
            if (s != null) {
                form.facts.add(new ScoreItem(form.formId, name, weight, s, span));
                score = span == 1 ? s : null;
            }
        }
        String deviation = text(r, cols, "deviation");
        form.facts.add(new Indicator(form.formId, level1, text(r, cols, "level2"), name, target, actual, weight,
                score, deviation, form.location(r, cols.get("name"))));
        explanations(r, cols, name, deviation, actual);
    }

    /** A filled 偏差原因, or a basis stated in the 完成值 itself ("以常住人口数为基数…"), explains the row. */
    private void explanations(int r, Map<String, Integer> cols, String name, String deviation, IndicatorValue actual) {
        if (!deviation.isEmpty() && !deviation.equals("无")) {
            form.facts.add(new Explanation(form.formId, name, deviation, form.location(r, cols.get("deviation"))));
        }
        if (actual != null && form.labels.givesReason(actual.text())) {
            form.facts.add(new Explanation(form.formId, name, actual.text(), actual.location()));
        }
    }

    private String text(int r, Map<String, Integer> cols, String role) {
        Integer c = cols.get(role);
        return c == null ? "" : Labels.compact(form.ownText(r, c));
    }

    private IndicatorValue value(int r, Map<String, Integer> cols, String role) {
        Integer c = cols.get(role);
        if (c == null || form.ownText(r, c).isEmpty()) {
            return null;
        }
        return values.parse(form.ownText(r, c), form.location(r, c));
    }

    private FormNumber ownNumber(int r, Map<String, Integer> cols, String role, String what) {
        Integer c = cols.get(role);
        if (c == null || !form.grid.isAnchor(r, c) || form.ownText(r, c).isEmpty()) {
            return null;
        }
        return form.numbers.number(r, c, what);
    }

    /**
     * 总分 lines: "总分：100" in one cell anywhere, or a 总分 row below the indicators whose 得分 (and 分值)
     * columns hold the totals, else the first value right of the label.
     */
    private void readTotals(Map<String, Integer> cols, int fromRow) {
        List<String> totals = form.labels.indicators().totalLabels();
        Grid g = form.grid;
        for (int r = 0; r <= g.lastRow(); r++) {
            for (int c = 0; c < g.width(r); c++) {
                if (!g.isAnchor(r, c)) {
                    continue;
                }
                String[] parts = FormSheet.inline(g.text(r, c));
                if (parts != null && Labels.matches(parts[0], totals) && !parts[1].isEmpty()) {
                    FormNumber s = form.numbers.fromText(parts[1], form.location(r, c), "总分");
                    if (s != null) {
                        form.facts.add(new ScoreTotal(form.formId, s, null));
                    }
                } else if (r >= fromRow && Labels.matches(g.text(r, c), totals)) {
                    totalRow(r, c, cols);
                }
            }
        }
    }

    private void totalRow(int r, int labelCol, Map<String, Integer> cols) {
        Integer scoreCol = cols.get("score");
        int valueCol = scoreCol != null && !form.grid.text(r, scoreCol).isEmpty() ? scoreCol : form.grid.nextFilled(r, labelCol);
        if (valueCol < 0) {
            return;
        }
        FormNumber score = form.numbers.number(r, valueCol, "总分");
        Integer weightCol = cols.get("weight");
        FormNumber weight = weightCol != null && !form.ownText(r, weightCol).isEmpty()
                ? form.numbers.number(r, weightCol, "分值合计") : null;
        if (score != null) {
            form.facts.add(new ScoreTotal(form.formId, score, weight));
        }
    }
}
