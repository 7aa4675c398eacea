package cn.jsaudit.report;

import cn.jsaudit.engine.RuleInfo;
import cn.jsaudit.model.RunRecord;
import cn.jsaudit.model.ScreeningResult;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * One output format of the finding list. A report is written as the run goes: its head when the run starts,
 * each submission as soon as it is screened (in input order), its tail at the end; so memory does not grow
 * with the batch and what was written before a failure stays readable.
 */
public interface Report {

    /** Starts the report on {@code out} (which the caller buffers and closes) and writes its head. */
    ReportWriter start(RunRecord run, List<RuleInfo> rules, OutputStream out) throws IOException;

    /** Writes a whole report at once, from results already at hand. */
    default void write(ReportData data, OutputStream out) throws IOException {
        ReportWriter w = start(data.run(), data.rules(), out);
        for (ScreeningResult r : data.results()) {
            w.add(r);
        }
        w.finish();
    }
}
