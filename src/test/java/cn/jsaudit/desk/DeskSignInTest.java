package cn.jsaudit.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sign-in throttling, session lifetime and idle limit, and the cookie flags behind a reverse proxy, on desks whose
 * clock the test moves (H2 in a temporary folder).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskSignInTest {

    static final Duration LIFE = Duration.ofHours(2);
    static final Duration IDLE = Duration.ofMinutes(30);

    Path tmp;
    final TestClock clock = new TestClock();
    Database db;
    Accounts accounts;
    DeskServer direct;
    DeskServer proxied;

    /** One database and its accounts for all the tests (hashing passwords is slow by design); fresh desks for each. */
    @BeforeAll
    void accounts(@TempDir Path dir) {
        tmp = dir;
        db = Database.open(null, tmp.resolve("data"));
        accounts = new Accounts(db, LIFE, IDLE, clock);
        for (String name : List.of("carol", "dave", "erin", "frank")) {
            accounts.add(name, (name + "-secret").toCharArray(), Accounts.REVIEWER);
        }
    }

    @AfterAll
    void closeDatabase() {
        db.close();
    }

    @BeforeEach
    void start() {
        db.update("DELETE FROM desk_session");
        DeskSettings settings = DeskSettings.of(DeskServerTest.LIMITS, 1).withSessions(LIFE, IDLE);
        direct = new DeskServer(new DeskStore(db), accounts, Examples.folder(), tmp.resolve("data"), settings, clock)
                .start("127.0.0.1", 0);
        proxied = new DeskServer(new DeskStore(db), accounts, Examples.folder(), tmp.resolve("data"), settings.withProxy(true),
                clock).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() throws Exception {
        direct.close();
        proxied.close();
    }

    private static String body(HttpResponse<byte[]> r) {
        return DeskClient.text(r);
    }

    private int count(String sql, Object... args) {
        return db.one(sql, rs -> rs.getInt(1), args);
    }

    @Test
    void guessingOneAccountsPasswordWaitsLongerAfterEachFailureWithAChineseMessage() throws Exception {
        DeskClient guesser = new DeskClient(direct.port());
        for (int i = 0; i < SignInThrottle.FREE_PER_ACCOUNT; i++) {
            assertEquals("/login?error=1", guesser.signInAnswer("carol", "guess-" + i).headers().firstValue("Location").orElse(""));
        }
        // the right password does not help while the account waits: it is not even checked
        HttpResponse<byte[]> locked = guesser.signInAnswer("carol", "carol-secret");
        assertEquals(429, locked.statusCode());
        assertEquals("1", locked.headers().firstValue("Retry-After").orElse(""));
        assertTrue(body(locked).contains("该用户名连续多次登录失败，为防止有人猜测密码，请在 1 秒后再试"), body(locked));
        assertFalse(guesser.cookies.containsKey(DeskServer.SESSION_COOKIE));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = '登录受限' AND detail LIKE ?", "%carol%"));

        clock.advance(Duration.ofSeconds(1));
        assertEquals(302, guesser.signInAnswer("carol", "guess-again").statusCode());
        HttpResponse<byte[]> longer = guesser.signInAnswer("carol", "carol-secret");
        assertEquals(429, longer.statusCode());
        assertEquals("2", longer.headers().firstValue("Retry-After").orElse(""));
        clock.advance(Duration.ofSeconds(2));
        assertTrue(guesser.signIn("carol", "carol-secret"), "the wait over, the right password signs in");
        // and the account's failures are cleared
        DeskClient later = new DeskClient(direct.port());
        assertEquals(302, later.signInAnswer("carol", "typo").statusCode());
        assertEquals(302, later.signInAnswer("carol", "typo").statusCode());
        // a name or password no account can have is turned away at once, without hashing or remembering it
        assertEquals("/login?error=1", later.signInAnswer("x".repeat(10_000), "p").headers().firstValue("Location").orElse(""));
        assertEquals("/login?error=1", later.signInAnswer("carol", "p".repeat(5_000)).headers().firstValue("Location").orElse(""));
    }

    @Test
    void theWaitStopsGrowingAtItsLongestAndAQuietHourForgetsTheFailures() {
        SignInThrottle t = new SignInThrottle(clock);
        for (int i = 0; i < 60; i++) {
            t.failed("alice", "192.0.2." + i);
        }
        SignInThrottle.Wait w = t.check("alice", "198.51.100.1", false);
        assertEquals(SignInThrottle.LONGEST_WAIT, w.left());
        assertEquals("该用户名连续多次登录失败，为防止有人猜测密码，请在 15 分钟后再试（在此浏览器上曾成功登录过该账户的不受此限）。", w.message());
        clock.advance(SignInThrottle.LONGEST_WAIT);
        assertEquals(null, t.check("alice", "198.51.100.1", false), "never locked for longer than the longest wait");
        clock.advance(SignInThrottle.FORGET_AFTER);
        for (int i = 0; i < SignInThrottle.FREE_PER_ACCOUNT - 1; i++) {
            t.failed("alice", "198.51.100.1");
        }
        assertEquals(null, t.check("alice", "198.51.100.1", false), "after a quiet hour the free failures are free again");
        // a name is one account however it is typed
        t.failed("Alice ", "198.51.100.1");
        assertTrue(t.check("alice", "198.51.100.2", false).account());
    }

    @Test
    void someoneGuessingAReviewersPasswordDoesNotLockTheReviewerOutOfTheBrowserTheyUse() throws Exception {
        DeskClient reviewer = new DeskClient(direct.port());
        assertTrue(reviewer.signIn("dave", "dave-secret"));
        assertTrue(reviewer.cookies.containsKey(DeskServer.DEVICE_COOKIE));
        reviewer.postJson("/logout", java.util.Map.of(), true);

        DeskClient attacker = new DeskClient(direct.port());
        for (int i = 0; i < 12; i++) {
            attacker.signInAnswer("dave", "guess-" + i);
        }
        assertEquals(429, attacker.signInAnswer("dave", "dave-secret").statusCode());
        // another account's device cookie is no pass for dave
        DeskClient other = new DeskClient(direct.port());
        assertTrue(other.signIn("erin", "erin-secret"));
        assertEquals(429, other.signInAnswer("dave", "dave-secret").statusCode());
        // dave's own browser signs in at once
        assertTrue(reviewer.signIn("dave", "dave-secret"));
    }

    /** Only an upload may be large: a sign-in form of megabytes is refused before it is read, and the desk goes on. */
    @Test
    void aLargeBodyIsRefusedEverywhereButTheUpload() throws Exception {
        DeskClient c = new DeskClient(direct.port());
        HttpResponse<byte[]> big = c.postForm("/login", Map.of("username", "carol", "password", "x".repeat(2 << 20)));
        assertEquals(413, big.statusCode());
        assertTrue(body(big).contains("除上传提交外，一次最多 1024 KB"), body(big));
        assertTrue(c.signIn("carol", "carol-secret"));
    }

    @Test
    void manyFailuresFromOneAddressWaitWhateverTheNamesAndBehindAProxyTheAddressIsTheForwardedOne() throws Exception {
        DeskClient office = new DeskClient(proxied.port());
        office.headers.put("X-Forwarded-Proto", "https");
        office.headers.put("X-Forwarded-For", "198.51.100.20, 203.0.113.7");
        for (int i = 0; i < SignInThrottle.FREE_PER_ADDRESS; i++) {
            assertEquals(302, office.signInAnswer("name-" + i, "guess").statusCode());
        }
        HttpResponse<byte[]> held = office.signInAnswer("frank", "frank-secret");
        assertEquals(429, held.statusCode());
        assertTrue(body(held).contains("从您的网络地址登录失败的次数过多，请在 1 秒后再试"), body(held));
        // the address is the last hop, the one the proxy added: a client cannot choose another by sending its own
        DeskClient elsewhere = new DeskClient(proxied.port());
        elsewhere.headers.put("X-Forwarded-Proto", "https");
        elsewhere.headers.put("X-Forwarded-For", "203.0.113.8");
        assertTrue(elsewhere.signIn("frank", "frank-secret"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = '登录' AND detail = '203.0.113.8'"));

        // without --behind-proxy the forwarded headers are not believed: the address is the connection's
        DeskClient forging = new DeskClient(direct.port());
        forging.headers.put("X-Forwarded-For", "203.0.113.99");
        assertTrue(forging.signIn("erin", "erin-secret"));
        assertEquals(0, count("SELECT COUNT(*) FROM audit_event WHERE detail = '203.0.113.99'"));
        assertEquals("127.0.0.1", db.one("SELECT detail FROM audit_event WHERE action = '登录' ORDER BY id DESC",
                rs -> rs.getString(1)));
    }

    @Test
    void cookiesAreSecureWhenTheTrustedProxySaysHttpsAndPlainHttpFromAfarIsRefused() throws Exception {
        DeskClient viaProxy = new DeskClient(proxied.port());
        viaProxy.headers.put("X-Forwarded-Proto", "https");
        viaProxy.headers.put("X-Forwarded-For", "198.51.100.30");
        HttpResponse<byte[]> signedIn = viaProxy.signInAnswer("erin", "erin-secret");
        List<String> set = signedIn.headers().allValues("Set-Cookie");
        assertEquals(3, set.size(), set.toString()); // the sign-in form's token cleared, the device, the session
        for (String cookie : set) {
            assertTrue(cookie.contains("; Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        }
        String session = set.stream().filter(c -> c.startsWith(DeskServer.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(session.contains("Max-Age=" + LIFE.toSeconds()), session);

        // directly, a client's own X-Forwarded-Proto is not believed: plain HTTP on this computer, not Secure
        DeskClient direct = new DeskClient(this.direct.port());
        direct.headers.put("X-Forwarded-Proto", "https");
        for (String cookie : direct.signInAnswer("erin", "erin-secret").headers().allValues("Set-Cookie")) {
            assertFalse(cookie.contains("Secure"), cookie);
        }

        // the proxy says the browser came over plain HTTP from another computer: no password crosses that
        DeskClient plain = new DeskClient(proxied.port());
        plain.headers.put("X-Forwarded-Proto", "http");
        plain.headers.put("X-Forwarded-For", "198.51.100.31");
        assertTrue(body(plain.get("/login")).contains("此连接未加密"));
        HttpResponse<byte[]> refused = plain.signInAnswer("erin", "erin-secret");
        assertEquals(403, refused.statusCode());
        assertTrue(body(refused).contains("审核台只在本机接受明文 HTTP 登录"), body(refused));
        assertFalse(plain.cookies.containsKey(DeskServer.SESSION_COOKIE));
    }

    @Test
    void aSessionEndsAfterItsIdleTimeOrItsLifetimeAndEndedSessionsAreDeleted() throws Exception {
        DeskClient c = new DeskClient(direct.port());
        assertTrue(c.signIn("carol", "carol-secret"));
        clock.advance(Duration.ofMinutes(20));
        assertEquals(200, c.get("/api/me").statusCode());
        clock.advance(Duration.ofMinutes(20)); // 40 minutes after signing in, 20 after the last use
        assertEquals(200, c.get("/api/me").statusCode());
        // the page polling for progress does not count as use
        c.headers.put(DeskServer.POLL_HEADER, "1");
        clock.advance(Duration.ofMinutes(20));
        assertEquals(200, c.get("/api/batches").statusCode());
        clock.advance(Duration.ofMinutes(11));
        assertEquals(401, c.get("/api/batches").statusCode());
        assertEquals(0, count("SELECT COUNT(*) FROM desk_session"), "the ended session was deleted as it was refused");

        // in use all along, a session still ends at its lifetime
        DeskClient busy = new DeskClient(direct.port());
        assertTrue(busy.signIn("carol", "carol-secret"));
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertEquals(200, busy.get("/api/me").statusCode());
        }
        clock.advance(Duration.ofMinutes(20));
        assertEquals(401, busy.get("/api/me").statusCode());

        // sessions whose cookies never come back are swept
        for (String name : List.of("dave", "erin", "frank")) {
            assertTrue(new DeskClient(direct.port()).signIn(name, name + "-secret"));
        }
        assertEquals(3, count("SELECT COUNT(*) FROM desk_session"));
        clock.advance(Duration.ofMinutes(10));
        direct.houseKeep();
        assertEquals(3, count("SELECT COUNT(*) FROM desk_session"));
        clock.advance(IDLE);
        direct.houseKeep();
        assertEquals(0, count("SELECT COUNT(*) FROM desk_session"));
    }
}
