package cn.jsaudit.cli;

import cn.jsaudit.ingest.InputProblem;
import cn.jsaudit.narrative.NarrativeException;
import cn.jsaudit.pipeline.Diagnostics;
import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * What --verbose adds: for each problem reported as a finding or a message, the chain of causes behind it
 * (the libraries' own words, class by class), and for a defect of jsaudit the stack trace a maintainer needs.
 */
final class CauseChain implements Diagnostics {

    private final PrintStream err;

    CauseChain(PrintStream err) {
        this.err = err;
    }

    @Override
    public void report(String file, Throwable cause) {
        synchronized (err) {
            PrintWriter w = new PrintWriter(err, true);
            w.println("详细信息（" + file + "）：");
            print(cause, w);
            w.flush();
        }
    }

    static void print(Throwable cause, PrintWriter err) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            err.println("  " + (t == cause ? "" : "原因：") + t.getClass().getName() + (t.getMessage() == null ? "" : "：" + t.getMessage()));
        }
        if (!(cause instanceof InputProblem) && !(cause instanceof NarrativeException)) {
            cause.printStackTrace(err);
        }
    }
}
