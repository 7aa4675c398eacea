package cn.jsaudit.pipeline;

import cn.jsaudit.ingest.InputFindings;
import cn.jsaudit.ingest.TableReading;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One root cause, one finding: a table filled in 元 under a heading that says 万元 (or a narrative written in 元) fails
 * every comparison with the other tables and the narrative by exactly the same factor. The mismatches whose two figures
 * differ by one of the configured factors ({@code unitScales} in rules/templates/common.yaml) fold under one finding
 * per table — the table all of them involve — or, where only the narrative and various tables are involved, under one
 * for the narrative. A single such mismatch stays as it is: it may be a typing slip.
 */
final class UnitScaleSlips {

    static final String TITLE = "金额单位存疑";
    /** How far the ratio may be off the factor: both figures are rounded to the printed digits. */
    private static final BigDecimal CLOSE = new BigDecimal("0.002");

    private UnitScaleSlips() {
    }

    static List<Finding> fold(List<Finding> findings, List<TableReading> readings, List<Integer> scales, String file) {
        List<Finding> out = new ArrayList<>(findings);
        for (int scale : scales) {
            List<Finding> scaled = out.stream().filter(f -> f.severity() != Severity.INFO && differBy(f, scale)).toList();
            if (scaled.size() < 2) {
                continue;
            }
            List<Finding> betweenTables = scaled.stream().filter(f -> !citesNarrative(f)).toList();
            // the table every table-to-table mismatch involves is the one filled in another unit (tables stacked on
            // one sheet cannot be told apart by the places named: the sheet's first)
            Map<String, TableReading> odd = new LinkedHashMap<>();
            if (!betweenTables.isEmpty()) {
                readings.stream().filter(r -> betweenTables.stream().allMatch(f -> involves(f, r)))
                        .forEach(r -> odd.putIfAbsent(r.info().sheet(), r));
            }
            if (odd.size() == 1) {
                TableReading table = odd.values().iterator().next();
                List<Finding> folded = scaled.stream().filter(f -> involves(f, table)).toList();
                if (folded.size() >= 2) {
                    out.removeAll(folded);
                    out.add(tableSlip(table, "其他表或情况说明", folded, scale, file));
                }
            }
            List<Finding> narrative = out.stream().filter(f -> f.severity() != Severity.INFO && differBy(f, scale)
                    && citesNarrative(f)).toList();
            if (narrative.size() >= 2) {
                out.removeAll(narrative);
                TableReading one = readings.stream().filter(r -> narrative.stream().allMatch(f -> involves(f, r)))
                        .findFirst().orElse(null);
                out.add(one == null
                        ? slip("情况说明的金额与报表", narrative, scale, null, narrative.get(0).locations().get(0))
                        : tableSlip(one, "情况说明", narrative, scale, file));
            }
        }
        return out;
    }

    private static Finding tableSlip(TableReading t, String against, List<Finding> folded, int scale, String file) {
        String sheet = t.info().sheet();
        return slip(t.info().table() + "（工作表“" + sheet + "”）的金额与" + against, folded, scale, t.info().table(),
                new Location(file, sheet, "A" + Math.max(1, t.firstDataRow())));
    }

    private static boolean involves(Finding f, TableReading t) {
        return f.locations().stream().anyMatch(l -> t.info().sheet().equals(l.sheet()));
    }

    private static Finding slip(String what, List<Finding> folded, int scale, String table, Location at) {
        String rules = folded.stream().map(Finding::rule).distinct().collect(Collectors.joining("、"));
        Severity severity = folded.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? Severity.ERROR : Severity.WARNING;
        String message = TITLE + "：" + what + "相差恰为 " + scale + " 倍（" + folded.size() + " 处：" + rules
                + "），疑似金额单位填错（如表头为“万元”而按“元”填列）；请按表头单位改正。这 " + folded.size()
                + " 条逐项发现已折叠在本条之下，不计数。";
        return InputFindings.titled(TITLE, severity, message, table, at).folding(folded);
    }

    /** True when the finding's two figures differ by the factor, either way round. */
    static boolean differBy(Finding f, int scale) {
        BigDecimal a = f.expected();
        BigDecimal b = f.actual();
        if (a == null || b == null || a.signum() == 0 || b.signum() == 0) {
            return false;
        }
        BigDecimal big = a.abs().max(b.abs());
        BigDecimal small = a.abs().min(b.abs());
        BigDecimal ratio = big.divide(small, MathContext.DECIMAL64);
        return ratio.subtract(BigDecimal.valueOf(scale)).abs().compareTo(CLOSE.multiply(BigDecimal.valueOf(scale))) <= 0;
    }

    /** A narrative place has no sheet: the finding compares the text with the tables. */
    private static boolean citesNarrative(Finding f) {
        return f.locations().stream().anyMatch(l -> l.sheet() == null && Objects.nonNull(l.file()));
    }
}
