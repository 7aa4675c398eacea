package cn.jsaudit.performance;

import cn.jsaudit.ruleapi.Text;
import cn.jsaudit.model.ExecutionLine;
import cn.jsaudit.model.FormNumber;
import cn.jsaudit.model.ScoreItem;
import java.util.List;

/**
 * Reads a form's budget execution block (项目资金, 预算执行情况): the header naming 执行率 and 预算数 or 执行数
 * (and 年初预算数, 分值, 得分), over one or more rows, then one {@link ExecutionLine} per labelled row until the
 * next part of the form begins. The first line is the block's total (年度资金总额).
 */
final class ExecutionReader {

    private static final List<String> REQUIRED = List.of("rate");
    private static final List<String> ANY_OF = List.of("budget", "executed", "initialBudget");

    private final FormSheet form;
    private int lines;

    ExecutionReader(FormSheet form) {
        this.form = form;
    }

    /** Reads the block; returns the row after it (where the indicators may start), or 0 when absent. */
    int read() {
        HeaderColumns header = HeaderColumns.find(form, 0, form.words.executionColumns(), REQUIRED, ANY_OF);
        if (header == null) {
            return 0;
        }
        FormNumber headerWeight = headerWeight(header);
        int firstValueCol = header.firstValueCol();
        int r = header.last() + 1;
        for (; r <= form.grid.lastRow(); r++) {
            if (form.rowBeginsWithAny(r, form.words.executionStops()) || wordsUnder(r, header)) {
                break;
            }
            String subject = subject(r, firstValueCol);
            if (Text.hasHan(subject)) {
                readLine(r, subject, header, headerWeight);
            }
        }
        return r;
    }

    /**
     * True when the row's value columns hold words and no number: the headings of the next block, not an execution
     * line (a line with one mistyped amount still has its other numbers, and that amount is reported).
     */
    private boolean wordsUnder(int r, HeaderColumns header) {
        boolean words = false;
        for (int c : header.cols().values()) {
            if (!form.grid.isAnchor(r, c)) {
                continue;
            }
            if (form.numbers.holdsNumber(r, c)) {
                return false;
            }
            words |= form.numbers.holdsWords(r, c);
        }
        return words;
    }

    /** The execution score's weight when no 分值 column prints it: "得分（20 分*执行率）", "预算执行情况（20 分）". */
    private FormNumber headerWeight(HeaderColumns header) {
        if (header.has("weight")) {
            return null;
        }
        for (int r = header.first(); r <= header.last(); r++) {
            if (header.has("score")) {
                FormNumber w = form.pointsIn(r, header.col("score"));
                if (w != null) {
                    return w;
                }
            }
            for (int c = 0; c < form.grid.width(r); c++) {
                FormNumber w = form.pointsIn(r, c);
                if (w != null) {
                    return w;
                }
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
            String t = form.grid.key(r, c);
            if (!t.isEmpty()) {
                return t;
            }
        }
        return "";
    }

    private void readLine(int r, String subject, HeaderColumns h, FormNumber headerWeight) {
        NumberReader n = form.numbers;
        FormNumber initial = h.has("initialBudget") ? n.number(r, h.col("initialBudget"), "年初预算数") : null;
        FormNumber budget = h.has("budget") ? n.number(r, h.col("budget"), "预算数") : null;
        FormNumber executed = h.has("executed") ? n.number(r, h.col("executed"), "执行数") : null;
        FormNumber rate = h.has("rate") ? n.percent(r, h.col("rate"), "执行率") : null;
        FormNumber score = h.has("score") ? n.number(r, h.col("score"), "得分") : null;
        FormNumber weight = h.has("weight") ? n.number(r, h.col("weight"), "分值") : score == null ? null : headerWeight;
        if (initial == null && budget == null && executed == null && rate == null && score == null) {
            return;
        }
        form.facts.add(new ExecutionLine(form.formId, subject, initial, budget, executed, rate, weight, score, lines++ == 0));
        if (score != null) {
            form.facts.add(new ScoreItem(form.formId, "预算执行", weight, score, 1));
        }
    }
}
