package cn.jsaudit.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.jsaudit.fixtures.Examples;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The whole desk suite again with PostgreSQL (what a bureau's team server runs) instead of the H2 file. Skipped when
 * Debian's postgresql package is not installed; .ci/install-postgresql installs it for CI.
 */
class PostgresDeskServerTest extends DeskServerTest {

    private TempPostgres postgres;

    @Override
    Database openDatabase(Path dataDir) throws Exception {
        Optional<Path> bin = TempPostgres.installed();
        assumeTrue(bin.isPresent(), "PostgreSQL is not installed (Debian package postgresql; .ci/install-postgresql)");
        postgres = TempPostgres.start(bin.get());
        return Database.open(postgres.url(), dataDir);
    }

    /**
     * PostgreSQL restarted under the desk: meanwhile requests get a Chinese 503 within seconds; an upload whose
     * screening meets the restart is stored once the server is back; the desk needs no restart itself.
     */
    @Test
    void aPostgresRestartLosesNoUploadAndTheDeskGoesOn() throws Exception {
        DeskClient c = alice();
        postgres.halt();
        try {
            HttpResponse<byte[]> away = c.get("/api/units");
            assertEquals(503, away.statusCode());
            assertTrue(DeskClient.text(away).contains("数据库暂时无法访问，请稍后再试"), DeskClient.text(away));
        } finally {
            postgres.resume();
        }
        assertEquals(200, c.get("/api/units").statusCode());

        // the server goes down right after the upload is accepted, while the submission is being screened
        HttpResponse<byte[]> r = c.upload(Map.of("重启/示范县农业技术推广中心-2023.xlsx", Files.readAllBytes(Examples.CLEAN)), true);
        assertEquals(201, r.statusCode(), DeskClient.text(r));
        long batch = DeskClient.json(r).path("id").asLong();
        postgres.halt();
        Thread.sleep(1500);
        postgres.resume();
        for (int i = 0; i < 600; i++) {
            JsonNode b = DeskClient.json(c.get("/api/batches/" + batch));
            if (b.path("batch").path("state").asText().equals("已完成")) {
                JsonNode s = b.path("submissions").get(0);
                assertEquals("已审核", s.path("state").asText(), s.toString());
                assertEquals("示范县农业技术推广中心", s.path("unit").asText());
                return;
            }
            server.houseKeep(); // what the desk does every few minutes, in case the outage outlasted the retries
            Thread.sleep(200);
        }
        throw new AssertionError("the upload was not screened after the restart");
    }

    @Override
    void afterDatabaseClosed() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }
}
