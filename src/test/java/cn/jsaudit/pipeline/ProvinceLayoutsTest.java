package cn.jsaudit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real reference submission (seed 000: workbook, narrative, performance forms) rewritten in a layout other
 * provinces use gives the findings of the original — same rules, severities, tables and values: the template
 * reads what it describes, and nothing of the rewriting passes for an anomaly.
 */
class ProvinceLayoutsTest {

    private static final Path WORKBOOK = Path.of("examples/随州市曾都区医疗保障信息中心-2023.xlsx");
    private static final Path NARRATIVE = Path.of("examples/随州市曾都区医疗保障信息中心-2023.docx");
    private static final String BASIC = "基本支出明细表";

    @TempDir
    Path tmp;

    /** 06 as one list, the older national layout: 科目编码 | 科目名称 | 合计 | 人员经费 | 公用经费, 合计 on top. */
    @Test
    void basicSpendingAsOneListWithItsTotalOnTop() throws Exception {
        Path edited = edit("06清单", wb -> basicAsList(wb, true, null));
        List<Finding> findings = screen(edited);
        assertEquals(described(screen(WORKBOOK)), described(findings));
        assertTrue(findings.stream().noneMatch(f -> f.rule().equals("INPUT")), "read as the template describes it");
    }

    /** The same under a 基本支出 group label, 合计 at the bottom. */
    @Test
    void basicSpendingAsOneListUnderAGroupWithItsTotalBelow() throws Exception {
        Path edited = edit("06清单合计在下", wb -> basicAsList(wb, false, "基本支出"));
        assertEquals(described(screen(WORKBOOK)), described(screen(edited)));
    }

    /** A line whose 合计 is not its 人员经费 + 公用经费 is one error on that line (T06-04), nothing else moves. */
    @Test
    void aLineWhosePartsDoNotAddUpIsOneError() throws Exception {
        Path edited = edit("06清单分项不符", wb -> {
            basicAsList(wb, true, null);
            Sheet s = wb.getSheet(BASIC);
            for (Row r : s) {
                if ("30201".equals(text(r.getCell(0)))) {
                    r.getCell(4).setCellValue(0.63); // 办公费 公用经费 0.63 beside its 合计 0.53
                }
            }
        });
        List<Finding> findings = screen(edited);
        List<Finding> t0604 = findings.stream().filter(f -> f.rule().equals("T06-04")).toList();
        assertEquals(1, t0604.size(), findings.toString());
        assertEquals(Severity.ERROR, t0604.get(0).severity());
        List<Finding> rest = new ArrayList<>(findings);
        rest.removeAll(t0604);
        assertEquals(described(screen(WORKBOOK)), described(rest));
    }

    /**
     * Rebuilds the three-block 06 (人员经费 | 公用经费 | 公用经费 blocks of 科目代码, 科目名称, 决算数) as one list by
     * code: each line's amount under 合计 and again under its part, the 合计 row's parts the blocks' bottom line.
     */
    private static void basicAsList(Workbook wb, boolean totalOnTop, String group) {
        Sheet old = wb.getSheet(BASIC);
        record Line(String code, String name, double value, boolean personnel) {
        }
        List<Line> lines = new ArrayList<>();
        double personnel = 0;
        double goods = 0;
        for (Row r : old) {
            for (int c0 : new int[] {0, 3, 6}) {
                String code = text(r.getCell(c0));
                if (code.matches("\\d{3,5}")) {
                    Cell v = r.getCell(c0 + 2);
                    double value = v == null || v.getCellType() != CellType.NUMERIC ? 0 : v.getNumericCellValue();
                    lines.add(new Line(code, text(r.getCell(c0 + 1)), value, c0 == 0));
                }
            }
            if (text(r.getCell(0)).equals("人员经费合计")) {
                personnel = r.getCell(2).getNumericCellValue();
                goods = r.getCell(8).getNumericCellValue();
            }
        }
        lines.sort(Comparator.comparing(Line::code));
        int index = wb.getSheetIndex(old);
        wb.removeSheetAt(index);
        Sheet s = wb.createSheet(BASIC);
        wb.setSheetOrder(BASIC, index);
        int r = 0;
        row(s, r++, "一般公共预算财政拨款基本支出决算表");
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
        row(s, r++, null, null, null, null, "公开06表");
        row(s, r++, "部门：随州市曾都区医疗保障信息中心", null, null, null, "单位：万元");
        if (group != null) {
            row(s, r++, "科目编码", "科目名称", group);
            s.addMergedRegion(new CellRangeAddress(r - 1, r - 1, 2, 4));
            s.addMergedRegion(new CellRangeAddress(r - 1, r, 0, 0));
            s.addMergedRegion(new CellRangeAddress(r - 1, r, 1, 1));
            row(s, r++, null, null, "合计", "人员经费", "公用经费");
        } else {
            row(s, r++, "科目编码", "科目名称", "合计", "人员经费", "公用经费");
        }
        row(s, r++, "栏次", null, 1, 2, 3);
        if (totalOnTop) {
            row(s, r++, "合计", null, round(personnel + goods), personnel, goods);
        }
        for (Line l : lines) {
            row(s, r++, l.code(), l.name(), l.value(), l.personnel() ? l.value() : null, l.personnel() ? null : l.value());
        }
        if (!totalOnTop) {
            row(s, r++, "合计", null, round(personnel + goods), personnel, goods);
        }
        row(s, r, "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。");
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static void row(Sheet s, int r, Object... values) {
        Row row = s.createRow(r);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (values[c] != null) {
                row.createCell(c).setCellValue(values[c].toString());
            }
        }
    }

    private static String text(Cell c) {
        return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue().strip();
    }

    /** A copy of the workbook with the edit made, beside a copy of its narrative of the same name. */
    private Path edit(String name, Consumer<Workbook> edit) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.copy(NARRATIVE, dir.resolve(NARRATIVE.getFileName()));
        return Examples.edited(WORKBOOK, dir.resolve(WORKBOOK.getFileName()), edit);
    }

    private static List<Finding> screen(Path workbook) {
        return Examples.screener().screen(SubmissionLocator.locate(List.of(workbook)).get(0)).findings();
    }

    /** What a finding says about the figures, without where they are printed. */
    private static List<String> described(List<Finding> findings) {
        assertTrue(findings.stream().anyMatch(f -> f.severity() == Severity.ERROR), "the reference has its anomalies");
        return findings.stream()
                .map(f -> f.rule() + " " + f.severity() + " " + f.table() + " " + f.expected() + " " + f.actual()
                        + " " + f.quote())
                .sorted().toList();
    }
}
