package cn.jsaudit.generate;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Prints planned performance forms into a workbook in one {@link FormLayout}, and remembers where each figure
 * went ("0.rate" → "项目1!H5") so that the truth can name the cells the rules must point at.
 */
final class FormsWriter {

    private final Workbook wb;
    private final FormLayout layout;
    private final String unit;
    private final int year;
    private final CellStyle amount;
    private final CellStyle percent;
    private final CellStyle wrap;
    private final Map<String, String> cells = new HashMap<>();

    FormsWriter(Workbook wb, FormLayout layout, String unit, int year) {
        this.wb = wb;
        this.layout = layout;
        this.unit = unit;
        this.year = year;
        amount = wb.createCellStyle();
        amount.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
        wrap = wb.createCellStyle();
        wrap.setWrapText(true);
    }

    /** Where the figures went: key → sheet!A1. */
    Map<String, String> cells() {
        return cells;
    }

    void write(List<FormPlan> plans) {
        int project = 0;
        for (int k = 0; k < plans.size(); k++) {
            FormPlan p = plans.get(k);
            String sheet = sheetName(p.department, ++project);
            write(wb.createSheet(sheet), String.valueOf(k), p);
        }
    }

    private String sheetName(boolean department, int n) {
        return switch (layout) {
            case NATIONAL -> department ? "整体绩效" : "项目" + n;
            case PLAIN -> department ? "部门整体自评表" : "项目自评表" + n;
            case SPLIT -> department ? "绩效-部门整体" : "绩效-项目" + n;
        };
    }

    /** How many columns a layout's forms span. */
    private int width() {
        return layout == FormLayout.PLAIN ? 8 : 9;
    }

    private void write(Sheet s, String key, FormPlan p) {
        int last = width() - 1;
        text(s, 0, 0, year + "年度" + (p.department ? "部门整体支出绩效自评表" : "项目支出绩效自评表"));
        merge(s, 0, 0, 0, last);
        int r = 1;
        if (p.department) {
            text(s, r, 0, "预算部门名称");
            text(s, r, 2, unit);
            merge(s, r, r, 0, 1);
            merge(s, r, r, 2, last);
            r++;
        } else {
            text(s, r, 0, "项目名称");
            text(s, r, 2, p.name);
            merge(s, r, r, 0, 1);
            merge(s, r, r, 2, last);
            r++;
            text(s, r, 0, "主管部门");
            text(s, r, 2, unit);
            text(s, r, 5, "项目实施单位");
            text(s, r, 6, unit);
            merge(s, r, r, 0, 1);
            merge(s, r, r, 2, 4);
            merge(s, r, r, 6, last);
            r++;
        }
        if (layout == FormLayout.PLAIN) {
            text(s, r++, 0, "填表人：张敏");
        }
        r = execution(s, r, key, p);
        r = goals(s, r, key, p);
        if (p.spendingParagraph != null) {
            text(s, r, 0, "二、部门项目支出情况");
            merge(s, r, r, 0, last);
            r++;
            Cell c = text(s, r, 0, p.spendingParagraph);
            c.setCellStyle(wrap);
            merge(s, r, r, 0, last);
            remember(key + ".paragraph", c);
            r++;
        }
        indicators(s, r, key, p);
    }

    /** The 项目资金 block: 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分. */
    private int execution(Sheet s, int h, String key, FormPlan p) {
        boolean plain = layout == FormLayout.PLAIN;
        int first = plain ? 1 : 3;
        int header = h;
        if (plain) {
            text(s, h, 0, "项目资金（万元）");
            text(s, h, 1, "年初预算数（A）");
            text(s, h, 2, "全年预算数（B）");
            text(s, h, 3, "全年执行数（C）");
            text(s, h, 4, "执行率（C/B）");
            text(s, h, 5, "得分（" + p.execWeight + "分*执行率）");
        } else if (layout == FormLayout.SPLIT) {
            text(s, h, 0, "项目资金（万元）");
            text(s, h, 1, "资金来源");
            merge(s, h, h + 1, 1, 2);
            text(s, h, 3, "预算数");
            merge(s, h, h, 3, 4);
            text(s, h + 1, 3, "年初");
            text(s, h + 1, 4, "全年");
            String[] rest = {"全年执行数", "分值", "执行率", "得分"};
            for (int k = 0; k < rest.length; k++) {
                text(s, h, 5 + k, rest[k]);
                merge(s, h, h + 1, 5 + k, 5 + k);
            }
            h++;
        } else {
            text(s, h, 0, "项目资金（万元）");
            String[] labels = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
            for (int k = 0; k < labels.length; k++) {
                text(s, h, 3 + k, labels[k]);
            }
        }
        int r = h + 1;
        label(s, r, plain, "年度资金总额");
        remember(key + ".initial", money(s, r, first, p.initialBudget));
        remember(key + ".budget", money(s, r, first + 1, p.budget));
        remember(key + ".executed", money(s, r, first + 2, p.executed));
        if (plain) {
            remember(key + ".rate", text(s, r, 4, p.rate + "%"));
            remember(key + ".execScore", number(s, r, 5, p.execScore));
        } else {
            remember(key + ".execWeight", number(s, r, 6, p.execWeight));
            remember(key + ".rate", rate(s, r, 7, p.rate));
            remember(key + ".execScore", number(s, r, 8, p.execScore));
        }
        r++;
        label(s, r, plain, "其中：当年财政拨款");
        money(s, r, first + 2, p.fiscal);
        r++;
        label(s, r, plain, "上年结转资金");
        text(s, r, first + 2, "—");
        r++;
        label(s, r, plain, "其他资金");
        if (p.executed > p.fiscal) {
            money(s, r, first + 2, p.executed - p.fiscal);
        } else {
            text(s, r, first + 2, "—");
        }
        if (!plain) {
            merge(s, header, r, 0, 0);
        }
        return r + 1;
    }

    private void label(Sheet s, int r, boolean plain, String text) {
        text(s, r, plain ? 0 : 1, text);
        if (!plain) {
            merge(s, r, r, 1, 2);
        }
    }

    private Cell rate(Sheet s, int r, int c, String points) {
        BigDecimal fraction = new BigDecimal(points).movePointLeft(2);
        Cell cell = cell(s, r, c);
        cell.setCellValue(fraction.doubleValue());
        if (layout == FormLayout.NATIONAL) {
            cell.setCellStyle(percent);
        }
        return cell;
    }

    /** 年度总体目标: 预期目标 and 实际完成情况 side by side, the texts on the row below. */
    private int goals(Sheet s, int r, String key, FormPlan p) {
        int last = width() - 1;
        int split = layout == FormLayout.PLAIN ? 4 : 5;
        text(s, r, 0, "年度总体目标");
        text(s, r, 1, "预期目标");
        text(s, r, split, "实际完成情况");
        merge(s, r, r, 1, split - 1);
        merge(s, r, r, split, last);
        if (layout != FormLayout.PLAIN) {
            merge(s, r, r + 1, 0, 0);
        }
        Cell target = text(s, r + 1, 1, String.join("\n", p.targetGoals));
        Cell actual = text(s, r + 1, split, String.join("\n", p.actualGoals));
        target.setCellStyle(wrap);
        actual.setCellStyle(wrap);
        merge(s, r + 1, r + 1, 1, split - 1);
        merge(s, r + 1, r + 1, split, last);
        remember(key + ".target", target);
        remember(key + ".actual", actual);
        return r + 2;
    }

    /** The indicator table and the 总分 row. */
    private void indicators(Sheet s, int h, String key, FormPlan p) {
        boolean national = layout == FormLayout.NATIONAL;
        int c0 = layout == FormLayout.PLAIN ? 0 : 1;
        int r = h;
        if (national) {
            text(s, h, 0, "绩效指标");
            String[] merged = {"一级指标", "二级指标", "三级指标"};
            for (int k = 0; k < 3; k++) {
                text(s, h, c0 + k, merged[k]);
                merge(s, h, h + 1, c0 + k, c0 + k);
            }
            text(s, h, c0 + 3, "年度");
            text(s, h + 1, c0 + 3, "指标值");
            text(s, h, c0 + 4, "实际");
            text(s, h + 1, c0 + 4, "完成值");
            String[] rest = {"分值", "得分", "偏差原因分析及改进措施"};
            for (int k = 0; k < rest.length; k++) {
                text(s, h, c0 + 5 + k, rest[k]);
                merge(s, h, h + 1, c0 + 5 + k, c0 + 5 + k);
            }
            r = h + 2;
        } else {
            String[] labels = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"};
            for (int k = 0; k < labels.length; k++) {
                text(s, h, c0 + k, labels[k]);
            }
            r = h + 1;
        }
        int first = r;
        Map<String, int[]> groups = new LinkedHashMap<>();
        Map<String, int[]> subgroups = new LinkedHashMap<>();
        BigDecimal weights = new BigDecimal(p.execWeight);
        BigDecimal scores = new BigDecimal(p.execScore);
        for (FormPlan.Indicator i : p.indicators) {
            groups.computeIfAbsent(i.level1, g -> new int[] {0, 0})[0]++;
            subgroups.computeIfAbsent(i.level1 + "|" + i.level2, g -> new int[] {0, 0})[0]++;
            text(s, r, c0 + 2, i.name);
            Cell target = text(s, r, c0 + 3, i.target);
            Cell actual = text(s, r, c0 + 4, i.actual);
            Cell weight = number(s, r, c0 + 5, i.weight);
            Cell score = number(s, r, c0 + 6, i.score);
            if (!i.deviation.isEmpty()) {
                text(s, r, c0 + 7, i.deviation);
            }
            String k = key + ".ind." + i.name;
            remember(k + ".target", target);
            remember(k + ".actual", actual);
            remember(k + ".weight", weight);
            remember(k + ".score", score);
            weights = weights.add(new BigDecimal(i.weight));
            scores = scores.add(new BigDecimal(i.score));
            r++;
        }
        groupLabels(s, key, p, first, c0, groups, subgroups);
        if (national) {
            merge(s, h, r - 1, 0, 0);
        }
        text(s, r, 0, "总分");
        merge(s, r, r, 0, c0 + 4);
        remember(key + ".totalWeight", number(s, r, c0 + 5, weights.toPlainString()));
        remember(key + ".total", number(s, r, c0 + 6, p.total != null ? p.total : scores.toPlainString()));
    }

    /**
     * The 一级 and 二级 labels: merged down over their rows (NATIONAL, SPLIT) or printed once on the group's first
     * row (PLAIN); the 一级 label carries the group's points except in SPLIT.
     */
    private void groupLabels(Sheet s, String key, FormPlan p, int first, int c0, Map<String, int[]> groups,
                             Map<String, int[]> subgroups) {
        int r = first;
        for (Map.Entry<String, int[]> g : groups.entrySet()) {
            int n = g.getValue()[0];
            int points = p.indicators.stream().filter(i -> i.level1.equals(g.getKey())).findFirst().orElseThrow().level1Weight;
            String label = layout == FormLayout.SPLIT ? g.getKey() : g.getKey() + "（" + points + "分）";
            remember(key + ".group." + g.getKey(), text(s, r, c0, label));
            if (layout != FormLayout.PLAIN && n > 1) {
                merge(s, r, r + n - 1, c0, c0);
            }
            r += n;
        }
        r = first;
        for (Map.Entry<String, int[]> g : subgroups.entrySet()) {
            int n = g.getValue()[0];
            text(s, r, c0 + 1, g.getKey().substring(g.getKey().indexOf('|') + 1));
            if (layout != FormLayout.PLAIN && n > 1) {
                merge(s, r, r + n - 1, c0 + 1, c0 + 1);
            }
            r += n;
        }
    }

    private Cell money(Sheet s, int r, int c, long fen) {
        Cell cell = cell(s, r, c);
        cell.setCellValue(Money.wan(fen).doubleValue());
        cell.setCellStyle(amount);
        return cell;
    }

    private Cell number(Sheet s, int r, int c, String value) {
        Cell cell = cell(s, r, c);
        cell.setCellValue(new BigDecimal(value).doubleValue());
        return cell;
    }

    private Cell text(Sheet s, int r, int c, String value) {
        Cell cell = cell(s, r, c);
        cell.setCellValue(value);
        return cell;
    }

    private static Cell cell(Sheet s, int r, int c) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }

    private static void merge(Sheet s, int r1, int r2, int c1, int c2) {
        if (r1 != r2 || c1 != c2) {
            s.addMergedRegionUnsafe(new CellRangeAddress(r1, r2, c1, c2));
        }
    }

    private void remember(String key, Cell cell) {
        cells.put(key, cell.getSheet().getSheetName() + "!"
                + new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString(false));
    }
}
