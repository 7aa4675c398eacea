package cn.jsaudit.desk;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.ScreeningResult;
import cn.jsaudit.pipeline.SubmissionFiles;
import cn.jsaudit.pipeline.UnitKey;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The desk's records: batches, submissions and their findings, reviewers' decisions, unit status, audit trail. */
public final class DeskStore {

    public static final String PENDING = "待审";
    public static final String RETURNED = "已退回";
    public static final String PASSED = "已通过";
    public static final List<String> STATUSES = List.of(PENDING, RETURNED, PASSED);
    public static final String EXPLAINED = "已说明";
    public static final String FALSE_POSITIVE = "误报";
    public static final String TO_RETURN = "待退回";
    public static final List<String> DECISIONS = List.of(EXPLAINED, FALSE_POSITIVE, TO_RETURN);

    static final String QUEUED = "排队";
    static final String SCREENED = "已审核";
    static final String FAILED = "审核失败";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code done} counts the submissions screened or failed; {@code failed} those failed (see their failure). */
    public record Batch(long id, String name, String uploadedBy, OffsetDateTime createdAt, String state, int total, int done,
                        int failed) {
    }

    /** A stored submission; files are relative to the data folder (workbook first, then narrative and forms). */
    public record Submission(long id, long batchId, String name, StoredFiles files, String unit, String unitKey, Integer year,
                             String season, String template, String state, Long priorId, String priorNote,
                             OffsetDateTime screenedAt, String failure) {
    }

    public record StoredFiles(String workbook, String narrative, List<String> performance) {
        public SubmissionFiles resolve(Path dataDir) {
            return new SubmissionFiles(dataDir.resolve(workbook), narrative == null ? null : dataDir.resolve(narrative),
                    performance.stream().map(dataDir::resolve).toList());
        }
    }

    public record StoredFinding(long id, int position, String key, String rule, String title, String severity,
                                String message, String table, List<Location> locations, BigDecimal expected,
                                BigDecimal actual, BigDecimal tolerance, String quote, String explanation) {
    }

    public record Decision(long id, String findingKey, long submissionId, String kind, String note, String user,
                           OffsetDateTime madeAt) {
    }

    public record Review(String season, String status, String updatedBy, OffsetDateTime updatedAt) {
    }

    public record AuditEvent(OffsetDateTime at, String user, Long submissionId, String action, String detail) {
    }

    private final Database db;

    public DeskStore(Database db) {
        this.db = db;
    }

    // ---- batches and submissions ----

    public long createBatch(String name, String folder, long userId, List<StoredFiles> submissions) {
        long[] id = new long[1];
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO batch (name, folder, uploaded_by, created_at, state, total, done) "
                    + "VALUES (?, ?, ?, ?, ?, ?, 0)", new String[] {"id"})) {
                Database.bind(ps, name, folder, userId, Database.now(), QUEUED, submissions.size());
                ps.executeUpdate();
                try (ResultSet k = ps.getGeneratedKeys()) {
                    k.next();
                    id[0] = k.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO submission (batch_id, name, files, state) VALUES (?, ?, ?, ?)")) {
                for (StoredFiles f : submissions) {
                    Database.bind(ps, id[0], Path.of(f.workbook()).getFileName().toString(), json(f), QUEUED);
                    ps.executeUpdate();
                }
            }
        });
        return id[0];
    }

    public List<Batch> batches() {
        return db.query("SELECT b.id, b.name, u.name, b.created_at, b.state, b.total, b.done, b.failed FROM batch b "
                + "JOIN desk_user u ON u.id = b.uploaded_by ORDER BY b.id DESC", DeskStore::batch);
    }

    public Batch batch(long id) {
        return db.one("SELECT b.id, b.name, u.name, b.created_at, b.state, b.total, b.done, b.failed FROM batch b "
                + "JOIN desk_user u ON u.id = b.uploaded_by WHERE b.id = ?", DeskStore::batch, id);
    }

    private static Batch batch(ResultSet rs) throws SQLException {
        return new Batch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class),
                rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8));
    }

    private static final String SUBMISSION_COLUMNS = "id, batch_id, name, files, unit, unit_key, report_year, season, template, "
            + "state, prior_id, prior_note, screened_at, failure";

    private static Submission submission(ResultSet rs) throws SQLException {
        return new Submission(rs.getLong(1), rs.getLong(2), rs.getString(3), read(rs.getString(4), StoredFiles.class),
                rs.getString(5), rs.getString(6), (Integer) rs.getObject(7, Integer.class), rs.getString(8), rs.getString(9),
                rs.getString(10), (Long) rs.getObject(11, Long.class), rs.getString(12), rs.getObject(13, OffsetDateTime.class),
                rs.getString(14));
    }

    public Submission submission(long id) {
        return db.one("SELECT " + SUBMISSION_COLUMNS + " FROM submission WHERE id = ?", DeskStore::submission, id);
    }

    public List<Submission> submissionsOf(long batchId) {
        return db.query("SELECT " + SUBMISSION_COLUMNS + " FROM submission WHERE batch_id = ? ORDER BY id",
                DeskStore::submission, batchId);
    }

    /** Submissions still waiting to be screened (after a restart they are queued again). */
    public List<Submission> queued() {
        return db.query("SELECT " + SUBMISSION_COLUMNS + " FROM submission WHERE state = ? ORDER BY id",
                DeskStore::submission, QUEUED);
    }

    /** Every screened submission of a unit (all years, newest first). */
    public List<Submission> history(String unitKey) {
        return db.query("SELECT " + SUBMISSION_COLUMNS + " FROM submission WHERE unit_key = ? AND state = ? ORDER BY report_year DESC, id DESC",
                DeskStore::submission, unitKey, SCREENED);
    }

    /** The newest screened submission of a unit for a year, or null. */
    public Submission latest(String unitKey, int year) {
        return db.one("SELECT " + SUBMISSION_COLUMNS + " FROM submission WHERE unit_key = ? AND report_year = ? AND state = ? ORDER BY id DESC",
                DeskStore::submission, unitKey, year, SCREENED);
    }

    /** Names of the units screened for a year. */
    public List<String> unitsOf(int year) {
        return db.query("SELECT DISTINCT unit FROM submission WHERE report_year = ? AND state = ? AND unit IS NOT NULL",
                rs -> rs.getString(1), year, SCREENED);
    }

    /**
     * Stores a screening's findings, marks the submission screened and counts it done in its batch; a new
     * submission of a season that was sent back puts the season back to 待审. {@code keys}: each finding's
     * {@link FindingKey}, in order. Stored once: a second call for the same
     * submission (a retry after a commit whose answer the connection lost) changes nothing.
     */
    public void storeResult(long submissionId, ScreeningResult r, List<String> keys, Long priorId, String priorNote) {
        String unitKey = r.unit() == null ? null : UnitKey.of(r.unit());
        String season = season(unitKey == null ? UnitKey.of(submission(submissionId).name()) : unitKey, r.year());
        Submission s = submission(submissionId);
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE submission SET unit = ?, unit_key = ?, report_year = ?, season = ?, "
                    + "template = ?, state = ?, prior_id = ?, prior_note = ?, screened_at = ? WHERE id = ? AND state = ?")) {
                Database.bind(ps, r.unit(), unitKey, r.year(), season, r.template(), SCREENED, priorId, priorNote,
                        Database.now(), submissionId, QUEUED);
                if (ps.executeUpdate() == 0) {
                    return;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO finding (submission_id, position, finding_key, rule, title, "
                    + "severity, message, table_name, locations, expected, actual, tolerance, quote, explanation) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int i = 0;
                for (Finding f : r.findings()) {
                    Database.bind(ps, submissionId, i, keys.get(i++), f.rule(), f.title(), f.severity().name(), f.message(),
                            f.table(), json(f.locations()), f.expected(), f.actual(), f.tolerance(), f.quote(), f.explanation());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            boolean known;
            try (PreparedStatement ps = c.prepareStatement("SELECT status FROM unit_review WHERE season = ?")) {
                Database.bind(ps, season);
                try (ResultSet rs = ps.executeQuery()) {
                    known = rs.next();
                }
            }
            String action = known ? "重新提交" : "首次提交";
            try (PreparedStatement ps = c.prepareStatement(known ? "UPDATE unit_review SET status = ?, updated_by = NULL, updated_at = ? WHERE season = ?"
                    : "INSERT INTO unit_review (status, updated_at, season) VALUES (?, ?, ?)")) {
                Database.bind(ps, PENDING, Database.now(), season);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_event (happened_at, season, submission_id, action, detail) VALUES (?, ?, ?, ?, ?)")) {
                Database.bind(ps, Database.now(), season, submissionId, action,
                        s.name() + "：" + r.findings().size() + " 条审核发现；状态 " + PENDING);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE batch SET done = done + 1, "
                    + "state = CASE WHEN done + 1 >= total THEN '已完成' ELSE '审核中' END WHERE id = ?")) {
                Database.bind(ps, s.batchId());
                ps.executeUpdate();
            }
        });
    }

    /** Marks a queued submission 审核失败 with the reason for the page, and counts it done (and failed) in its batch. */
    public void markFailed(long submissionId, String reason) {
        Submission s = submission(submissionId);
        String shortened = reason.length() > 2000 ? reason.substring(0, 1999) + "…" : reason;
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE submission SET state = ?, failure = ? WHERE id = ? AND state = ?")) {
                Database.bind(ps, FAILED, shortened, submissionId, QUEUED);
                if (ps.executeUpdate() == 0) {
                    return;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE batch SET done = done + 1, failed = failed + 1, "
                    + "state = CASE WHEN done + 1 >= total THEN '已完成' ELSE '审核中' END WHERE id = ?")) {
                Database.bind(ps, s.batchId());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_event (happened_at, submission_id, action, detail) VALUES (?, ?, ?, ?)")) {
                Database.bind(ps, Database.now(), submissionId, "审核失败", s.name() + "：" + shortened);
                ps.executeUpdate();
            }
        });
    }

    /** Queues a failed submission again (its batch counts it as waiting); false when it had not failed. */
    public boolean requeue(Submission s, Accounts.User user) {
        boolean[] changed = new boolean[1];
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE submission SET state = ?, failure = NULL WHERE id = ? AND state = ?")) {
                Database.bind(ps, QUEUED, s.id(), FAILED);
                changed[0] = ps.executeUpdate() > 0;
            }
            if (changed[0]) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE batch SET done = done - 1, failed = failed - 1, state = '审核中' WHERE id = ?")) {
                    Database.bind(ps, s.batchId());
                    ps.executeUpdate();
                }
            }
        });
        if (changed[0]) {
            audit(user, null, s.id(), "重新审核", s.name() + "（上次：" + s.failure() + "）");
        }
        return changed[0];
    }

    /** The name under which a unit's earlier submissions are filed, as a reviewer confirmed it; null when none. */
    public String linkedPrior(String unitKey) {
        return db.one("SELECT prior_unit_key FROM unit_link WHERE unit_key = ?", rs -> rs.getString(1), unitKey);
    }

    /** Records that {@code s}'s unit was {@code priorUnit} the year before, and queues {@code s}'s files again. */
    public long confirmPrior(Submission s, String priorUnit, Accounts.User user) {
        db.update("DELETE FROM unit_link WHERE unit_key = ?", s.unitKey());
        db.update("INSERT INTO unit_link (unit_key, prior_unit_key, confirmed_by, confirmed_at) VALUES (?, ?, ?, ?)",
                s.unitKey(), UnitKey.of(priorUnit), user.id(), Database.now());
        audit(user, s.season(), s.id(), "确认上年单位", "“" + s.unit() + "”上年的提交即“" + priorUnit + "”的提交，重新审核");
        String folder = db.one("SELECT folder FROM batch WHERE id = ?", rs -> rs.getString(1), s.batchId());
        return createBatch("重新审核：" + s.name(), folder, user.id(), List.of(s.files()));
    }

    static String season(String unitKey, Integer year) {
        return unitKey + "#" + (year == null ? "?" : year);
    }

    public List<StoredFinding> findings(long submissionId) {
        return db.query("SELECT id, position, finding_key, rule, title, severity, message, table_name, locations, expected, "
                        + "actual, tolerance, quote, explanation FROM finding WHERE submission_id = ? ORDER BY position",
                rs -> new StoredFinding(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), read(rs.getString(9), new TypeReference<List<Location>>() { }),
                        rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getString(13), rs.getString(14)),
                submissionId);
    }

    public StoredFinding finding(long findingId) {
        Long sub = db.one("SELECT submission_id FROM finding WHERE id = ?", rs -> rs.getLong(1), findingId);
        return sub == null ? null : findings(sub).stream().filter(f -> f.id() == findingId).findFirst().orElse(null);
    }

    public Long submissionOfFinding(long findingId) {
        return db.one("SELECT submission_id FROM finding WHERE id = ?", rs -> rs.getLong(1), findingId);
    }

    // ---- review: decisions, status, audit ----

    /** The current decision per finding key of a season (the newest of each). */
    public Map<String, Decision> decisions(String season) {
        Map<String, Decision> out = new LinkedHashMap<>();
        for (Decision d : db.query("SELECT d.id, d.finding_key, d.submission_id, d.kind, d.note, u.name, d.made_at FROM decision d "
                        + "JOIN desk_user u ON u.id = d.user_id WHERE d.season = ? ORDER BY d.id DESC",
                rs -> new Decision(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getObject(7, OffsetDateTime.class)), season)) {
            out.putIfAbsent(d.findingKey(), d);
        }
        return out;
    }

    public void decide(Submission s, StoredFinding f, String kind, String note, Accounts.User user) {
        db.insert("INSERT INTO decision (season, finding_key, submission_id, kind, note, user_id, made_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                s.season(), f.key(), s.id(), kind, note, user.id(), Database.now());
        audit(user, s.season(), s.id(), "标记" + kind, f.rule() + "（" + f.key() + "）：" + note);
    }

    /** A 误报 decision for the rule authors: which rule, on what, and the reviewer's reason. */
    public record FalsePositive(String rule, String unit, Integer year, String message, String reason, String user,
                                OffsetDateTime at) {
    }

    /** Every season's current 误报 decisions, by rule. */
    public List<FalsePositive> falsePositives() {
        List<FalsePositive> out = new ArrayList<>();
        for (String season : db.query("SELECT DISTINCT season FROM decision WHERE kind = ?", rs -> rs.getString(1), FALSE_POSITIVE)) {
            for (Decision d : decisions(season).values()) {
                if (!d.kind().equals(FALSE_POSITIVE)) {
                    continue;
                }
                Submission s = submission(d.submissionId());
                StoredFinding f = findings(s.id()).stream().filter(x -> x.key().equals(d.findingKey())).findFirst().orElse(null);
                if (f != null) {
                    out.add(new FalsePositive(f.rule(), s.unit(), s.year(), f.message(), d.note(), d.user(), d.madeAt()));
                }
            }
        }
        out.sort(java.util.Comparator.comparing(FalsePositive::rule).thenComparing(FalsePositive::at));
        return out;
    }

    public Review review(String season) {
        return db.one("SELECT r.season, r.status, u.name, r.updated_at FROM unit_review r LEFT JOIN desk_user u ON u.id = r.updated_by "
                + "WHERE r.season = ?", rs -> new Review(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, OffsetDateTime.class)), season);
    }

    public void setStatus(Submission s, String status, String note, Accounts.User user) {
        db.update("UPDATE unit_review SET status = ?, updated_by = ?, updated_at = ? WHERE season = ?",
                status, user.id(), Database.now(), s.season());
        audit(user, s.season(), s.id(), "状态改为" + status, note == null ? "" : note);
    }

    public void audit(Accounts.User user, String season, Long submissionId, String action, String detail) {
        db.insert("INSERT INTO audit_event (happened_at, user_id, season, submission_id, action, detail) VALUES (?, ?, ?, ?, ?, ?)",
                Database.now(), user == null ? null : user.id(), season, submissionId, action, detail);
    }

    public List<AuditEvent> auditTrail(String season) {
        return db.query("SELECT a.happened_at, u.name, a.submission_id, a.action, a.detail FROM audit_event a "
                        + "LEFT JOIN desk_user u ON u.id = a.user_id WHERE a.season = ? ORDER BY a.id",
                rs -> new AuditEvent(rs.getObject(1, OffsetDateTime.class), rs.getString(2), (Long) rs.getObject(3, Long.class),
                        rs.getString(4), rs.getString(5)), season);
    }

    /** The newest screened submission of every season, optionally of one status. */
    public List<Submission> currentSubmissions(String status) {
        List<Submission> all = db.query("SELECT " + SUBMISSION_COLUMNS.replaceAll("(\\w+)", "s.$1") + " FROM submission s "
                + "JOIN unit_review r ON r.season = s.season WHERE s.state = ? AND (CAST(? AS VARCHAR(20)) IS NULL OR r.status = ?) "
                + "AND s.id = (SELECT MAX(t.id) FROM submission t WHERE t.season = s.season AND t.state = ?) ORDER BY s.unit, s.report_year",
                DeskStore::submission, SCREENED, status, status, SCREENED);
        return new ArrayList<>(all);
    }

    // ---- JSON columns ----

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String s, Class<T> type) {
        try {
            return JSON.readValue(s, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String s, TypeReference<T> type) {
        try {
            return JSON.readValue(s, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
