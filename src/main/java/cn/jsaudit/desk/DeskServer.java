package cn.jsaudit.desk;

import cn.jsaudit.ingest.InputProblem;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import cn.jsaudit.narrative.NarrativeException;
import cn.jsaudit.pipeline.RulesFolder;
import cn.jsaudit.model.RunRecord;
import cn.jsaudit.pipeline.RunRecords;
import cn.jsaudit.model.ScreeningResult;
import cn.jsaudit.pipeline.SubmissionFiles;
import cn.jsaudit.pipeline.SubmissionLocator;
import cn.jsaudit.report.ReportData;
import cn.jsaudit.report.ReportFormat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review desk's web server: sign-in, upload, the pages and the JSON API they use (docs/desk.md).
 * Every path but the sign-in page needs a session; every request that changes something carries the session's
 * CSRF token (header X-CSRF-Token, or the form field _csrf).
 */
public final class DeskServer implements AutoCloseable {

    static final String SESSION_COOKIE = "jsaudit_session";
    static final String LOGIN_COOKIE = "jsaudit_login";
    /** Marks a browser that has signed in to an account before: the sign-in throttle lets it through (SignInThrottle). */
    static final String DEVICE_COOKIE = "jsaudit_device";
    /** Sent by the page's progress polling: such a request does not count as use for the session's idle limit. */
    static final String POLL_HEADER = "X-Desk-Poll";
    private static final Duration DEVICE_LIFE = Duration.ofDays(365);
    private static final Duration HOUSEKEEPING_EVERY = Duration.ofMinutes(5);
    private static final String PLAIN_HTTP = "此连接未加密：为保护密码和会话，审核台只在本机接受明文 HTTP 登录；"
            + "从其他电脑访问请经 HTTPS 反向代理（见 docs/desk.md 的“HTTPS 与反向代理”）。";
    private static final Set<String> PUBLIC = Set.of("/login", "/desk.css");
    /** Pages a visitor without a session is sent to sign in from; anything else is answered 401. */
    private static final Set<String> PAGES = Set.of("/", "/unit");
    private static final Logger LOG = LoggerFactory.getLogger(DeskServer.class);
    /** The one route that takes submissions; every other body (sign-in, a decision with the unit's text) is small. */
    private static final String UPLOAD_PATH = "/api/batches";
    /** Far beyond any form or decision, far below an upload: a sign-in is not a way to make the desk hold megabytes. */
    private static final long FORM_BYTES = 1L << 20;

    private final Accounts accounts;
    private final DeskStore store;
    private final RulesFolder folder;
    private final Path dataDir;
    private final Connections connections;
    private final UploadLimits limits;
    private final SignInThrottle throttle;
    private final ScreeningQueue queue;
    private final ScheduledExecutorService housekeeping;
    private final SourceViews views;
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(OffsetDateTime.class, ToStringSerializer.instance));
    private Javalin app;

    public DeskServer(Database db, RulesFolder folder, Path dataDir, DeskSettings settings) {
        this(new DeskStore(db), new Accounts(db, settings.sessionLife(), settings.sessionIdle()), folder, dataDir, settings,
                Clock.systemUTC());
    }

    DeskServer(DeskStore store, Accounts accounts, RulesFolder folder, Path dataDir, DeskSettings settings, Clock clock) {
        this.accounts = accounts;
        this.store = store;
        this.folder = folder;
        this.dataDir = dataDir.toAbsolutePath();
        this.connections = new Connections(settings.behindProxy());
        this.limits = settings.limits();
        this.throttle = new SignInThrottle(clock);
        this.queue = new ScreeningQueue(store, folder, this.dataDir, settings.jobs(), settings.storeRetries());
        this.views = new SourceViews(folder);
        this.housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "jsaudit-desk-housekeeping");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts listening (port 0: any free port) and queues what a previous run left unscreened. */
    public DeskServer start(String host, int port) {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = limits.maxRequestBytes();
            config.jetty.multipartConfig.maxTotalRequestSize(limits.maxRequestBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxFileSize(limits.maxRequestBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.jetty.multipartConfig.cacheDirectory(dataDir.resolve("tmp").toString());
            routes(config.routes);
        });
        try {
            Files.createDirectories(dataDir.resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        app.start(host, port);
        queue.queueWaiting();
        housekeeping.scheduleWithFixedDelay(this::houseKeep, HOUSEKEEPING_EVERY.toSeconds(), HOUSEKEEPING_EVERY.toSeconds(),
                TimeUnit.SECONDS);
        return this;
    }

    /**
     * Every few minutes: ended sessions are deleted (not only refused when their cookie comes back), and submissions
     * left waiting (their screening could not be stored while the database was away) are queued again.
     */
    void houseKeep() {
        try {
            int swept = accounts.sweepSessions();
            if (swept > 0) {
                LOG.info("{} ended sessions deleted", swept);
            }
            queue.queueWaiting();
        } catch (RuntimeException e) {
            LOG.warn("housekeeping failed, trying again in {}: {}", HOUSEKEEPING_EVERY, e.getMessage());
        }
    }

    public int port() {
        return app.port();
    }

    private void routes(io.javalin.config.RoutesConfig r) {
        r.before(this::guard);
        r.exception(Refusal.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        r.exception(DeskException.class, (e, ctx) -> {
            LOG.error("request {} failed", ctx.path(), e);
            error(ctx, 503, "数据库暂时无法访问，请稍后再试（详情见审核台日志）");
        });
        r.exception(InputProblem.class, (e, ctx) -> error(ctx, 422, e.getMessage()));
        r.exception(NarrativeException.class, (e, ctx) -> error(ctx, 422, e.getMessage()));
        r.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} failed", ctx.path(), e);
            error(ctx, 500, "服务器内部错误：" + e.getMessage());
        });
        r.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                error(ctx, 404, "找不到：" + ctx.path());
            }
        });
        r.get("/login", this::loginPage);
        r.post("/login", this::login);
        r.post("/logout", this::logout);
        r.get("/desk.css", ctx -> resource(ctx, "desk.css", "text/css"));
        r.get("/", ctx -> resource(ctx, "index.html", "text/html"));
        r.get("/unit", ctx -> resource(ctx, "unit.html", "text/html"));
        r.get("/desk.js", ctx -> resource(ctx, "desk.js", "text/javascript"));
        r.get("/api/me", ctx -> {
            Accounts.Session s = session(ctx);
            send(ctx, Map.of("name", s.user().name(), "role", s.user().role(), "csrf", s.csrf(),
                    "admin", s.user().admin()));
        });
        r.get("/api/batches", ctx -> send(ctx, store.batches()));
        r.get("/api/batches/{id}", ctx -> {
            DeskStore.Batch b = store.batch(id(ctx, "id"));
            if (b == null) {
                throw new Refusal(404, "没有这一批次");
            }
            send(ctx, Map.of("batch", b, "submissions", store.submissionsOf(b.id()).stream().map(this::summary).toList()));
        });
        r.post(UPLOAD_PATH, this::upload);
        r.get("/api/units", ctx -> {
            String status = ctx.queryParam("status");
            if (status != null && !status.isEmpty() && !DeskStore.STATUSES.contains(status)) {
                throw new Refusal(400, "未知的状态：" + status);
            }
            send(ctx, store.currentSubmissions(status == null || status.isEmpty() ? null : status).stream()
                    .map(this::summary).toList());
        });
        r.get("/api/submissions/{id}", ctx -> send(ctx, detail(submission(ctx))));
        r.get("/api/submissions/{id}/grid", this::grid);
        r.get("/api/submissions/{id}/text", this::text);
        r.get("/api/submissions/{id}/audit", ctx -> send(ctx, store.auditTrail(submission(ctx).season())));
        r.post("/api/submissions/{id}/status", this::setStatus);
        r.post("/api/findings/{id}/decision", this::decide);
        r.post("/api/submissions/{id}/prior", this::confirmPrior);
        r.post("/api/submissions/{id}/retry", ctx -> {
            DeskStore.Submission s = submission(ctx);
            if (!store.requeue(s, session(ctx).user())) {
                throw new Refusal(409, "这份提交没有审核失败，不需要重新审核");
            }
            queue.queueWaiting();
            send(ctx, store.batch(s.batchId()));
        });
        r.get("/api/export", this::export);
        r.get("/api/feedback", ctx -> send(ctx, store.falsePositives()));
        r.get("/api/users", ctx -> {
            admin(ctx);
            send(ctx, accounts.all());
        });
        r.post("/api/users", ctx -> {
            Accounts.User by = admin(ctx);
            JsonNode body = body(ctx);
            try {
                Accounts.User u = accounts.add(body.path("name").asText(""), body.path("password").asText("").toCharArray(),
                        body.path("role").asText(Accounts.REVIEWER));
                store.audit(by, null, null, "新增用户", u.name() + "（" + u.role() + "）");
                send(ctx, u);
            } catch (IllegalArgumentException e) {
                throw new Refusal(400, e.getMessage());
            }
        });
    }

    // ---- security ----

    private void guard(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'");
        ctx.header("Cache-Control", "no-store");
        long length = ctx.req().getContentLengthLong();
        if (length > limits.maxRequestBytes()) {
            throw new Refusal(413, "上传内容过大：一次最多 " + (limits.maxRequestBytes() >> 20) + " MB");
        }
        if (length > FORM_BYTES && !ctx.path().equals(UPLOAD_PATH)) {
            throw new Refusal(413, "请求内容过大：除上传提交外，一次最多 " + (FORM_BYTES >> 10) + " KB");
        }
        if (PUBLIC.contains(ctx.path())) {
            return;
        }
        Accounts.Session s = accounts.session(ctx.cookie(SESSION_COOKIE), ctx.header(POLL_HEADER) == null).orElse(null);
        if (s == null) {
            if (!PAGES.contains(ctx.path()) || ctx.method() != HandlerType.GET) {
                throw new Refusal(401, "未登录或登录已过期，请重新登录");
            }
            ctx.redirect("/login");
            ctx.skipRemainingHandlers();
            return;
        }
        ctx.attribute("session", s);
        if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
            String sent = ctx.header("X-CSRF-Token");
            if (sent == null && !ctx.isMultipart()) {
                sent = ctx.formParam("_csrf");
            }
            if (sent == null || !java.security.MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                    s.csrf().getBytes(StandardCharsets.UTF_8))) {
                throw new Refusal(403, "请求缺少有效的防伪令牌（CSRF），已拒绝；请刷新页面后重试");
            }
        }
    }

    private static Accounts.Session session(Context ctx) {
        return ctx.attribute("session");
    }

    private static Accounts.User admin(Context ctx) {
        Accounts.User u = session(ctx).user();
        if (!u.admin()) {
            throw new Refusal(403, "只有管理员可以管理用户");
        }
        return u;
    }

    private void loginPage(Context ctx) throws IOException {
        showLogin(ctx, 200, ctx.queryParam("error") == null ? null : "用户名或密码不正确。");
    }

    private void showLogin(Context ctx, int status, String message) throws IOException {
        // the browser's other requests (favicon, a second tab) must not replace the token this form carries
        String token = ctx.cookie(LOGIN_COOKIE);
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            token = Passwords.token();
            ctx.cookie(connections.cookie(ctx, LOGIN_COOKIE, token, Duration.ofHours(1)));
        }
        String shown = connections.unencryptedFromAfar(ctx) ? PLAIN_HTTP : message;
        String error = shown == null ? "" : "<p class=\"error\">" + escape(shown) + "</p>";
        ctx.status(status).contentType("text/html; charset=utf-8").result(text("login.html")
                .replace("{{csrf}}", token).replace("{{error}}", error));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private void login(Context ctx) throws IOException {
        String expected = ctx.cookie(LOGIN_COOKIE);
        String sent = ctx.formParam("_csrf");
        if (expected == null || sent == null || !expected.equals(sent)) {
            throw new Refusal(403, "登录表单缺少有效的防伪令牌（CSRF），已拒绝；请重新打开登录页");
        }
        if (connections.unencryptedFromAfar(ctx)) {
            showLogin(ctx, 403, PLAIN_HTTP);
            return;
        }
        String name = ctx.formParam("name");
        String password = ctx.formParam("password");
        if (name == null || password == null || name.isBlank() || name.length() > Accounts.MAX_NAME
                || password.length() > Accounts.MAX_PASSWORD) {
            // no account has such a name or password: answered without hashing, and kept out of the throttle's memory
            ctx.redirect("/login?error=1");
            return;
        }
        name = name.strip();
        String address = connections.client(ctx);
        String device = ctx.cookie(DEVICE_COOKIE);
        SignInThrottle.Wait wait = throttle.check(name, address, accounts.knownDevice(device, name));
        if (wait != null) {
            // refused before the password is even hashed: guessing costs the desk nothing while it waits
            ctx.header("Retry-After", String.valueOf(Math.max(1, wait.left().toSeconds())));
            showLogin(ctx, 429, wait.message());
            return;
        }
        var user = accounts.verify(name, password.toCharArray());
        if (user.isEmpty()) {
            if (throttle.failed(name, address)) {
                store.audit(null, null, null, "登录受限", "用户名“" + name + "”连续 " + SignInThrottle.FREE_PER_ACCOUNT
                        + " 次登录失败（最近一次来自 " + address + "），此后每次失败后须等待的时间加倍");
            }
            ctx.redirect("/login?error=1");
            return;
        }
        throttle.succeeded(name);
        if (!accounts.knownDevice(device, name)) {
            ctx.cookie(connections.cookie(ctx, DEVICE_COOKIE, accounts.rememberDevice(user.get()), DEVICE_LIFE));
        }
        ctx.cookie(connections.cookie(ctx, LOGIN_COOKIE, "", Duration.ZERO));
        ctx.cookie(connections.cookie(ctx, SESSION_COOKIE, accounts.openSession(user.get()), accounts.sessionLife()));
        store.audit(user.get(), null, null, "登录", address);
        ctx.redirect("/");
    }

    private void logout(Context ctx) {
        accounts.closeSession(ctx.cookie(SESSION_COOKIE));
        ctx.cookie(connections.cookie(ctx, SESSION_COOKIE, "", Duration.ZERO));
        ctx.redirect("/login");
    }

    // ---- upload ----

    private void upload(Context ctx) throws IOException {
        Accounts.User user = session(ctx).user();
        List<UploadedFile> files = ctx.uploadedFiles("files");
        if (files.isEmpty()) {
            throw new Refusal(400, "没有收到文件：请选择一个 zip 文件或一个文件夹");
        }
        String stamp = OffsetDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String relative = "uploads/" + stamp + "-" + Passwords.token().substring(0, 8);
        UploadFolder into = new UploadFolder(dataDir.resolve(relative), limits);
        List<SubmissionFiles> found;
        try {
            for (UploadedFile f : files) {
                try (InputStream in = f.content()) {
                    into.add(f.filename(), in);
                }
            }
            found = SubmissionLocator.locate(List.of(into.root()));
        } catch (UploadFolder.RefusedUpload e) {
            into.discard();
            store.audit(user, null, null, "拒绝上传", e.getMessage());
            throw new Refusal(400, e.getMessage());
        }
        if (found.isEmpty()) {
            into.discard();
            throw new Refusal(400, "上传的文件中没有工作簿（.xlsx/.xls）");
        }
        List<DeskStore.StoredFiles> stored = found.stream().map(s -> new DeskStore.StoredFiles(rel(s.workbook()),
                s.narrative() == null ? null : rel(s.narrative()), s.performanceWorkbooks().stream().map(this::rel).toList())).toList();
        String name = files.size() == 1 ? files.get(0).filename() : files.get(0).filename().split("[/\\\\]")[0];
        long id;
        try {
            id = store.createBatch(name, relative, user.id(), stored);
        } catch (DeskException e) {
            into.discard(); // refused whole: the reviewer uploads again once the database answers
            throw e;
        }
        store.audit(user, null, null, "上传", name + "：" + stored.size() + " 份提交（批次 " + id + "）");
        queue.queueWaiting();
        ctx.status(201);
        send(ctx, store.batch(id));
    }

    private String rel(Path p) {
        return dataDir.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    // ---- units and findings ----

    private DeskStore.Submission submission(Context ctx) {
        DeskStore.Submission s = store.submission(id(ctx, "id"));
        if (s == null) {
            throw new Refusal(404, "没有这份提交");
        }
        return s;
    }

    private Map<String, Object> summary(DeskStore.Submission s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("batch", s.batchId());
        m.put("file", s.name());
        m.put("unit", s.unit());
        m.put("year", s.year());
        m.put("template", s.template());
        m.put("screened", DeskStore.SCREENED.equals(s.state()));
        m.put("state", s.state());
        m.put("failure", s.failure());
        if (s.season() != null) {
            DeskStore.Review review = store.review(s.season());
            m.put("status", review == null ? DeskStore.PENDING : review.status());
            List<DeskStore.StoredFinding> findings = store.findings(s.id());
            Map<String, DeskStore.Decision> decisions = store.decisions(s.season());
            for (Severity sev : Severity.values()) {
                m.put(sev.name().toLowerCase(), findings.stream().filter(f -> f.severity().equals(sev.name())).count());
            }
            m.put("undecided", findings.stream().filter(f -> !decisions.containsKey(f.key())).count());
        }
        return m;
    }

    private Map<String, Object> detail(DeskStore.Submission s) {
        Map<String, Object> m = summary(s);
        m.put("priorNote", s.priorNote());
        m.put("priorId", s.priorId());
        m.put("priorCandidates", priorCandidates(s));
        Map<String, DeskStore.Decision> decisions = s.season() == null ? Map.of() : store.decisions(s.season());
        List<Map<String, Object>> findings = new ArrayList<>();
        for (DeskStore.StoredFinding f : store.findings(s.id())) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("id", f.id());
            fm.put("rule", f.rule());
            fm.put("title", f.title());
            fm.put("severity", f.severity());
            fm.put("severityLabel", Severity.valueOf(f.severity()).label());
            fm.put("message", f.message());
            fm.put("table", f.table());
            fm.put("locations", f.locations());
            fm.put("quote", f.quote());
            fm.put("explanation", f.explanation());
            fm.put("key", f.key());
            DeskStore.Decision d = decisions.get(f.key());
            if (d != null) {
                Map<String, Object> dm = new LinkedHashMap<>();
                dm.put("kind", d.kind());
                dm.put("note", d.note());
                dm.put("user", d.user());
                dm.put("at", d.madeAt());
                // a decision made on an earlier upload of the same season is carried over and says so
                dm.put("earlier", d.submissionId() != s.id());
                dm.put("label", (d.submissionId() != s.id() ? "上次" : "") + d.kind());
                fm.put("decision", dm);
            }
            findings.add(fm);
        }
        m.put("findings", findings);
        m.put("history", s.unitKey() == null ? List.of() : store.history(s.unitKey()).stream().map(h -> Map.of(
                "id", h.id(), "year", h.year() == null ? "" : h.year(), "file", h.name(),
                "screenedAt", h.screenedAt() == null ? "" : h.screenedAt().toString())).toList());
        DeskStore.Review review = s.season() == null ? null : store.review(s.season());
        if (review != null) {
            m.put("statusBy", review.updatedBy());
            m.put("statusAt", review.updatedAt());
        }
        return m;
    }

    private void grid(Context ctx) throws InputProblem, IOException {
        DeskStore.Submission s = submission(ctx);
        List<Location> at = List.of();
        String sheet = ctx.queryParam("sheet");
        String finding = ctx.queryParam("finding");
        if (finding != null) {
            DeskStore.StoredFinding f = findingOf(s, finding);
            at = f.locations().stream().filter(l -> l.sheet() != null).toList();
            if (at.isEmpty()) {
                throw new Refusal(404, "这条审核发现没有对应的表格单元格");
            }
            // several sheets: the one asked for, else the first the finding names
            Location shown = at.stream().filter(l -> l.sheet().equals(ctx.queryParam("sheet"))).findFirst().orElse(at.get(0));
            sheet = shown.sheet();
            at = at.stream().filter(l -> shown.file().equals(l.file()) && shown.sheet().equals(l.sheet())).toList();
        }
        if (sheet == null) {
            throw new Refusal(400, "请给出工作表（sheet）或审核发现（finding）");
        }
        send(ctx, views.grid(s.files().resolve(dataDir), sheet, at));
    }

    private void text(Context ctx) throws NarrativeException, IOException {
        DeskStore.Submission s = submission(ctx);
        DeskStore.StoredFinding f = findingOf(s, ctx.queryParam("finding"));
        Location at = f.locations().stream().filter(l -> l.sheet() == null && l.cell() != null && l.cell().endsWith("段"))
                .findFirst().orElseThrow(() -> new Refusal(404, "这条审核发现没有对应的情况说明段落"));
        send(ctx, views.text(s.files().resolve(dataDir), at, f.quote()));
    }

    private DeskStore.StoredFinding findingOf(DeskStore.Submission s, String id) {
        long fid;
        try {
            fid = Long.parseLong(id == null ? "" : id);
        } catch (NumberFormatException e) {
            throw new Refusal(400, "审核发现编号不是数字：" + id);
        }
        Long owner = store.submissionOfFinding(fid);
        if (owner == null || owner != s.id()) {
            throw new Refusal(404, "这份提交没有这条审核发现");
        }
        return store.finding(fid);
    }

    private void decide(Context ctx) throws IOException {
        long fid = id(ctx, "id");
        Long sid = store.submissionOfFinding(fid);
        if (sid == null) {
            throw new Refusal(404, "没有这条审核发现");
        }
        DeskStore.Submission s = store.submission(sid);
        JsonNode body = body(ctx);
        String kind = body.path("kind").asText("");
        String note = body.path("note").asText("").strip();
        if (!DeskStore.DECISIONS.contains(kind)) {
            throw new Refusal(400, "未知的处理：" + kind + "（可用：" + String.join("、", DeskStore.DECISIONS) + "）");
        }
        if (note.isEmpty() && !kind.equals(DeskStore.TO_RETURN)) {
            throw new Refusal(400, kind.equals(DeskStore.EXPLAINED) ? "请填写单位的说明" : "请填写误报的原因（将反馈给规则维护人员）");
        }
        store.decide(s, store.finding(fid), kind, note, session(ctx).user());
        send(ctx, detail(s));
    }

    /** Last year's units whose names are near this one's, when no submission of the same name was found. */
    private List<String> priorCandidates(DeskStore.Submission s) {
        if (s.priorId() != null || s.year() == null || s.unit() == null) {
            return List.of();
        }
        return store.unitsOf(s.year() - 1).stream().filter(u -> cn.jsaudit.pipeline.UnitKey.near(u, s.unit())).toList();
    }

    private void confirmPrior(Context ctx) throws IOException {
        DeskStore.Submission s = submission(ctx);
        String unit = body(ctx).path("unit").asText("");
        if (!priorCandidates(s).contains(unit)) {
            throw new Refusal(400, "“" + unit + "”不是名称相近的上年单位，不能确认（只能在单位页面列出的名称中选择）");
        }
        long batch = store.confirmPrior(s, unit, session(ctx).user());
        queue.queueWaiting();
        ctx.status(201);
        send(ctx, store.batch(batch));
    }

    private void setStatus(Context ctx) throws IOException {
        DeskStore.Submission s = submission(ctx);
        JsonNode body = body(ctx);
        String status = body.path("status").asText("");
        if (!DeskStore.STATUSES.contains(status)) {
            throw new Refusal(400, "未知的状态：" + status + "（可用：" + String.join("、", DeskStore.STATUSES) + "）");
        }
        if (s.season() == null) {
            throw new Refusal(409, "这份提交尚未审核完，不能改状态");
        }
        store.setStatus(s, status, body.path("note").asText(""), session(ctx).user());
        send(ctx, detail(s));
    }

    // ---- export ----

    private void export(Context ctx) throws IOException {
        String status = ctx.queryParam("status");
        status = status == null || status.isEmpty() ? null : status;
        if (status != null && !DeskStore.STATUSES.contains(status)) {
            throw new Refusal(400, "未知的状态：" + status);
        }
        String format = ctx.queryParam("format") == null ? "xlsx" : ctx.queryParam("format");
        ReportFormat rf = switch (format) {
            case "xlsx" -> ReportFormat.XLSX;
            case "html" -> ReportFormat.HTML;
            default -> throw new Refusal(400, "导出格式只能是 xlsx 或 html");
        };
        List<DeskStore.Submission> subs = store.currentSubmissions(status);
        List<ScreeningResult> results = new ArrayList<>();
        for (DeskStore.Submission s : subs) {
            Map<String, DeskStore.Decision> decisions = store.decisions(s.season());
            List<Finding> findings = store.findings(s.id()).stream().map(f -> {
                DeskStore.Decision d = decisions.get(f.key());
                String explanation = d == null ? f.explanation() : d.kind() + "：" + d.note();
                return new Finding(f.rule(), f.title(), Severity.valueOf(f.severity()), f.message(), f.table(), f.locations(),
                        f.expected(), f.actual(), f.tolerance(), f.quote(), explanation);
            }).toList();
            results.add(new ScreeningResult(s.name(), s.unit(), s.year(), s.template(), findings));
        }
        RunRecord run = RunRecords.of(folder.dir(), subs.stream().map(s -> s.files().resolve(dataDir)).toList(),
                OffsetDateTime.now());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rf.report().write(new ReportData(run, folder.rules().rules(), results), out);
        String file = "审核结果" + (status == null ? "" : "-" + status) + "." + format;
        ctx.header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.contentType(rf == ReportFormat.XLSX ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/html; charset=utf-8").result(out.toByteArray());
    }

    // ---- plumbing ----

    private static long id(Context ctx, String name) {
        try {
            return Long.parseLong(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw new Refusal(400, "编号不是数字：" + ctx.pathParam(name));
        }
    }

    private JsonNode body(Context ctx) {
        try {
            return json.readTree(ctx.body());
        } catch (IOException e) {
            throw new Refusal(400, "请求内容不是有效的 JSON");
        }
    }

    private void send(Context ctx, Object o) throws IOException {
        ctx.contentType("application/json; charset=utf-8").result(json.writeValueAsBytes(o));
    }

    private void error(Context ctx, int status, String message) {
        ctx.status(status);
        try {
            send(ctx, Map.of("error", message));
        } catch (IOException e) {
            ctx.result(message);
        }
    }

    private static String text(String name) throws IOException {
        try (InputStream in = DeskServer.class.getResourceAsStream("web/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void resource(Context ctx, String name, String type) throws IOException {
        ctx.contentType(type + "; charset=utf-8").result(text(name));
    }

    @Override
    public void close() throws InterruptedException {
        housekeeping.shutdownNow();
        if (app != null) {
            app.stop();
        }
        queue.close();
    }
}
