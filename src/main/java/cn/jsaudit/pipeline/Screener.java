package cn.jsaudit.pipeline;

import cn.jsaudit.engine.RuleBook;
import cn.jsaudit.ingest.ExplanationReader;
import cn.jsaudit.ingest.InputFindings;
import cn.jsaudit.ingest.InputProblem;
import cn.jsaudit.ingest.SheetData;
import cn.jsaudit.ingest.Text;
import cn.jsaudit.ingest.TemplateTable;
import cn.jsaudit.ingest.WorkbookData;
import cn.jsaudit.ingest.WorkbookFacts;
import cn.jsaudit.ingest.WorkbookReader;
import cn.jsaudit.ingest.Workbooks;
import cn.jsaudit.model.ExpectedTable;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Submission;
import cn.jsaudit.narrative.Narrative;
import cn.jsaudit.narrative.NarrativeException;
import cn.jsaudit.performance.PerformanceReader;
import cn.jsaudit.performance.UnitNames;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Screens one submission: files → facts → rules → sorted findings. The CLI, the batch runner and the
 * benchmark all call {@link #screen}; it never throws for bad input, which becomes an INPUT finding.
 */
public final class Screener {

    private final RulesFolder folder;
    private final String forcedTemplate;
    private final PriorYears priorYears;

    public Screener(RulesFolder folder, String forcedTemplate) {
        this(folder, forcedTemplate, PriorYears.NONE);
    }

    /** A screener that also holds each submission against the same unit's submission of the year before. */
    public Screener(RulesFolder folder, String forcedTemplate, PriorYears priorYears) {
        this.folder = folder;
        this.forcedTemplate = forcedTemplate;
        this.priorYears = priorYears;
    }

    public ScreeningResult screen(SubmissionFiles files) {
        return screen(files, PhaseTimer.NONE);
    }

    /** As {@link #screen(SubmissionFiles)}, telling the timer how long reading and rule evaluation took. */
    public ScreeningResult screen(SubmissionFiles files, PhaseTimer timer) {
        try {
            return screenOrFail(files, timer);
        } catch (RuntimeException | StackOverflowError e) {
            // A file that trips a defect of ours must not stop the batch: report it on that submission.
            String file = files.name();
            return new ScreeningResult(file, null, null, null, List.of(InputFindings.error(file
                    + "：审核此文件时程序出错（" + e + "），其他文件不受影响；请将此文件反馈给 jsaudit 维护人员",
                    null, new Location(file, null, null))));
        }
    }

    private ScreeningResult screenOrFail(SubmissionFiles files, PhaseTimer timer) {
        long start = System.nanoTime();
        String file = files.name();
        List<Finding> findings = new ArrayList<>();
        List<Object> facts = new ArrayList<>();
        WorkbookFacts tables = null;
        Narrative narrative = null;
        Explanations returned = new Explanations(List.of());
        try {
            WorkbookData wb = Workbooks.read(files.workbook());
            tables = new WorkbookReader(folder.templates(), forcedTemplate).read(wb, file);
            readPerformance(wb, file, facts, findings);
            narrative = narrativeSheet(wb, file);
            // A workbook annotated by jsaudit and sent back carries the unit's 说明 in its 审核结果 sheet.
            returned = new Explanations(ExplanationReader.fromReviewSheet(wb));
        } catch (InputProblem e) {
            findings.add(unreadable(e, file));
        }
        if (tables == null) {
            timer.record(PhaseTimer.Phase.INGEST, System.nanoTime() - start);
            findings.sort(FindingOrder.ORDER);
            return new ScreeningResult(file, null, null, null, findings);
        }
        for (Path extra : files.performanceWorkbooks()) {
            String name = extra.getFileName().toString();
            try {
                readPerformance(Workbooks.read(extra), name, facts, findings);
            } catch (InputProblem e) {
                findings.add(unreadable(e, name));
            }
        }
        boolean hasForms = !facts.isEmpty();
        if (files.narrative() != null) {
            try {
                narrative = folder.narrative().read(files.narrative());
            } catch (NarrativeException e) {
                findings.add(InputFindings.error(e.getMessage(), null,
                        new Location(files.narrative().getFileName().toString(), null, null)));
            }
        }
        if (narrative != null) {
            facts.addAll(folder.narrative().facts(narrative, tables.amounts()));
            facts.addAll(folder.performance().narrative().read(narrative.sentences(), narrative.file()));
        }
        if (tables.tables().isEmpty() && !hasForms) {
            findings.add(InputFindings.error(file + "：未识别出任何部门决算公开表或绩效自评表（按表标题或“公开01表”等表号查找）",
                    null, new Location(file, null, null)));
        }
        Submission submission = withUnit(tables.submission(), file);
        facts.add(submission);
        PriorYear prior = priorYears.find(submission.unit(), submission.year());
        if (prior != null) {
            facts.addAll(prior.facts(folder, narrative));
        }
        facts.add(folder.performance().settings());
        if (tables.choice().fits()) {
            // a workbook whose format was not recognised is not held to the nearest template's list of tables
            for (TemplateTable t : tables.template().tables()) {
                facts.add(new ExpectedTable(tables.template().id(), t.name(), t.role(), t.title(), t.required()));
            }
        }
        facts.addAll(tables.tables());
        facts.addAll(tables.amounts());
        findings.addAll(tables.problems());
        long read = System.nanoTime();
        timer.record(PhaseTimer.Phase.INGEST, read - start);
        RuleBook.Evaluation evaluation = folder.rules().evaluateCounting(facts);
        findings.addAll(evaluation.findings());
        findings = ReadingDoubts.fold(IdenticalFindings.merge(findings), evaluation.tallies(), tables.readings(),
                folder.templates().vocabulary().readingDoubt(), file);
        timer.record(PhaseTimer.Phase.RULES, System.nanoTime() - read);
        findings.sort(FindingOrder.ORDER);
        findings = returned.apply(submission.unit(), findings);
        return new ScreeningResult(file, submission.unit(), submission.year(), submission.template(), findings);
    }

    /** A sheet titled 情况说明 holds the narrative when no .docx/.txt comes with the workbook. */
    private Narrative narrativeSheet(WorkbookData wb, String file) {
        for (SheetData sheet : wb.sheets()) {
            String name = Text.compact(sheet.name());
            int firstRow = 0;
            while (firstRow < sheet.lastRow() && sheet.width(firstRow) == 0) {
                firstRow++;
            }
            String title = Text.compact(sheet.printed(firstRow, 0));
            if (name.contains("情况说明") || (title.contains("情况说明") && title.length() <= 30)) {
                return folder.narrative().read(sheet, file);
            }
        }
        return null;
    }

    private void readPerformance(WorkbookData wb, String file, List<Object> facts, List<Finding> findings) {
        PerformanceReader.Result forms = folder.performance().reader().read(wb, file);
        facts.addAll(forms.facts());
        findings.addAll(forms.findings());
    }

    /** A workbook of performance forms only names its unit in its file name ("沅江市医疗保障局-2023.xlsx"). */
    private static Submission withUnit(Submission s, String file) {
        return s.unit() != null ? s
                : new Submission(s.file(), UnitNames.fromFileName(file), s.year(), s.amountUnit(), s.template());
    }

    private static Finding unreadable(InputProblem e, String file) {
        return InputFindings.error(e.getMessage(), null, new Location(file, null, null));
    }
}
