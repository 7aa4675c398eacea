package cn.jsaudit.report;

import cn.jsaudit.model.ScreeningResult;
import java.io.IOException;

/** A report being written: submissions in input order, then {@link #finish} or, when the run fails, {@link #abort}. */
public interface ReportWriter {

    /** Writes one submission's findings and flushes them, so that they survive whatever happens later. */
    void add(ScreeningResult result) throws IOException;

    /** Writes the tail (totals, run record) after the last submission. */
    void finish() throws IOException;

    /**
     * Ends a report the run could not complete: the tail is written as by {@link #finish}, with the reason, so that
     * the file is a whole report of the submissions screened so far and says that it is incomplete.
     */
    void abort(String reason) throws IOException;
}
