package cn.jsaudit.performance;

import cn.jsaudit.ruleapi.Labels;
import cn.jsaudit.ruleapi.Text;
import cn.jsaudit.model.BasicDataItem;
import cn.jsaudit.model.ControlRatio;
import cn.jsaudit.model.FormNumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the 部门整体支出绩效评价基础数据表: the 财政供养人员 line (编制数, 实际在职人数, 控制率) and the
 * 经费控制情况 lines (上年决算数, 本年预算数, 本年决算数) with the part-of structure of forms.yaml.
 */
final class BasicDataReader {

    private static final Pattern YEAR = Pattern.compile("^(\\d{4})年");

    private final FormSheet form;
    private final FormLabels.BasicData labels;

    BasicDataReader(FormSheet form) {
        this.form = form;
        this.labels = form.labels.basicData();
    }

    void read() {
        readStaffing();
        readLines();
    }

    private void readStaffing() {
        FormLabels.Staffing s = labels.staffing();
        LabelKeys baseLabels = LabelKeys.of(s.base());
        int header = form.findRow(0, baseLabels);
        if (header < 0) {
            return;
        }
        int baseCol = form.findCol(header, baseLabels);
        int actualCol = form.findCol(header, LabelKeys.of(s.actual()));
        int rateCol = form.findCol(header, LabelKeys.of(s.rate()));
        int values = header + 1;
        FormNumber base = form.numbers.number(values, baseCol, "编制数");
        FormNumber actual = actualCol < 0 ? null : form.numbers.number(values, actualCol, "实际在职人数");
        FormNumber rate = rateCol < 0 ? null : form.numbers.percent(values, rateCol, "控制率");
        if (base != null || actual != null) {
            form.facts.add(new ControlRatio(form.formId, s.subject(), base, actual, rate));
        }
    }

    private void readLines() {
        int header = headerRow();
        if (header < 0) {
            return;
        }
        Map<String, Integer> cols = columns(header);
        String openGroup = null;
        LabelKeys stops = LabelKeys.of(labels.stopLabels());
        for (int r = header + 1; r <= form.grid.lastRow(); r++) {
            if (form.rowStartsWithAny(r, stops)) {
                break;
            }
            String label = form.grid.text(r, 0);
            if (label.isEmpty() || !form.grid.isAnchor(r, 0)) {
                continue;
            }
            FormLabels.BasicLine known = lineFor(label);
            String key;
            String parent;
            if (known != null) {
                key = known.key();
                parent = known.parent();
                openGroup = known.linesFollow() ? known.key() : null;
            } else {
                key = Labels.key(label);
                parent = openGroup;
            }
            form.facts.add(new BasicDataItem(form.formId, key, Text.compact(label), parent,
                    value(r, cols, "prior", "上年决算数"), value(r, cols, "budget", "本年预算数"),
                    value(r, cols, "actual", "本年决算数"), form.location(r, 0)));
        }
    }

    /** The row naming 预算数 and 决算数 columns. */
    private int headerRow() {
        LabelKeys budget = LabelKeys.of(labels.columns().get("budget"));
        LabelKeys actual = LabelKeys.of(labels.columns().get("actual"));
        for (int r = 0; r <= form.grid.lastRow(); r++) {
            if (form.findCol(r, budget) >= 0 && form.findCol(r, actual) >= 0) {
                return r;
            }
        }
        return -1;
    }

    /**
     * Maps prior / budget / actual to columns. Two 决算数 columns are told apart by their years
     * ("2022年决算数" is the prior year's), or by an explicit 上年.
     */
    private Map<String, Integer> columns(int header) {
        Map<String, Integer> cols = new HashMap<>();
        List<int[]> finals = new ArrayList<>(); // {col, year}
        for (int c = 0; c < form.grid.width(header); c++) {
            if (!form.grid.isAnchor(header, c)) {
                continue;
            }
            String text = form.grid.text(header, c);
            if (Labels.matches(text, labels.columns().get("prior"))) {
                cols.put("prior", c);
            } else if (Labels.matches(text, labels.columns().get("budget"))) {
                cols.put("budget", c);
            } else if (Labels.matches(text, labels.columns().get("actual"))) {
                Matcher m = YEAR.matcher(Text.compact(text));
                finals.add(new int[] {c, m.find() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE});
            }
        }
        finals.sort((a, b) -> Integer.compare(a[1], b[1]));
        if (finals.size() >= 2 && !cols.containsKey("prior")) {
            cols.put("prior", finals.get(0)[0]);
        }
        if (!finals.isEmpty()) {
            cols.put("actual", finals.get(finals.size() - 1)[0]);
        }
        return cols;
    }

    private FormLabels.BasicLine lineFor(String label) {
        return labels.lines().stream().filter(l -> Labels.matches(label, l.labels())).findFirst().orElse(null);
    }

    private FormNumber value(int r, Map<String, Integer> cols, String role, String what) {
        Integer c = cols.get(role);
        return c == null ? null : form.numbers.number(r, c, what);
    }
}
