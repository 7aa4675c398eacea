package cn.jsaudit.pipeline;

import cn.jsaudit.ingest.InputFindings;
import cn.jsaudit.ingest.InputProblem;
import cn.jsaudit.model.ScreeningResult;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import cn.jsaudit.narrative.NarrativeEditor;
import cn.jsaudit.narrative.NarrativeException;
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
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * Runs rule cases: applies the overrides to a copy of the base workbook (and the text edits to a copy of its
 * narrative), screens it, compares the findings.
 */
public final class RuleCaseRunner {

    /** A case's outcome; {@code diff} lists what was missing, unexpected or forbidden. */
    public record Outcome(RuleCase c, boolean passed, List<String> diff, List<String> findings) {
    }

    private final RulesFolder folder;
    private final Screener screener;
    private final Path work;
    private final Map<SubmissionFiles, List<String>> baseFindings = new HashMap<>();

    /** @param work a folder for the modified copies */
    public RuleCaseRunner(RulesFolder folder, Path work) {
        this.folder = folder;
        this.screener = new Screener(folder, null);
        this.work = work;
    }

    public Outcome run(RuleCase c) throws IOException {
        Path copy = work.resolve(c.base().getFileName().toString());
        apply(c, c.overrides(), null, copy);
        SubmissionFiles base = c.narrative() ? withNarrative(c) : new SubmissionFiles(c.base(), null, List.of());
        ScreeningResult r = screenerFor(c)
                .screen(new SubmissionFiles(copy, edited(c, base.narrative()), base.performanceWorkbooks()));
        // a case tests rules: findings folded under a reading doubt (a case may break many rows of a small table) or
        // under the rule finding of the wrong cell they follow from are compared as if they stood alone
        List<Finding> findings = r.findings().stream().flatMap(f -> Stream.concat(
                f.folded().isEmpty() || !InputFindings.RULE.equals(f.rule()) ? Stream.of(f) : Stream.empty(),
                f.folded().stream())).toList();
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
            List<String> already = baseFindings.computeIfAbsent(base, unchanged -> screener
                    .screen(unchanged).findings().stream().map(RuleCaseRunner::describe).toList());
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
        return e.cell() == null || (l != null && Objects.equals(e.sheet(), l.sheet()) && e.cell().equals(l.cell()));
    }

    public static String describe(Finding f) {
        Location l = f.primaryLocation();
        return f.rule() + " " + f.severity().label() + (l == null || l.cell() == null ? ""
                : " " + (l.sheet() == null ? "" : l.sheet() + "!") + l.cell());
    }

    /** The base workbook with the narrative and performance workbooks found beside it. */
    private static SubmissionFiles withNarrative(RuleCase c) throws IOException {
        SubmissionFiles found = SubmissionLocator.locate(List.of(c.base())).stream()
                .filter(s -> s.workbook().toAbsolutePath().equals(c.base().toAbsolutePath())).findFirst().orElse(null);
        if (found == null || found.narrative() == null) {
            throw new IOException(c.file() + " 用例“" + c.name() + "”：基础工作簿旁没有同名的情况说明（.docx 或 .txt）");
        }
        return found;
    }

    /** The case's edits applied to a copy of the narrative, or the narrative itself when there are none. */
    private Path edited(RuleCase c, Path narrative) throws IOException {
        if (narrative == null || c.narrativeEdits().isEmpty()) {
            return narrative;
        }
        try {
            return NarrativeEditor.edit(narrative, c.narrativeEdits().stream()
                    .map(e -> new NarrativeEditor.Edit(e.find(), e.replacement())).toList(), work);
        } catch (NarrativeException e) {
            throw new IOException(c.file() + " 用例“" + c.name() + "”：" + e.getMessage(), e);
        }
    }

    /**
     * The case's screener: with a prior year, one that holds the submission against the base workbook made into
     * the unit's submission of that year (with the case's 上年修改 cells).
     */
    private Screener screenerFor(RuleCase c) throws IOException {
        if (c.priorYear() == null) {
            return screener;
        }
        Path dir = Files.createDirectories(work.resolve("上年"));
        Path copy = dir.resolve(c.base().getFileName().toString());
        apply(c, c.priorOverrides(), c.priorYear(), copy);
        try {
            PriorYear prior = PriorYear.read(folder, new SubmissionFiles(copy, null, List.of()));
            return new Screener(folder, null, Diagnostics.NONE, (unit, year) -> prior);
        } catch (InputProblem e) {
            throw new IOException(c.file() + " 用例“" + c.name() + "”：上年提交无法读取：" + e.getMessage(), e);
        }
    }

    /**
     * Writes the base workbook with the changes to the target; with a prior year, every text naming the year after
     * names that year first ("2024 年度" → "2023 年度"), as last year's submission did.
     */
    private static void apply(RuleCase c, List<RuleCase.CellChange> changes, Integer priorYear, Path target)
            throws IOException {
        try (InputStream in = Files.newInputStream(c.base()); Workbook wb = WorkbookFactory.create(in)) {
            if (priorYear != null) {
                yearBack(wb, String.valueOf(priorYear + 1), String.valueOf(priorYear));
            }
            for (RuleCase.CellChange o : changes) {
                Sheet sheet = wb.getSheet(o.sheet());
                if (sheet == null) {
                    throw new IOException(c.file() + " 用例“" + c.name() + "”：基础工作簿中没有工作表“" + o.sheet() + "”");
                }
                CellReference ref = new CellReference(o.cell());
                Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
                Cell old = row.getCell(ref.getCol());
                // a new cell: POI writes a new value beside an inline string's old text, which readers still see
                Cell cell = row.createCell(ref.getCol());
                if (old != null) {
                    cell.setCellStyle(old.getCellStyle());
                }
                set(cell, o.value());
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
    }

    private static void yearBack(Workbook wb, String year, String before) {
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(year)) {
                        cell.setCellValue(cell.getStringCellValue().replace(year, before));
                    }
                }
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
