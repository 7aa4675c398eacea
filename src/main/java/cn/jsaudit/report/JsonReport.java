package cn.jsaudit.report;

import cn.jsaudit.engine.RuleInfo;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Positions;
import cn.jsaudit.model.RunRecord;
import cn.jsaudit.model.ScreeningResult;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
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

    private static final JsonFactory JSON = new JsonFactory()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // stdout must stay open

    @Override
    public ReportWriter start(RunRecord run, List<RuleInfo> rules, OutputStream out) throws IOException {
        JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
        g.setPrettyPrinter(new DefaultPrettyPrinter());
        g.writeStartObject();
        g.writeFieldName("run");
        run(g, run);
        g.writeFieldName("submissions");
        g.writeStartArray();
        return new ReportWriter() {
            @Override
            public void add(ScreeningResult r) throws IOException {
                submission(g, r);
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

    // Written field by field on the generator (maps handed to the ObjectMapper were three times the CPU of the text
    // report for the same findings); the fields, their order and the nulls are the stable shape above.

    private static void submission(JsonGenerator g, ScreeningResult r) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", r.file());
        g.writeStringField("unit", r.unit());
        g.writeFieldName("year");
        if (r.year() == null) {
            g.writeNull();
        } else {
            g.writeNumber(r.year());
        }
        g.writeStringField("template", r.template());
        if (r.screened() != null) {
            // which parts were read: a part not provided is no finding, but the checks reading it did not run
            g.writeObjectFieldStart("screened");
            g.writeBooleanField("tables", r.screened().tables());
            g.writeBooleanField("narrative", r.screened().narrative());
            g.writeBooleanField("forms", r.screened().forms());
            g.writeEndObject();
        }
        g.writeArrayFieldStart("findings");
        for (Finding f : r.findings()) {
            finding(g, f);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void run(JsonGenerator g, RunRecord run) throws IOException {
        g.writeStartObject();
        g.writeStringField("version", run.version());
        g.writeStringField("time", run.time());
        g.writeStringField("rulesSha256", run.rulesSha256());
        g.writeArrayFieldStart("inputs");
        for (RunRecord.InputFile f : run.inputs()) {
            g.writeStartObject();
            g.writeStringField("path", f.path());
            g.writeStringField("sha256", f.sha256());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void finding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.rule());
        g.writeStringField("title", f.title());
        g.writeStringField("severity", f.severity().name());
        g.writeStringField("status", f.status().code());
        g.writeStringField("message", f.message());
        g.writeStringField("table", f.table());
        g.writeStringField("position", Positions.of(f));
        g.writeArrayFieldStart("locations");
        for (Location l : f.locations()) {
            g.writeStartObject();
            g.writeStringField("file", l.file());
            g.writeStringField("sheet", l.sheet());
            g.writeStringField("cell", l.cell());
            if (l.onPage()) {
                g.writeNumberField("page", l.page());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        number(g, "expected", f.expected());
        number(g, "actual", f.actual());
        number(g, "difference", f.difference());
        number(g, "tolerance", f.tolerance());
        g.writeStringField("quote", f.quote());
        g.writeStringField("explanation", f.explanation());
        if (f.code() != null) {
            // the message's code in rules/messages.tsv and its named arguments: what a script should match on
            g.writeStringField("code", f.code());
            g.writeObjectFieldStart("args");
            for (Map.Entry<String, String> a : f.args().entrySet()) {
                g.writeStringField(a.getKey(), a.getValue());
            }
            g.writeEndObject();
        }
        if (!f.folded().isEmpty()) {
            // the per-row findings a reading doubt stands for: kept for whoever checks the doubt, not counted
            g.writeArrayFieldStart("folded");
            for (Finding folded : f.folded()) {
                finding(g, folded);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, BigDecimal value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }
}
