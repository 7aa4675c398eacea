package cn.jsaudit.performance;

import cn.jsaudit.model.ExecutionLine;
import cn.jsaudit.model.FormNumber;
import cn.jsaudit.model.ScoreItem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a form's budget execution block: the header row naming 预算数, 执行数, 执行率 (and 年初预算数, 分值,
 * 得分), then one {@link ExecutionLine} per labelled row until the next part of the form begins.
 */
final class ExecutionReader {

    private final FormSheet form;

    ExecutionReader(FormSheet form) {
        this.form = form;
    }

    /** Reads the block; returns the row after it (where the indicators may start), or 0 when absent. */
    int read() {
        Map<String, List<String>> names = form.labels.execution().columns();
        int header = findHeader(names);
        if (header < 0) {
            return 0;
        }
        Map<String, Integer> cols = columns(header, names);
        FormNumber headerWeight = headerWeight(header, cols);
        int firstValueCol = cols.values().stream().min(Integer::compare).orElseThrow();
        int r = header + 1;
        for (; r <= form.grid.lastRow(); r++) {
            if (form.rowStartsWithAny(r, form.labels.execution().stopLabels())) {
                break;
            }
            String subject = subject(r, firstValueCol);
            if (!subject.isEmpty()) {
                readLine(r, subject, cols, headerWeight);
            }
        }
        return r;
    }

    private int findHeader(Map<String, List<String>> names) {
        for (int r = 0; r <= form.grid.lastRow(); r++) {
            if (form.findCol(r, names.get("rate")) >= 0
                    && (form.findCol(r, names.get("budget")) >= 0 || form.findCol(r, names.get("executed")) >= 0)) {
                return r;
            }
        }
        return -1;
    }

    private Map<String, Integer> columns(int header, Map<String, List<String>> names) {
        Map<String, Integer> cols = new HashMap<>();
        names.forEach((role, candidates) -> {
            int c = form.findCol(header, candidates);
            if (c >= 0) {
                cols.put(role, c);
            }
        });
        return cols;
    }

    /** The execution score's weight when no 分值 column prints it: "得分（20 分*执行率）", "预算执行情况（20 分）". */
    private FormNumber headerWeight(int header, Map<String, Integer> cols) {
        if (cols.containsKey("weight")) {
            return null;
        }
        if (cols.containsKey("score")) {
            FormNumber w = form.pointsIn(header, cols.get("score"));
            if (w != null) {
                return w;
            }
        }
        for (int c = 0; c < form.grid.width(header); c++) {
            FormNumber w = form.pointsIn(header, c);
            if (w != null) {
                return w;
            }
        }
        return null;
    }

    /** The label of a data row: the rightmost label left of the values that begins on this row. */
    private String subject(int r, int firstValueCol) {
        for (int c = firstValueCol - 1; c >= 0; c--) {
            var m = form.grid.mergeAt(r, c);
            if (m != null && m.getFirstRow() != r) {
                continue;
            }
            String t = Labels.key(form.grid.text(r, c));
            if (!t.isEmpty()) {
                return t;
            }
        }
        return "";
    }

    private void readLine(int r, String subject, Map<String, Integer> cols, FormNumber headerWeight) {
        NumberReader n = form.numbers;
        FormNumber initial = cols.containsKey("initialBudget") ? n.number(r, cols.get("initialBudget"), "年初预算数") : null;
        FormNumber budget = cols.containsKey("budget") ? n.number(r, cols.get("budget"), "预算数") : null;
        FormNumber executed = cols.containsKey("executed") ? n.number(r, cols.get("executed"), "执行数") : null;
        FormNumber rate = cols.containsKey("rate") ? n.percent(r, cols.get("rate"), "执行率") : null;
        FormNumber score = cols.containsKey("score") ? n.number(r, cols.get("score"), "得分") : null;
        FormNumber weight = cols.containsKey("weight") ? n.number(r, cols.get("weight"), "分值") : score == null ? null : headerWeight;
        if (initial == null && budget == null && executed == null && rate == null && score == null) {
            return;
        }
        form.facts.add(new ExecutionLine(form.formId, subject, initial, budget, executed, rate, weight, score));
        if (score != null) {
            form.facts.add(new ScoreItem(form.formId, "预算执行", weight, score, 1));
        }
    }
}
