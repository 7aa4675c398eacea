package cn.jsaudit.report;

import cn.jsaudit.engine.RuleInfo;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Positions;
import cn.jsaudit.model.RunRecord;
import cn.jsaudit.model.ScreeningResult;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * "explanation","code","args"}]}]} ("code" and "args" for a message from the rules' message table); a run that could not
 * complete adds "incomplete" (the reason) after the submissions written.
 */
public final class JsonReport implements Report {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // stdout must stay open

    @Override
    public ReportWriter start(RunRecord run, List<RuleInfo> rules, OutputStream out) throws IOException {
        JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
        g.setPrettyPrinter(new DefaultPrettyPrinter());
        g.writeStartObject();
        g.writeFieldName("run");
        MAPPER.writeValue(g, run(run));
        g.writeFieldName("submissions");
        g.writeStartArray();
        return new ReportWriter() {
            @Override
            public void add(ScreeningResult r) throws IOException {
                MAPPER.writeValue(g, submission(r));
                g.flush();
            }

            @Override
            public void finish() throws IOException {
                g.writeEndArray();
                g.writeEndObject();
                g.close();
            }

            @Override
            public void abort(String reason) throws IOException {
                g.writeEndArray();
                g.writeStringField("incomplete", reason);
                g.writeEndObject();
                g.close();
            }
        };
    }

    private static Map<String, Object> submission(ScreeningResult r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("file", r.file());
        s.put("unit", r.unit());
        s.put("year", r.year());
        s.put("template", r.template());
        if (r.screened() != null) {
            // which parts were read: a part not provided is no finding, but the checks reading it did not run
            Map<String, Object> screened = new LinkedHashMap<>();
            screened.put("tables", r.screened().tables());
            screened.put("narrative", r.screened().narrative());
            screened.put("forms", r.screened().forms());
            s.put("screened", screened);
        }
        List<Object> findings = new ArrayList<>();
        for (Finding f : r.findings()) {
            findings.add(finding(f));
        }
        s.put("findings", findings);
        return s;
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
        if (f.code() != null) {
            // the message's code in rules/messages.tsv and its named arguments: what a script should match on
            m.put("code", f.code());
            m.put("args", f.args());
        }
        if (!f.folded().isEmpty()) {
            // the per-row findings a reading doubt stands for: kept for whoever checks the doubt, not counted
            m.put("folded", f.folded().stream().map(JsonReport::finding).toList());
        }
        return m;
    }
}
