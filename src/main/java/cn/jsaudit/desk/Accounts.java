package cn.jsaudit.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Reviewers' accounts and their sign-in sessions. */
public final class Accounts {

    public static final String REVIEWER = "审核员";
    public static final String ADMIN = "管理员";
    public static final List<String> ROLES = List.of(REVIEWER, ADMIN);
    static final int MAX_NAME = 100;
    static final int MAX_PASSWORD = 1024;
    /** A session's last use is written at most this often, not on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** A signed-in reviewer. */
    public record User(long id, String name, String role) {
        public boolean admin() {
            return ADMIN.equals(role);
        }
    }

    /** A session: its user and the CSRF token every form and API call of that session must carry. */
    public record Session(User user, String csrf) {
    }

    private final Database db;
    private final Clock clock;
    private final Duration life;
    private final Duration idle;

    /** Accounts whose sessions end {@code life} after sign-in, or {@code idle} after their last use. */
    public Accounts(Database db, Duration life, Duration idle) {
        this(db, life, idle, Clock.systemUTC());
    }

    Accounts(Database db, Duration life, Duration idle, Clock clock) {
        this.db = db;
        this.life = life;
        this.idle = idle;
        this.clock = clock;
    }

    /** For the commands that only manage accounts (no sessions). */
    public Accounts(Database db) {
        this(db, DeskSettings.SESSION_LIFE, DeskSettings.SESSION_IDLE);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Creates an account; the message says why not (name taken, unknown role, password too short). */
    public User add(String name, char[] password, String role) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new IllegalArgumentException("用户名不能为空，且不超过 " + MAX_NAME + " 个字符");
        }
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("未知的角色：" + role + "（可用：" + String.join("、", ROLES) + "）");
        }
        if (password.length < 8 || password.length > MAX_PASSWORD) {
            throw new IllegalArgumentException("密码须为 8 到 " + MAX_PASSWORD + " 个字符");
        }
        if (find(name.strip()).isPresent()) {
            throw new IllegalArgumentException("用户已存在：" + name.strip());
        }
        long id = db.insert("INSERT INTO desk_user (name, password_hash, role, created_at) VALUES (?, ?, ?, ?)",
                name.strip(), Passwords.hash(password), role, Database.now());
        return new User(id, name.strip(), role);
    }

    public Optional<User> find(String name) {
        return Optional.ofNullable(db.one("SELECT id, name, role FROM desk_user WHERE name = ?",
                rs -> new User(rs.getLong(1), rs.getString(2), rs.getString(3)), name));
    }

    public List<User> all() {
        return db.query("SELECT id, name, role FROM desk_user ORDER BY name",
                rs -> new User(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    /** The user when the password is right; the same answer for an unknown name and a wrong password. */
    public Optional<User> verify(String name, char[] password) {
        record Row(User user, String hash) {
        }
        Row row = db.one("SELECT id, name, role, password_hash FROM desk_user WHERE name = ?",
                rs -> new Row(new User(rs.getLong(1), rs.getString(2), rs.getString(3)), rs.getString(4)), name);
        if (row == null) {
            Passwords.hash(password); // as slow as a real check: timing does not tell which names exist
            return Optional.empty();
        }
        return Passwords.verify(password, row.hash()) ? Optional.of(row.user()) : Optional.empty();
    }

    /** Opens a session; returns the cookie token (only its hash is stored). */
    public String openSession(User user) {
        String token = Passwords.token();
        OffsetDateTime now = now();
        db.update("INSERT INTO desk_session (token_hash, user_id, csrf, expires_at, last_seen) VALUES (?, ?, ?, ?, ?)",
                Passwords.digest(token), user.id(), Passwords.token(), now.plus(life), now);
        return token;
    }

    /**
     * The session of a cookie, if it is still open; an ended one (past its lifetime or idle too long) is deleted as it
     * is refused. {@code use}: the request is the reviewer's doing, so the idle time starts again (a page polling for
     * progress is not).
     */
    public Optional<Session> session(String token, boolean use) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        record Row(Session session, OffsetDateTime expires, OffsetDateTime lastSeen) {
        }
        String hash = Passwords.digest(token);
        Row row = db.one("SELECT u.id, u.name, u.role, s.csrf, s.expires_at, s.last_seen FROM desk_session s "
                        + "JOIN desk_user u ON u.id = s.user_id WHERE s.token_hash = ?",
                rs -> new Row(new Session(new User(rs.getLong(1), rs.getString(2), rs.getString(3)), rs.getString(4)),
                        rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class)), hash);
        if (row == null) {
            return Optional.empty();
        }
        OffsetDateTime now = now();
        if (!now.isBefore(row.expires()) || !now.isBefore(row.lastSeen().plus(idle))) {
            db.update("DELETE FROM desk_session WHERE token_hash = ?", hash);
            return Optional.empty();
        }
        if (use && row.lastSeen().plus(TOUCH_EVERY).isBefore(now)) {
            db.update("UPDATE desk_session SET last_seen = ? WHERE token_hash = ?", now, hash);
        }
        return Optional.of(row.session());
    }

    /** Deletes every ended session (the desk runs this every few minutes); returns how many. */
    public int sweepSessions() {
        OffsetDateTime now = now();
        return db.update("DELETE FROM desk_session WHERE expires_at <= ? OR last_seen <= ?", now, now.minus(idle));
    }

    /** Remembers a browser that signed in to an account; returns its cookie token (only the hash is stored). */
    String rememberDevice(User user) {
        String token = Passwords.token();
        db.update("INSERT INTO desk_device (token_hash, user_id, created_at) VALUES (?, ?, ?)",
                Passwords.digest(token), user.id(), now());
        return token;
    }

    /** Whether a device cookie is one a browser got by signing in to the account of that name. */
    boolean knownDevice(String token, String name) {
        if (token == null || token.isEmpty() || token.length() > 100 || name == null) {
            return false;
        }
        return db.one("SELECT 1 FROM desk_device d JOIN desk_user u ON u.id = d.user_id WHERE d.token_hash = ? AND u.name = ?",
                rs -> true, Passwords.digest(token), name.strip()) != null;
    }

    /** How long a session cookie may live in the browser. */
    Duration sessionLife() {
        return life;
    }

    public void closeSession(String token) {
        if (token != null) {
            db.update("DELETE FROM desk_session WHERE token_hash = ?", Passwords.digest(token));
        }
    }
}
