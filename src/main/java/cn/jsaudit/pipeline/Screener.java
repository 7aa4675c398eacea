package cn.jsaudit.pipeline;

import cn.jsaudit.engine.RuleBook;
import cn.jsaudit.ingest.InputFindings;
import cn.jsaudit.ingest.InputProblem;
import cn.jsaudit.ingest.Templates;
import cn.jsaudit.ingest.TemplateTable;
import cn.jsaudit.ingest.WorkbookFacts;
import cn.jsaudit.ingest.WorkbookReader;
import cn.jsaudit.ingest.Workbooks;
import cn.jsaudit.model.ExpectedTable;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Screens one submission: files → facts → rules → sorted findings. The CLI, the batch runner and the
 * benchmark all call {@link #screen}; it never throws for bad input, which becomes an INPUT finding.
 */
public final class Screener {

    private final RuleBook rules;
    private final Templates templates;
    private final String forcedTemplate;

    public Screener(RuleBook rules, Templates templates, String forcedTemplate) {
        this.rules = rules;
        this.templates = templates;
        this.forcedTemplate = forcedTemplate;
    }

    public ScreeningResult screen(SubmissionFiles files) {
        return screen(files, PhaseTimer.NONE);
    }

    /** As {@link #screen(SubmissionFiles)}, telling the timer how long ingest and rule evaluation took. */
    public ScreeningResult screen(SubmissionFiles files, PhaseTimer timer) {
        long start = System.nanoTime();
        String file = files.name();
        List<Finding> findings = new ArrayList<>();
        List<Object> facts = new ArrayList<>();
        WorkbookFacts tables = null;
        try (Workbook wb = Workbooks.open(files.workbook())) {
            tables = new WorkbookReader(templates, forcedTemplate).read(wb, file);
        } catch (InputProblem e) {
            findings.add(InputFindings.error(e.getMessage(), null, new Location(file, null, null)));
        } catch (IOException e) {
            // closing a read-only workbook; nothing was lost
        }
        long ingested = System.nanoTime();
        timer.record(PhaseTimer.Phase.INGEST, ingested - start);
        if (tables != null) {
            findings.addAll(tables.problems());
            if (tables.tables().isEmpty()) {
                findings.add(InputFindings.error(file + "：未识别出任何部门决算公开表（按表标题或“公开01表”等表号查找）", null,
                        new Location(file, null, null)));
            }
            facts.add(tables.submission());
            for (TemplateTable t : tables.template().tables()) {
                facts.add(new ExpectedTable(tables.template().id(), t.id(), t.title(), t.required()));
            }
            facts.addAll(tables.tables());
            facts.addAll(tables.amounts());
            findings.addAll(rules.evaluate(facts));
            timer.record(PhaseTimer.Phase.RULES, System.nanoTime() - ingested);
        }
        findings.sort(FindingOrder.ORDER);
        return tables == null
                ? new ScreeningResult(file, null, null, null, findings)
                : new ScreeningResult(file, tables.submission().unit(), tables.submission().year(),
                        tables.submission().template(), findings);
    }
}
