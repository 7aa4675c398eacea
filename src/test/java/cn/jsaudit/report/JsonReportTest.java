package cn.jsaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class JsonReportTest {

    private static JsonNode render() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReport().write(Scenarios.data(), out);
        return new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(out.toByteArray());
    }

    @Test
    void runRecordStandsBesideTheSubmissions() throws Exception {
        JsonNode root = render();
        assertEquals(List.of("run", "submissions"), iterable(root.fieldNames()));
        JsonNode run = root.get("run");
        assertEquals("0.1.0", run.get("version").asText());
        assertEquals("2026-07-01T09:30:00+08:00", run.get("time").asText());
        assertEquals("ab".repeat(32), run.get("rulesSha256").asText());
        assertEquals("in/坏文件.xlsx", run.get("inputs").get(1).get("path").asText());
        assertEquals("ef".repeat(32), run.get("inputs").get(1).get("sha256").asText());
    }

    @Test
    void everyFindingCarriesItsStatusAndExplanation() throws Exception {
        JsonNode findings = render().get("submissions").get(0).get("findings");
        assertEquals(List.of("rule", "title", "severity", "status", "message", "table", "position", "locations", "expected",
                "actual", "difference", "tolerance", "quote", "explanation"), iterable(findings.get(0).fieldNames()));
        assertEquals(List.of("open", "explained", "open", "open"),
                StreamSupport.stream(findings.spliterator(), false).map(f -> f.get("status").asText()).toList());
        JsonNode warning = findings.get(1);
        assertEquals("年中追加疫情防控经费，已报财政批准", warning.get("explanation").asText());
        assertTrue(findings.get(0).get("explanation").isNull());
        assertEquals("收支总表!C36，收支总表!F36", findings.get(0).get("position").asText());
        assertEquals(0, new java.math.BigDecimal("-1.00").compareTo(findings.get(0).get("difference").decimalValue()));
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
