package cn.jsaudit.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database going away while a submission is screened (H2 behind a data source that fails on demand, as a lost
 * connection or a restarting server does): the upload is never lost, the desk goes on answering.
 */
class DeskOutageTest {

    static final List<Duration> RETRIES = List.of(Duration.ofMillis(100), Duration.ofMillis(200));

    /** Which statements fail: those starting with {@code sql} ({@code left} more times, -1 for ever), or all. */
    static final class Fault {
        volatile String sql = "";
        final AtomicInteger left = new AtomicInteger();
        final AtomicInteger hits = new AtomicInteger();
        volatile boolean everything;

        boolean strikes(String statement) {
            if (everything) {
                return true;
            }
            if (sql.isEmpty() || !statement.startsWith(sql) || left.get() == 0) {
                return false;
            }
            left.decrementAndGet();
            hits.incrementAndGet();
            return true;
        }

        void clear() {
            sql = "";
            everything = false;
        }
    }

    @TempDir
    Path tmp;

    final Fault fault = new Fault();
    Database db;
    DeskServer server;
    DeskClient c;

    @BeforeEach
    void start() throws Exception {
        db = Database.open(null, tmp.resolve("data"));
        new Accounts(db).add("alice", "alice-secret".toCharArray(), Accounts.REVIEWER);
        server = new DeskServer(db.through(this::failing), Examples.folder(), tmp.resolve("data"),
                DeskSettings.of(DeskServerTest.LIMITS, 1).withStoreRetries(RETRIES)).start("127.0.0.1", 0);
        c = new DeskClient(server.port());
        assertTrue(c.signIn("alice", "alice-secret"));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        db.close();
    }

    private DataSource failing(DataSource real) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (p, m, args) -> {
            if (m.getName().equals("getConnection") && fault.everything) {
                throw new SQLTransientConnectionException("jsaudit-desk - Connection is not available, request timed out after 5000ms.");
            }
            Object out = invoke(m, real, args);
            return out instanceof Connection connection ? failing(connection) : out;
        });
    }

    private Connection failing(Connection real) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (p, m, args) -> {
            if (m.getName().equals("prepareStatement") && fault.strikes((String) args[0])) {
                throw new SQLTransientConnectionException("An I/O error occurred while sending to the backend.", "08006");
            }
            return invoke(m, real, args);
        });
    }

    private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private long upload() throws Exception {
        HttpResponse<byte[]> r = c.upload(Map.of("a/示范县农业技术推广中心-2023.xlsx", Files.readAllBytes(Examples.CLEAN)), true);
        assertEquals(201, r.statusCode(), DeskClient.text(r));
        return DeskClient.json(r).path("id").asLong();
    }

    private JsonNode batchWhen(long id, String state) throws Exception {
        for (int i = 0; i < 600; i++) {
            JsonNode b = DeskClient.json(c.get("/api/batches/" + id));
            if (b.path("batch").path("state").asText().equals(state)) {
                return b;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("batch " + id + " never " + state);
    }

    private static JsonNode screened(JsonNode batch) {
        JsonNode s = batch.path("submissions").get(0);
        assertEquals("已审核", s.path("state").asText(), s.toString());
        assertEquals("示范县农业技术推广中心", s.path("unit").asText());
        return s;
    }

    @Test
    void aResultTheDatabaseRefusesTwiceIsStoredOnTheThirdTry() throws Exception {
        fault.sql = "UPDATE submission SET unit";
        fault.left.set(2);
        JsonNode batch = batchWhen(upload(), "已完成");
        screened(batch);
        assertEquals(2, fault.hits.get());
        assertEquals(0, batch.path("batch").path("failed").asInt());
    }

    @Test
    void aLongerOutageMarksTheSubmissionFailedWithItsReasonAndAReviewerQueuesItAgain() throws Exception {
        fault.sql = "UPDATE submission SET unit";
        fault.left.set(-1);
        long id = upload();
        JsonNode batch = batchWhen(id, "已完成");
        assertEquals(1, batch.path("batch").path("failed").asInt());
        JsonNode failed = batch.path("submissions").get(0);
        assertEquals("审核失败", failed.path("state").asText());
        assertEquals("审核结果未能存入数据库（已重试 2 次，数据库无法访问或出错，详情见审核台日志）。上传的文件都在，数据库恢复后点“重新审核”即可",
                failed.path("failure").asText());
        assertEquals(200, c.get("/api/units").statusCode(), "the desk goes on serving");

        fault.clear();
        HttpResponse<byte[]> again = c.postJson("/api/submissions/" + failed.path("id").asLong() + "/retry", Map.of(), true);
        assertEquals(200, again.statusCode(), DeskClient.text(again));
        screened(batchWhen(id, "已完成"));
        assertEquals(0, DeskClient.json(c.get("/api/batches/" + id)).path("batch").path("failed").asInt());
        assertEquals(409, c.postJson("/api/submissions/" + failed.path("id").asLong() + "/retry", Map.of(), true).statusCode());
    }

    @Test
    void withTheDatabaseGoneTheSubmissionStaysQueuedAndIsScreenedWhenItComesBack() throws Exception {
        // storing and marking failed both fail: nothing can be written about the submission
        fault.sql = "UPDATE submission SET";
        fault.left.set(-1);
        long id = upload();
        for (int i = 0; i < 300 && fault.hits.get() < RETRIES.size() + 2; i++) {
            Thread.sleep(100);
        }
        assertEquals(RETRIES.size() + 2, fault.hits.get(), "the first try, each retry, then marking it failed");
        Thread.sleep(300);
        assertEquals("排队", db.one("SELECT state FROM submission WHERE batch_id = ?", rs -> rs.getString(1), id));

        // meanwhile every request fails fast with a Chinese 503, and the desk is still there afterwards
        fault.everything = true;
        HttpResponse<byte[]> away = c.get("/api/units");
        assertEquals(503, away.statusCode());
        assertTrue(DeskClient.text(away).contains("数据库暂时无法访问，请稍后再试"), DeskClient.text(away));
        fault.clear();
        assertEquals(200, c.get("/api/units").statusCode());

        server.houseKeep();
        screened(batchWhen(id, "已完成"));
    }
}
