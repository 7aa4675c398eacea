package cn.jsaudit.report;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.pipeline.Positions;
import cn.jsaudit.pipeline.RunRecord;
import cn.jsaudit.pipeline.ScreeningResult;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stable JSON shape: {"run":{"version","time","rulesSha256","inputs":[{"path","sha256"}]},
 * "submissions":[{"file","unit","year","template","findings":[{"rule","title","severity","status","message",
 * "table","position","locations":[{"file","sheet","cell"(,"page" in a PDF)}],"expected","actual","difference","tolerance","quote",
 * "explanation"}]}]}.
 */
public final class JsonReport implements Report {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(ReportData data, OutputStream out) throws IOException {
        List<Object> submissions = new ArrayList<>();
        for (ScreeningResult r : data.results()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("file", r.file());
            s.put("unit", r.unit());
            s.put("year", r.year());
            s.put("template", r.template());
            List<Object> findings = new ArrayList<>();
            for (Finding f : r.findings()) {
                findings.add(finding(f));
            }
            s.put("findings", findings);
            submissions.add(s);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("run", run(data.run()));
        root.put("submissions", submissions);
        MAPPER.writeValue(new NonClosing(out), root);
    }

    private static Map<String, Object> run(RunRecord run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", run.version());
        m.put("time", run.time());
        m.put("rulesSha256", run.rulesSha256());
        List<Object> inputs = new ArrayList<>();
        for (RunRecord.InputFile f : run.inputs()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("path", f.path());
            fm.put("sha256", f.sha256());
            inputs.add(fm);
        }
        m.put("inputs", inputs);
        return m;
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", f.rule());
        m.put("title", f.title());
        m.put("severity", f.severity().name());
        m.put("status", f.status().code());
        m.put("message", f.message());
        m.put("table", f.table());
        m.put("position", Positions.of(f));
        List<Object> locations = new ArrayList<>();
        for (Location l : f.locations()) {
            Map<String, Object> lm = new LinkedHashMap<>();
            lm.put("file", l.file());
            lm.put("sheet", l.sheet());
            lm.put("cell", l.cell());
            if (l.onPage()) {
                lm.put("page", l.page());
            }
            locations.add(lm);
        }
        m.put("locations", locations);
        m.put("expected", f.expected());
        m.put("actual", f.actual());
        m.put("difference", f.difference());
        m.put("tolerance", f.tolerance());
        m.put("quote", f.quote());
        m.put("explanation", f.explanation());
        if (!f.folded().isEmpty()) {
            // the per-row findings a reading doubt stands for: kept for whoever checks the doubt, not counted
            m.put("folded", f.folded().stream().map(JsonReport::finding).toList());
        }
        return m;
    }

    /** Jackson closes the stream it writes to; stdout must stay open. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
