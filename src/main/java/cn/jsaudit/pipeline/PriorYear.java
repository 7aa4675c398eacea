package cn.jsaudit.pipeline;

import cn.jsaudit.ingest.FileNames;
import cn.jsaudit.ingest.InputProblem;
import cn.jsaudit.ingest.WorkbookData;
import cn.jsaudit.ingest.WorkbookFacts;
import cn.jsaudit.ingest.WorkbookReader;
import cn.jsaudit.ingest.Workbooks;
import cn.jsaudit.model.Amount;
import cn.jsaudit.model.BasicDataItem;
import cn.jsaudit.model.Claim;
import cn.jsaudit.model.ClaimKind;
import cn.jsaudit.model.ClaimLink;
import cn.jsaudit.model.PriorAmount;
import cn.jsaudit.model.PriorClaimLink;
import cn.jsaudit.model.PriorFormItem;
import cn.jsaudit.model.Submission;
import cn.jsaudit.narrative.Narrative;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The same unit's submission for the year before, read for the cross-year rules: its public tables' cells and its
 * 基础数据表 lines. Nothing is screened; last year's findings are last year's business.
 *
 * @param submission who and which year (the unit as last year's header names it)
 * @param amounts    last year's table cells
 * @param forms      last year's 基础数据表 lines
 */
public record PriorYear(Submission submission, List<Amount> amounts, List<BasicDataItem> forms) {

    public PriorYear {
        amounts = List.copyOf(amounts);
        forms = List.copyOf(forms);
    }

    /** Reads a submission's tables and forms the way {@link Screener} does, without rules. */
    public static PriorYear read(RulesFolder folder, SubmissionFiles files) throws InputProblem {
        String name = files.name();
        WorkbookData wb = Workbooks.read(files.workbook());
        WorkbookFacts tables = new WorkbookReader(folder.templates(), null).read(wb, name);
        List<BasicDataItem> forms = new ArrayList<>(formsOf(folder, wb, name));
        for (Path extra : files.performanceWorkbooks()) {
            forms.addAll(formsOf(folder, Workbooks.read(extra), extra.getFileName().toString()));
        }
        return new PriorYear(FileNames.withUnit(tables.submission()), tables.amounts(), forms);
    }

    /**
     * What this year's session gets: last year's cells and form lines, and the figures this year's narrative states
     * for last year linked to last year's cells.
     */
    public List<Object> facts(RulesFolder folder, Narrative narrative) {
        Integer year = submission.year();
        String file = submission.file();
        List<Object> out = new ArrayList<>();
        amounts.forEach(a -> out.add(new PriorAmount(year, file, a)));
        forms.forEach(i -> out.add(new PriorFormItem(year, file, i)));
        if (narrative == null) {
            return out;
        }
        // the linker resolves a figure of the current year; a statement about last year is linked as if it were one,
        // against last year's tables, and handed to the rules as the statement it is
        Map<String, Claim> stated = new HashMap<>();
        List<Claim> asCurrent = new ArrayList<>();
        for (Claim c : narrative.claims()) {
            if (c.kind() == ClaimKind.AMOUNT && c.prior() && (c.year() == null || year == null || c.year().equals(year))) {
                stated.put(c.id(), c);
                asCurrent.add(new Claim(c.id(), c.kind(), c.subject(), c.parent(), c.base(), c.measure(), c.value(), c.unit(),
                        c.scale(), c.direction(), c.year(), false, c.code(), c.refs(), c.quote(), c.section(), c.scope(), c.location()));
            }
        }
        if (!asCurrent.isEmpty()) {
            for (ClaimLink l : folder.narrative().links(new Narrative(narrative.file(), List.of(), asCurrent), amounts)) {
                out.add(new PriorClaimLink(stated.get(l.claim().id()), new PriorAmount(year, file, l.amount())));
            }
        }
        return out;
    }

    private static List<BasicDataItem> formsOf(RulesFolder folder, WorkbookData wb, String file) {
        return folder.performance().reader().read(wb, file).facts().stream()
                .filter(BasicDataItem.class::isInstance).map(BasicDataItem.class::cast).toList();
    }
}
