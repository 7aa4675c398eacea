package cn.jsaudit.pipeline;

import cn.jsaudit.model.ScreeningResult;
import cn.jsaudit.model.ScreenedFiles;
import cn.jsaudit.engine.RuleBook;
import cn.jsaudit.ingest.FileNames;
import cn.jsaudit.ingest.UnitReplyReader;
import cn.jsaudit.ingest.InputFindings;
import cn.jsaudit.ingest.InputLimits;
import cn.jsaudit.ingest.InputProblem;
import cn.jsaudit.ingest.NarrativeSheet;
import cn.jsaudit.ingest.SheetData;
import cn.jsaudit.ingest.TemplateTable;
import cn.jsaudit.ingest.TemplateVocabulary;
import cn.jsaudit.ingest.WorkbookData;
import cn.jsaudit.ingest.WorkbookFacts;
import cn.jsaudit.ingest.WorkbookReader;
import cn.jsaudit.ingest.Workbooks;
import cn.jsaudit.model.Amount;
import cn.jsaudit.model.AmountTables;
import cn.jsaudit.model.ColumnRead;
import cn.jsaudit.model.ExpectedTable;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.PerformanceForm;
import cn.jsaudit.model.Severity;
import cn.jsaudit.model.Submission;
import cn.jsaudit.narrative.Narrative;
import cn.jsaudit.narrative.NarrativeException;
import cn.jsaudit.pdf.NarrativeShape;
import cn.jsaudit.pdf.PdfDisclosure;
import cn.jsaudit.pdf.PdfLimits;
import cn.jsaudit.pdf.PdfReader;
import cn.jsaudit.performance.PerformanceReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Screens one submission: files → facts → rules → sorted findings. The CLI, the batch runner and the
 * benchmark all call {@link #screen}; it never throws for bad input, which becomes an INPUT finding.
 *
 * <p>Whatever a submission causes stays with it. Limits ({@link InputLimits}) keep a hostile file from exhausting
 * memory in the first place; beyond them, a defect, a {@link StackOverflowError} or an {@link OutOfMemoryError} in
 * one submission's reading or rules becomes that submission's INPUT finding and the batch goes on. Memory is
 * shared by the submissions screened at the same time, so an OutOfMemoryError may strike a modest submission
 * while another exhausts the heap: the submission that met it is screened again with every other thread held
 * back, and only if it fails alone too is it reported.
 */
public final class Screener {

    private final RulesFolder folder;
    private final String forcedTemplate;
    private final Diagnostics diagnostics;
    private final PriorYears priorYears;
    private final PdfReader pdfReader;
    /** Screening holds the read lock; a retry after an OutOfMemoryError holds the write lock, so it runs alone. */
    private final ReentrantReadWriteLock alone = new ReentrantReadWriteLock(true);

    public Screener(RulesFolder folder, String forcedTemplate) {
        this(folder, forcedTemplate, Diagnostics.NONE);
    }

    /** @param diagnostics told the cause of every problem reported as a finding (for --verbose) */
    public Screener(RulesFolder folder, String forcedTemplate, Diagnostics diagnostics) {
        this(folder, forcedTemplate, diagnostics, PriorYears.NONE);
    }

    /** A screener that also holds each submission against the same unit's submission of the year before. */
    public Screener(RulesFolder folder, String forcedTemplate, Diagnostics diagnostics, PriorYears priorYears) {
        this.folder = folder;
        this.forcedTemplate = forcedTemplate;
        this.diagnostics = diagnostics;
        this.priorYears = priorYears;
        TemplateVocabulary words = folder.templates().vocabulary();
        this.pdfReader = new PdfReader(words.notePrefixes(), words.emptyNotes(),
                PdfLimits.of(folder.limits()));
    }

    public ScreeningResult screen(SubmissionFiles files) {
        return screen(files, PhaseTimer.NONE);
    }

    /** As {@link #screen(SubmissionFiles)}, telling the timer how long each stage took. */
    public ScreeningResult screen(SubmissionFiles files, PhaseTimer timer) {
        alone.readLock().lock();
        try {
            return contained(files, timer, new Stage[] {Stage.READING});
        } catch (OutOfMemoryError e) {
            // not enough memory with the others running: fall through and try once more alone
        } finally {
            alone.readLock().unlock();
        }
        Stage[] stage = {Stage.READING};
        alone.writeLock().lock();
        try {
            return contained(files, timer, stage);
        } catch (OutOfMemoryError e) {
            return failed(files, e, "内存不足（单独重试后仍然不足），此文件未审核。文件是否异常庞大？确属正常时，"
                    + "可用环境变量 JSAUDIT_JAVA_OPTS（如 -Xmx4g）给 jsaudit 更多内存后重试", stage[0]);
        } finally {
            alone.writeLock().unlock();
        }
    }

    /** Where a submission's screening was when it failed, for the message. */
    private enum Stage {
        READING("读取"), RULES("按规则审核");

        final String label;

        Stage(String label) {
            this.label = label;
        }
    }

    /** Screens, turning any failure but an OutOfMemoryError (retried by the caller) into the submission's finding. */
    private ScreeningResult contained(SubmissionFiles files, PhaseTimer timer, Stage[] stage) {
        try {
            return screenOrFail(files, timer, stage);
        } catch (StackOverflowError e) {
            return failed(files, e, "程序栈溢出（文件中的结构嵌套过深，或规则递归过深），此文件未审核", stage[0]);
        } catch (RuntimeException | LinkageError | AssertionError e) {
            // A file that trips a defect of ours must not stop the batch: report it on that submission.
            return failed(files, e, "程序出错，此文件未审核；请将此文件反馈给 jsaudit 维护人员（加 --verbose 可看到出错详情）", stage[0]);
        }
    }

    private ScreeningResult failed(SubmissionFiles files, Throwable cause, String what, Stage stage) {
        String file = files.name();
        diagnostics.report(file, cause);
        return new ScreeningResult(file, null, null, null, List.of(InputFindings.error(file + "：" + stage.label
                + "此提交时" + what + "；其他文件不受影响", null, new Location(file, null, null))));
    }

    private ScreeningResult screenOrFail(SubmissionFiles files, PhaseTimer timer, Stage[] stage) {
        PhaseTimer.Laps laps = new PhaseTimer.Laps(timer);
        String file = files.name();
        InputLimits limits = folder.limits();
        List<Finding> findings = new ArrayList<>();
        List<Object> facts = new ArrayList<>();
        WorkbookFacts tables = null;
        Narrative narrative = null;
        UnitReplies returned = new UnitReplies(List.of());
        PdfDisclosure pdf = null;
        try {
            if (PdfReader.isPdf(files.workbook())) {
                pdf = pdfReader.read(files.workbook());
                findings.addAll(scannedPages(pdf));
            }
            WorkbookData wb = pdf != null ? pdf.workbook() : Workbooks.read(files.workbook(), limits);
            tables = new WorkbookReader(folder.templates(), forcedTemplate).read(wb, file);
            laps.end(PhaseTimer.Phase.READ);
            readPerformance(wb, file, facts, findings);
            laps.end(PhaseTimer.Phase.FORMS);
            if (pdf != null) {
                narrative = pdfNarrative(pdf, tables, facts);
            } else {
                narrative = narrativeSheet(wb, file, limits, findings);
                // A workbook annotated by jsaudit and sent back carries the unit's replies (单位说明) in its 审核结果 sheet.
                returned = new UnitReplies(UnitReplyReader.fromReviewSheet(wb));
            }
            laps.end(PhaseTimer.Phase.NARRATIVE);
        } catch (InputProblem e) {
            findings.add(unreadable(e, file));
        }
        laps.end(PhaseTimer.Phase.READ);
        if (tables == null) {
            findings.sort(FindingOrder.ORDER);
            return new ScreeningResult(file, null, null, null, findings);
        }
        for (Path extra : files.performanceWorkbooks()) {
            String name = extra.getFileName().toString();
            try {
                readPerformance(Workbooks.read(extra, limits), name, facts, findings);
            } catch (InputProblem e) {
                findings.add(unreadable(e, name));
            }
        }
        boolean hasForms = !facts.isEmpty();
        laps.end(PhaseTimer.Phase.FORMS);
        if (files.narrative() != null && PdfReader.isPdf(files.narrative())) {
            narrative = narrativePdf(files.narrative(), findings);
        } else if (files.narrative() != null) {
            try {
                narrative = folder.narrative().read(files.narrative(), limits);
            } catch (NarrativeException e) {
                String name = files.narrative().getFileName().toString();
                diagnostics.report(name, e);
                findings.add(InputFindings.error(e.getMessage(), null, new Location(name, null, null)));
            }
        }
        for (Path copy : files.narrativeCopies()) {
            String name = copy.getFileName().toString();
            findings.add(InputFindings.of(Severity.INFO, name + "：是情况说明的另一份（PDF），已按「"
                    + files.narrative().getFileName() + "」审核，此 PDF 未另行读取，两份内容是否一致未核对", null,
                    new Location(name, null, null)));
        }
        // the narrative's claims are linked to the amounts read; WrongCells links them again to corrected ones
        int claimsFrom = facts.size();
        Function<List<Amount>, List<Object>> claims = claimsOf(narrative, facts, tables);
        facts.addAll(claims.apply(tables.amounts()));
        int claimsTo = facts.size();
        if (narrative != null) {
            facts.addAll(folder.performance().narrative().read(narrative.sentences(), narrative.file()));
        }
        laps.end(PhaseTimer.Phase.NARRATIVE);
        if (tables.tables().isEmpty() && !hasForms && pdf != null && !pdf.unruledPages().isEmpty()) {
            // tables printed without ruling lines are not rebuilt: a reading doubt naming the pages, not a missing table
            findings.add(InputFindings.of(Severity.WARNING, file + "：第 " + pageList(pdf.unruledPages())
                    + " 页的表格没有表格线（只靠文字对齐排列），未能重建为报表，其中的数字未审核；请提供原始工作簿或带表格线的 PDF",
                    null, pages(pdf, pdf.unruledPages())));
        } else if (tables.tables().isEmpty() && !hasForms) {
            findings.add(InputFindings.error(file + "：未识别出任何部门决算公开表或绩效自评表（按表标题或“公开01表”等表号查找）",
                    null, new Location(file, null, null)));
        }
        Submission submission = FileNames.withUnit(tables.submission());
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
        int amountsFrom = facts.size();
        facts.addAll(amountFacts(tables.amounts(), submission.template()));
        findings.addAll(tables.problems());
        laps.end(PhaseTimer.Phase.READ);
        stage[0] = Stage.RULES;
        RuleBook.Evaluation evaluation = folder.rules().evaluateCounting(facts);
        findings.addAll(evaluation.findings());
        findings = ReadingDoubts.fold(IdenticalFindings.merge(findings), evaluation.tallies(), tables.readings(),
                folder.templates().vocabulary().readingDoubt(), file);
        findings = UnreadCells.fold(findings, evaluation.tallies());
        findings = UnitScaleSlips.fold(findings, tables.readings(), folder.templates().vocabulary().unitScales(), file);
        findings = WrongCells.fold(findings, tables.amounts(), amounts -> {
            List<Object> again = new ArrayList<>(facts.subList(0, claimsFrom));
            again.addAll(claims.apply(amounts));
            again.addAll(facts.subList(claimsTo, amountsFrom));
            again.addAll(amountFacts(amounts, submission.template()));
            return folder.rules().evaluate(again);
        });
        if (pdf != null) {
            findings = pdf.places().relocate(findings, tables.readings());
        }
        findings.sort(FindingOrder.ORDER);
        findings = returned.apply(submission.unit(), capped(findings, file, limits));
        laps.end(PhaseTimer.Phase.RULES);
        return new ScreeningResult(file, submission.unit(), submission.year(), submission.template(), findings,
                new ScreenedFiles(!tables.tables().isEmpty(), narrative != null, hasForms));
    }

    /**
     * At most maxFindings findings, the most severe first (they come sorted), and one saying how many were left
     * out: a workbook of a hundred thousand faulty cells must not make reports no one can open.
     */
    private static List<Finding> capped(List<Finding> findings, String file, InputLimits limits) {
        if (findings.size() <= limits.maxFindings()) {
            return findings;
        }
        List<Finding> kept = new ArrayList<>(findings.subList(0, limits.maxFindings()));
        kept.add(InputFindings.of(Severity.WARNING, file + "：此文件有 " + findings.size() + " 条发现，超过上限 maxFindings = "
                + limits.maxFindings() + "（" + InputLimits.SOURCE + "），只列出按严重程度排在前面的 " + limits.maxFindings()
                + " 条，其余 " + (findings.size() - limits.maxFindings()) + " 条未列出", null, new Location(file, null, null)));
        return kept;
    }

    /** The facts made of a submission's amounts: the amounts, each column read, the amounts by table. */
    private static List<Object> amountFacts(List<Amount> amounts, String template) {
        List<Object> out = new ArrayList<>(amounts);
        out.addAll(ColumnRead.of(amounts));
        out.add(AmountTables.of(amounts, template));
        return out;
    }

    /** The narrative's facts for given amounts (its claims linked to them); none without a narrative. */
    private Function<List<Amount>, List<Object>> claimsOf(Narrative narrative, List<Object> forms, WorkbookFacts tables) {
        if (narrative == null) {
            return amounts -> List.of();
        }
        List<Object> others = new ArrayList<>(forms);
        others.addAll(tables.tables());
        return amounts -> folder.narrative().facts(narrative, amounts, others);
    }

    /** The workbook's narrative sheet ({@link NarrativeSheet}) read, when no .docx/.txt comes with the workbook. */
    private Narrative narrativeSheet(WorkbookData wb, String file, InputLimits limits, List<Finding> findings) {
        SheetData sheet = NarrativeSheet.of(wb);
        if (sheet == null) {
            return null;
        }
        try {
            return folder.narrative().read(sheet, file, limits);
        } catch (NarrativeException e) {
            findings.add(InputFindings.error(e.getMessage(), null, new Location(file, sheet.name(), null)));
            return null;
        }
    }

    /**
     * The running text of a PDF as the narrative: the text outside the tables and forms the readers took, a paragraph
     * placed by its page and its number there; null when there is none or it is not a 情况说明 (a cover and 目录 only).
     */
    private Narrative pdfNarrative(PdfDisclosure pdf, WorkbookFacts tables, List<Object> forms) {
        Set<String> read = tables.readings().stream().map(r -> r.info().sheet()).collect(Collectors.toSet());
        forms.stream().filter(f -> f instanceof PerformanceForm).forEach(f -> read.add(((PerformanceForm) f).location().sheet()));
        List<PdfDisclosure.Paragraph> paragraphs = pdf.narrative(read);
        if (paragraphs.isEmpty()) {
            return null;
        }
        List<Location> where = paragraphs.stream()
                .map(p -> new Location(pdf.file(), null, "第 " + p.numberOnPage() + " 段", p.page())).toList();
        Narrative text = folder.narrative().read(pdf.file(), paragraphs.stream().map(PdfDisclosure.Paragraph::text).toList(), where);
        return NarrativeShape.isNarrative(text.sentences()) ? text : null;
    }

    /**
     * A narrative the unit gave as a PDF (…情况说明.pdf): its running text outside any table it prints, read as a PDF
     * disclosure's is; null, said once, when it holds no 情况说明 or cannot be read.
     */
    private Narrative narrativePdf(Path file, List<Finding> findings) {
        String name = file.getFileName().toString();
        try {
            PdfDisclosure pdf = pdfReader.read(file);
            findings.addAll(scannedPages(pdf));
            WorkbookFacts printed = new WorkbookReader(folder.templates(), forcedTemplate).read(pdf.workbook(), name);
            List<Object> forms = new ArrayList<>();
            readPerformance(pdf.workbook(), name, forms, new ArrayList<>());
            Narrative text = pdfNarrative(pdf, printed, forms);
            if (text == null) {
                findings.add(InputFindings.of(Severity.INFO, name + "：此 PDF 中没有读到情况说明（没有两个以上带正文的章节标题），"
                        + "N- 检查未进行", null, new Location(name, null, null)));
            }
            return text;
        } catch (InputProblem e) {
            findings.add(unreadable(e, name));
            return null;
        }
    }

    /** Some pages of a PDF that otherwise has text are scans: what they show was not read, and the reader is told. */
    private static List<Finding> scannedPages(PdfDisclosure pdf) {
        if (pdf.scannedPages().isEmpty()) {
            return List.of();
        }
        return List.of(InputFindings.of(Severity.WARNING, pdf.file() + "：第 " + pageList(pdf.scannedPages())
                + " 页无文本层（扫描件），其中的表格和文字未能读取，未审核", null, pages(pdf, pdf.scannedPages())));
    }

    private static String pageList(List<Integer> pages) {
        return pages.stream().map(String::valueOf).collect(Collectors.joining("、"));
    }

    private static List<Location> pages(PdfDisclosure pdf, List<Integer> pages) {
        return pages.stream().map(n -> new Location(pdf.file(), null, null, n)).toList();
    }

    private void readPerformance(WorkbookData wb, String file, List<Object> facts, List<Finding> findings) {
        PerformanceReader.Result forms = folder.performance().reader().read(wb, file);
        facts.addAll(forms.facts());
        findings.addAll(forms.findings());
    }

    private Finding unreadable(InputProblem e, String file) {
        diagnostics.report(file, e);
        return InputFindings.error(e.getMessage(), null, new Location(file, e.sheet(), e.cell()));
    }
}
