package cn.jsaudit.desk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.fixtures.LastYear;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The desk driven over HTTP, as the page drives it, on a random port with an H2 database in a temporary folder. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskServerTest {

    static final Path YUANJIANG = Path.of("examples/沅江市医疗保障局-2023");
    static final Path YICHENG = Path.of("examples/四川格式生成示例-2024/宜城市水利局-2024.xlsx");
    static final UploadLimits LIMITS = new UploadLimits(4L << 20, 50, 20L << 20);

    Path tmp;

    Database db;
    DeskServer server;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        tmp = dir;
        db = openDatabase(tmp.resolve("data"));
        Accounts accounts = new Accounts(db);
        accounts.add("alice", "alice-secret".toCharArray(), Accounts.ADMIN);
        accounts.add("bob", "bob-secret1".toCharArray(), Accounts.REVIEWER);
        server = new DeskServer(db, Examples.folder(), tmp.resolve("data"), settings()).start("127.0.0.1", 0);
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (db != null) {
            db.close();
        }
        afterDatabaseClosed();
    }

    /** Short retries: a test that takes the database away does not wait minutes. */
    DeskSettings settings() {
        return DeskSettings.of(LIMITS, 2).withStoreRetries(List.of(Duration.ofMillis(500), Duration.ofSeconds(1),
                Duration.ofSeconds(2), Duration.ofSeconds(4)));
    }

    /** The embedded H2 file, as `jsaudit serve` opens it by default. */
    Database openDatabase(Path dataDir) throws Exception {
        return Database.open(null, dataDir);
    }

    void afterDatabaseClosed() throws Exception {
    }

    DeskClient alice() throws Exception {
        DeskClient c = new DeskClient(server.port());
        assertTrue(c.signIn("alice", "alice-secret"));
        return c;
    }

    static byte[] zip(Map<String, Path> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, Path> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(Files.readAllBytes(e.getValue()));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static Map<String, Path> folder(String prefix, Path dir) throws IOException {
        Map<String, Path> m = new LinkedHashMap<>();
        try (var files = Files.list(dir)) {
            files.sorted().forEach(f -> m.put(prefix + f.getFileName(), f));
        }
        return m;
    }

    /** Uploads, waits for the batch and returns its submissions. */
    JsonNode uploadAndWait(DeskClient c, Map<String, byte[]> files) throws Exception {
        HttpResponse<byte[]> r = c.upload(files, true);
        assertEquals(201, r.statusCode(), DeskClient.text(r));
        return waitFor(c, DeskClient.json(r).path("id").asLong());
    }

    JsonNode waitFor(DeskClient c, long batch) throws Exception {
        for (int i = 0; i < 600; i++) {
            JsonNode b = DeskClient.json(c.get("/api/batches/" + batch));
            if (b.path("batch").path("state").asText().equals("已完成")) {
                return b.path("submissions");
            }
            Thread.sleep(200);
        }
        throw new AssertionError("batch " + batch + " not screened in 120 s");
    }

    /** The finding of a rule at a place: "第14段", a cell "C2" or "表名!C2". */
    static JsonNode findingOf(JsonNode unit, String rule, String place) {
        for (JsonNode f : unit.path("findings")) {
            if (!f.path("rule").asText().equals(rule)) {
                continue;
            }
            for (JsonNode l : f.path("locations")) {
                if (place.equals(l.path("cell").asText()) || place.equals(l.path("sheet").asText() + "!" + l.path("cell").asText())) {
                    return f;
                }
            }
        }
        throw new AssertionError(rule + " at " + place + " not among " + unit.path("findings"));
    }

    @Test
    void nothingButTheSignInPageIsServedWithoutASession() throws Exception {
        DeskClient anonymous = new DeskClient(server.port());
        assertEquals(200, anonymous.get("/login").statusCode());
        HttpResponse<byte[]> page = anonymous.get("/");
        assertEquals(302, page.statusCode());
        assertEquals("/login", page.headers().firstValue("Location").orElse(""));
        for (String path : List.of("/api/units", "/api/batches", "/api/me", "/api/submissions/1", "/api/export?format=xlsx",
                "/desk.js", "/unit?id=1")) {
            int status = anonymous.get(path).statusCode();
            assertTrue(status == 401 || status == 302, path + " answered " + status);
        }
        assertEquals(401, anonymous.upload(Map.of("a.xlsx", new byte[] {1}), false).statusCode());
        // a made-up session cookie opens nothing
        anonymous.cookies.put(DeskServer.SESSION_COOKIE, Passwords.token());
        assertEquals(401, anonymous.get("/api/units").statusCode());
    }

    @Test
    void signInNeedsTheRightPasswordAndTheFormsToken() throws Exception {
        DeskClient c = new DeskClient(server.port());
        assertFalse(c.signIn("alice", "wrong-password"));
        assertFalse(c.signIn("nobody", "alice-secret"));
        assertFalse(c.cookies.containsKey(DeskServer.SESSION_COOKIE));
        c.get("/login");
        HttpResponse<byte[]> forged = c.postForm("/login", Map.of("_csrf", "not-the-token", "name", "alice", "password", "alice-secret"));
        assertEquals(403, forged.statusCode());
        assertFalse(c.cookies.containsKey(DeskServer.SESSION_COOKIE));
        assertTrue(c.signIn("alice", "alice-secret"));
        String cookie = c.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(c.base + "/login"))).headers()
                .allValues("Set-Cookie").toString();
        // plain HTTP on this computer: not Secure (DeskSignInTest has the HTTPS cases behind a proxy)
        assertTrue(!cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    }

    @Test
    void aChangeWithoutTheSessionsCsrfTokenIsRefused() throws Exception {
        DeskClient alice = alice();
        DeskClient bob = new DeskClient(server.port());
        assertTrue(bob.signIn("bob", "bob-secret1"));
        HttpResponse<byte[]> none = alice.postJson("/api/users", Map.of("name", "eve", "password", "eve-secret1"), false);
        assertEquals(403, none.statusCode());
        assertTrue(DeskClient.text(none).contains("CSRF"), DeskClient.text(none));
        assertEquals(403, alice.upload(Map.of("a.xlsx", new byte[] {1}), false).statusCode());
        // another user's token does not pass with this session
        alice.csrf = bob.csrf;
        assertEquals(403, alice.postJson("/api/users", Map.of("name", "eve", "password", "eve-secret1"), true).statusCode());
        // a reviewer is not an administrator
        assertEquals(403, bob.get("/api/users").statusCode());
        assertEquals(403, bob.postJson("/api/users", Map.of("name", "eve", "password", "eve-secret1"), true).statusCode());
        // signed out, the session's cookie opens nothing any more
        String token = bob.cookies.get(DeskServer.SESSION_COOKIE);
        assertEquals(302, bob.postJson("/logout", Map.of(), true).statusCode());
        bob.cookies.put(DeskServer.SESSION_COOKIE, token);
        assertEquals(401, bob.get("/api/me").statusCode());
    }

    @Test
    void uploadsThatLeaveTheFolderOrGoOverTheLimitsAreRefusedWhole() throws Exception {
        DeskClient c = alice();
        Path uploads = tmp.resolve("data/uploads");
        byte[] workbook = Files.readAllBytes(Examples.CLEAN);
        for (String evil : List.of("../evil.xlsx", "a/../../evil.xlsx", "/tmp/evil.xlsx", "C:/evil.xlsx")) {
            Map<String, Path> entries = new LinkedHashMap<>();
            entries.put("ok/示范县农业技术推广中心-2023.xlsx", Examples.CLEAN);
            entries.put(evil, Examples.CLEAN);
            HttpResponse<byte[]> r = c.upload(Map.of("bad.zip", zip(entries)), true);
            assertEquals(400, r.statusCode(), evil);
            assertTrue(DeskClient.text(r).contains("文件名不安全"), DeskClient.text(r));
            HttpResponse<byte[]> direct = c.upload(Map.of(evil, workbook), true);
            assertEquals(400, direct.statusCode(), evil);
        }
        assertFalse(Files.exists(tmp.resolve("data/evil.xlsx")));
        assertFalse(Files.exists(tmp.resolve("evil.xlsx")));
        try (var left = Files.list(uploads)) {
            assertEquals(List.of(), left.filter(Files::isDirectory).filter(d -> d.getFileName().toString().matches("\\d.*"))
                    .filter(d -> d.toFile().list().length > 0 && !hasWorkbook(d)).toList(), "refused uploads leave nothing");
        }
        // refused from its length before the body is read: a 413, or the connection closed while the body was still
        // being sent (which of the two the client sees is a race); either way nothing is stored and the desk goes on
        try {
            assertEquals(413, c.upload(Map.of("big.xlsx", new byte[(int) LIMITS.maxRequestBytes() + 1]), true).statusCode());
        } catch (IOException closedBeforeTheBodyWasSent) {
            assertTrue(String.valueOf(closedBeforeTheBodyWasSent.getMessage()).matches(".*(no bytes|reset|closed|Broken pipe).*"),
                    closedBeforeTheBodyWasSent.toString());
        }
        assertEquals(200, c.get("/api/me").statusCode());
        try (var walk = Files.walk(uploads)) {
            assertFalse(walk.anyMatch(p -> p.getFileName().toString().equals("big.xlsx")));
        }
        Map<String, Path> many = new LinkedHashMap<>();
        for (int i = 0; i <= LIMITS.maxEntries(); i++) {
            many.put("d/" + i + ".txt", Examples.RULES.resolve("README.md"));
        }
        HttpResponse<byte[]> tooMany = c.upload(Map.of("many.zip", zip(many)), true);
        assertEquals(400, tooMany.statusCode());
        assertTrue(DeskClient.text(tooMany).contains("文件过多"), DeskClient.text(tooMany));
    }

    private static boolean hasWorkbook(Path dir) {
        try (var walk = Files.walk(dir)) {
            return walk.anyMatch(p -> p.toString().endsWith(".xlsx"));
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aReviewFromUploadToDecisionsThatSurviveACorrectedReupload() throws Exception {
        DeskClient c = alice();
        JsonNode subs = uploadAndWait(c, Map.of("沅江.zip", zip(folder("沅江市医疗保障局-2023/", YUANJIANG))));
        assertEquals(1, subs.size());
        long id = subs.get(0).path("id").asLong();
        JsonNode unit = DeskClient.json(c.get("/api/submissions/" + id));
        assertEquals("沅江市医疗保障局", unit.path("unit").asText());
        assertEquals(2023, unit.path("year").asInt());
        assertEquals("待审", unit.path("status").asText());

        // the unit's form names another unit: the finding's grid marks that cell
        JsonNode name = findingOf(unit, "P-单位-名称", "部门整体支出绩效自评表!C2");
        assertEquals("ERROR", name.path("severity").asText());
        JsonNode grid = DeskClient.json(c.get("/api/submissions/" + id + "/grid?finding=" + name.path("id").asLong()));
        assertEquals("部门整体支出绩效自评表", grid.path("sheet").asText());
        assertArrayEquals(new int[] {1, 2}, new int[] {grid.path("marks").get(0).get(0).asInt(), grid.path("marks").get(0).get(1).asInt()});
        assertEquals("南京市医疗保障局", grid.path("rows").get(1).get(2).asText());

        // a finding about the narrative: its paragraph and sentence
        JsonNode said = findingOf(unit, "P-基础数据-情况说明", "第14段");
        JsonNode text = DeskClient.json(c.get("/api/submissions/" + id + "/text?finding=" + said.path("id").asLong()));
        assertEquals(13, text.path("markParagraph").asInt());
        int sentence = text.path("markSentence").asInt();
        assertTrue(sentence >= 0, text.toString());
        assertTrue(text.path("paragraphs").get(13).get(sentence).asText().contains(said.path("quote").asText().substring(0, 6)));
        // the sheet cell of the same finding, on the other tab
        JsonNode basic = DeskClient.json(c.get("/api/submissions/" + id + "/grid?finding=" + said.path("id").asLong()
                + "&sheet=" + URLEncoder.encode("基础数据表", StandardCharsets.UTF_8)));
        assertEquals("基础数据表", basic.path("sheet").asText());
        assertEquals(10, basic.path("marks").get(0).get(0).asInt());

        // decisions: a reason is required; then 已说明 and the status 已退回
        HttpResponse<byte[]> empty = c.postJson("/api/findings/" + said.path("id").asLong() + "/decision",
                Map.of("kind", "已说明", "note", ""), true);
        assertEquals(400, empty.statusCode());
        JsonNode after = DeskClient.json(c.postJson("/api/findings/" + said.path("id").asLong() + "/decision",
                Map.of("kind", "已说明", "note", "单位说明：基础数据表按调整后预算填列"), true));
        assertEquals("已说明", findingOf(after, "P-基础数据-情况说明", "第14段").path("decision").path("label").asText());
        c.postJson("/api/findings/" + name.path("id").asLong() + "/decision", Map.of("kind", "待退回", "note", ""), true);
        JsonNode signature = findingOf(unit, "P-签字-不一致", "基础数据表!B30");
        c.postJson("/api/findings/" + signature.path("id").asLong() + "/decision",
                Map.of("kind", "误报", "note", "两处都是同一人，一处写了小名"), true);
        JsonNode feedback = DeskClient.json(c.get("/api/feedback"));
        assertEquals(1, feedback.size(), feedback.toString());
        assertEquals("P-签字-不一致 沅江市医疗保障局 两处都是同一人，一处写了小名", feedback.get(0).path("rule").asText() + " "
                + feedback.get(0).path("unit").asText() + " " + feedback.get(0).path("reason").asText());
        assertEquals("已退回", DeskClient.json(c.postJson("/api/submissions/" + id + "/status",
                Map.of("status", "已退回", "note", "单位名称填错"), true)).path("status").asText());
        assertEquals(List.of(id), ids(DeskClient.json(c.get("/api/units?status=" + URLEncoder.encode("已退回", StandardCharsets.UTF_8)))));

        // the unit sends its submission again with a row inserted near the top of 基础数据表: a new submission, the
        // decisions carried over as 上次… to the same findings at their new cells, status back to 待审
        Path corrected = tmp.resolve("更正");
        FindingKeyTest.withRowInserted(YUANJIANG.resolve("沅江市医疗保障局-2023.xlsx"), "基础数据表", 3,
                corrected.resolve("沅江市医疗保障局-2023.xlsx"));
        Files.copy(YUANJIANG.resolve("沅江市医疗保障局-2023.docx"), corrected.resolve("沅江市医疗保障局-2023.docx"));
        JsonNode again = uploadAndWait(c, Map.of("沅江-更正.zip", zip(folder("更正/", corrected))));
        long id2 = again.get(0).path("id").asLong();
        assertTrue(id2 != id);
        JsonNode unit2 = DeskClient.json(c.get("/api/submissions/" + id2));
        JsonNode carried = findingOf(unit2, "P-基础数据-情况说明", "第14段").path("decision");
        assertEquals("上次已说明", carried.path("label").asText());
        assertTrue(carried.path("earlier").asBoolean());
        assertEquals("单位说明：基础数据表按调整后预算填列", carried.path("note").asText());
        assertEquals("上次待退回", findingOf(unit2, "P-单位-名称", "C2").path("decision").path("label").asText());
        JsonNode moved = findingOf(unit2, "P-签字-不一致", "基础数据表!B31");
        assertEquals("上次误报", moved.path("decision").path("label").asText());
        assertEquals("两处都是同一人，一处写了小名", moved.path("decision").path("note").asText());
        JsonNode movedGrid = DeskClient.json(c.get("/api/submissions/" + id2 + "/grid?finding=" + moved.path("id").asLong()
                + "&sheet=" + URLEncoder.encode("基础数据表", StandardCharsets.UTF_8)));
        assertEquals(30, movedGrid.path("marks").get(0).get(0).asInt());
        assertEquals(1, DeskClient.json(c.get("/api/feedback")).size(), "one 误报, not one per upload");
        int decided = 0;
        for (JsonNode f : unit2.path("findings")) {
            decided += f.path("decision").isMissingNode() ? 0 : 1;
        }
        assertEquals(3, decided, "the three decisions, on their three findings only");
        assertEquals("待审", unit2.path("status").asText());
        assertEquals(List.of(id2, id), ids(unit2.path("history")));
        List<String> trail = new ArrayList<>();
        DeskClient.json(c.get("/api/submissions/" + id2 + "/audit")).forEach(a -> trail.add(a.path("user").asText() + " " + a.path("action").asText()));
        assertEquals(List.of("null 首次提交", "alice 标记已说明", "alice 标记待退回", "alice 标记误报", "alice 状态改为已退回",
                "null 重新提交"), trail);

        // exports: the unit is 待审 now, so the 已退回 export is empty and the 待审 one has it
        HttpResponse<byte[]> xlsx = c.get("/api/export?format=xlsx&status=" + URLEncoder.encode("待审", StandardCharsets.UTF_8));
        assertEquals(200, xlsx.statusCode());
        assertEquals('P', xlsx.body()[0]);
        assertEquals('K', xlsx.body()[1]);
        String html = DeskClient.text(c.get("/api/export?format=html&status=" + URLEncoder.encode("待审", StandardCharsets.UTF_8)));
        assertTrue(html.contains("沅江市医疗保障局"));
        String returned = DeskClient.text(c.get("/api/export?format=html&status=" + URLEncoder.encode("已退回", StandardCharsets.UTF_8)));
        assertFalse(returned.contains("沅江市医疗保障局"));
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> out = new ArrayList<>();
        list.forEach(n -> out.add(n.path("id").asLong()));
        return out;
    }

    @Test
    void lastYearsStoredSubmissionOfTheUnitIsHeldAgainstThisYears() throws Exception {
        DeskClient c = alice();
        Path lastYear = LastYear.of(YICHENG, 2024, tmp.resolve("prev/宜城市水利局-2023.xlsx"), "表13!M8", 3.0);
        JsonNode first = uploadAndWait(c, Map.of("2023/宜城市水利局-2023.xlsx", Files.readAllBytes(lastYear)));
        assertEquals(2023, DeskClient.json(c.get("/api/submissions/" + first.get(0).path("id").asLong())).path("year").asInt());
        JsonNode now = uploadAndWait(c, Map.of("2024.zip", zip(folder("2024/", YICHENG.getParent()))));
        JsonNode unit = DeskClient.json(c.get("/api/submissions/" + now.get(0).path("id").asLong()));
        assertEquals("已与 2023 年度的提交（宜城市水利局-2023.xlsx）核对上年数", unit.path("priorNote").asText());
        JsonNode prior = findingOf(unit, "Y-上年决算数", "表13!A8");
        assertEquals("WARNING", prior.path("severity").asText());
        assertEquals(first.get(0).path("id").asLong(), unit.path("priorId").asLong());
    }

    @Test
    void aUnitNamedDifferentlyLastYearIsComparedOnlyOnceAReviewerConfirmsIt() throws Exception {
        DeskClient c = alice();
        Path clean = Examples.SICHUAN;
        Path lastYear = LastYear.renamed(clean, 2023, "四川省示例市医疗保障信息中心", "四川省示例市医疗保障信息中心（本级）",
                tmp.resolve("renamed/四川格式示例-2022.xlsx"));
        uploadAndWait(c, Map.of("2022/四川格式示例-2022.xlsx", Files.readAllBytes(lastYear)));
        JsonNode now = uploadAndWait(c, Map.of("2023/四川格式示例-2023.xlsx", Files.readAllBytes(clean)));
        long id = now.get(0).path("id").asLong();
        JsonNode unit = DeskClient.json(c.get("/api/submissions/" + id));
        assertTrue(unit.path("priorId").isNull(), unit.toString());
        assertTrue(unit.path("priorNote").asText().contains("名称相近的有：四川省示例市医疗保障信息中心（本级）"), unit.path("priorNote").asText());
        assertEquals("[\"四川省示例市医疗保障信息中心（本级）\"]", unit.path("priorCandidates").toString());

        assertEquals(400, c.postJson("/api/submissions/" + id + "/prior", Map.of("unit", "宜城市水利局"), true).statusCode());
        HttpResponse<byte[]> confirmed = c.postJson("/api/submissions/" + id + "/prior",
                Map.of("unit", "四川省示例市医疗保障信息中心（本级）"), true);
        assertEquals(201, confirmed.statusCode(), DeskClient.text(confirmed));
        long batch = DeskClient.json(confirmed).path("id").asLong();
        JsonNode again = waitFor(c, batch);
        JsonNode checked = DeskClient.json(c.get("/api/submissions/" + again.get(0).path("id").asLong()));
        assertTrue(checked.path("priorNote").asText().contains("经审核人员确认为同一单位"), checked.path("priorNote").asText());
        assertEquals("[]", checked.path("priorCandidates").toString());
        assertTrue(checked.path("priorId").asLong() > 0);
    }
}
