package cn.jsaudit.report;

import java.io.IOException;
import java.io.OutputStream;

/** One output format of the finding list; every format renders the same {@link ReportData}. */
public interface Report {

    void write(ReportData data, OutputStream out) throws IOException;
}
