package cn.jsaudit.pipeline;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import cn.jsaudit.rulepack.RuleCase;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/** Runs rule cases: applies the overrides to a copy of the base workbook, screens it, compares the findings. */
public final class RuleCaseRunner {

    /** A case's outcome; {@code diff} lists what was missing, unexpected or forbidden. */
    public record Outcome(RuleCase c, boolean passed, List<String> diff, List<String> findings) {
    }

    private final Screener screener;
    private final Path work;
    private final Map<Path, List<String>> baseFindings = new HashMap<>();

    /** @param work a folder for the modified copies */
    public RuleCaseRunner(RulesFolder folder, Path work) {
        this.screener = new Screener(folder, null);
        this.work = work;
    }

    public Outcome run(RuleCase c) throws IOException {
        Path copy = work.resolve(c.base().getFileName().toString());
        apply(c, copy);
        ScreeningResult r = screener.screen(new SubmissionFiles(copy, null, List.of()));
        // a case tests rules: findings folded under a reading doubt (a case may break many rows of a small table)
        // are compared as if they stood alone
        List<Finding> findings = r.findings().stream()
                .flatMap(f -> f.folded().isEmpty() ? java.util.stream.Stream.of(f) : f.folded().stream()).toList();
        List<String> diff = new ArrayList<>();
        List<Finding> matched = new ArrayList<>();
        for (RuleCase.Expect e : c.expected()) {
            List<Finding> hits = findings.stream().filter(f -> matches(e, f)).toList();
            if (hits.isEmpty()) {
                diff.add("缺少  " + e + "（第 " + e.line() + " 行）");
            }
            matched.addAll(hits);
        }
        for (RuleCase.Expect e : c.forbidden()) {
            findings.stream().filter(f -> matches(e, f))
                    .forEach(f -> diff.add("不应报却报了  " + describe(f) + "（第 " + e.line() + " 行）"));
        }
        if (c.strict()) {
            // "exactly this rule" is relative to the base: what the unchanged base already shows is not "more"
            List<String> already = baseFindings.computeIfAbsent(c.base(), base -> screener
                    .screen(new SubmissionFiles(base, null, List.of())).findings().stream().map(RuleCaseRunner::describe).toList());
            findings.stream().filter(f -> f.severity() != Severity.INFO && !matched.contains(f))
                    .filter(f -> !already.contains(describe(f)))
                    .forEach(f -> diff.add("多出  " + describe(f)));
        }
        return new Outcome(c, diff.isEmpty(), diff, findings.stream().map(RuleCaseRunner::describe).toList());
    }

    public static boolean matches(RuleCase.Expect e, Finding f) {
        if (!e.rule().equals(f.rule()) || (e.severity() != null && e.severity() != f.severity())) {
            return false;
        }
        Location l = f.primaryLocation();
        return e.cell() == null || (l != null && e.sheet().equals(l.sheet()) && e.cell().equals(l.cell()));
    }

    public static String describe(Finding f) {
        Location l = f.primaryLocation();
        return f.rule() + " " + f.severity().label() + (l == null || l.cell() == null ? "" : " " + l.sheet() + "!" + l.cell());
    }

    private static void apply(RuleCase c, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(c.base()); Workbook wb = WorkbookFactory.create(in)) {
            for (RuleCase.CellChange o : c.overrides()) {
                Sheet sheet = wb.getSheet(o.sheet());
                if (sheet == null) {
                    throw new IOException(c.file() + " 用例“" + c.name() + "”：基础工作簿中没有工作表“" + o.sheet() + "”");
                }
                CellReference ref = new CellReference(o.cell());
                Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
                Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
                set(cell, o.value());
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
    }

    private static void set(Cell cell, String value) {
        if (value.equals("空")) {
            cell.setBlank();
            return;
        }
        try {
            cell.setCellValue(new BigDecimal(value).doubleValue());
        } catch (NumberFormatException e) {
            cell.setCellValue(value);
        }
    }
}
