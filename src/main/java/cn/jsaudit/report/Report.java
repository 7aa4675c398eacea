package cn.jsaudit.report;

import cn.jsaudit.pipeline.ScreeningResult;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** One output format of the finding list. */
public interface Report {

    void write(List<ScreeningResult> results, OutputStream out) throws IOException;
}
