package cn.jsaudit.desk;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Reviewers' accounts and their sign-in sessions. */
public final class Accounts {

    public static final String REVIEWER = "审核员";
    public static final String ADMIN = "管理员";
    public static final List<String> ROLES = List.of(REVIEWER, ADMIN);
    static final Duration SESSION_LIFE = Duration.ofHours(12);

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

    public Accounts(Database db) {
        this.db = db;
    }

    /** Creates an account; the message says why not (name taken, unknown role, password too short). */
    public User add(String name, char[] password, String role) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("用户名不能为空，且不超过 100 个字符");
        }
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("未知的角色：" + role + "（可用：" + String.join("、", ROLES) + "）");
        }
        if (password.length < 8) {
            throw new IllegalArgumentException("密码至少 8 个字符");
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
        db.update("DELETE FROM desk_session WHERE expires_at < ?", Database.now());
        db.update("INSERT INTO desk_session (token_hash, user_id, csrf, expires_at) VALUES (?, ?, ?, ?)",
                Passwords.digest(token), user.id(), Passwords.token(), Database.now().plus(SESSION_LIFE));
        return token;
    }

    public Optional<Session> session(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        return Optional.ofNullable(db.one("SELECT u.id, u.name, u.role, s.csrf, s.expires_at FROM desk_session s "
                        + "JOIN desk_user u ON u.id = s.user_id WHERE s.token_hash = ?",
                rs -> rs.getObject(5, OffsetDateTime.class).isBefore(Database.now()) ? null
                        : new Session(new User(rs.getLong(1), rs.getString(2), rs.getString(3)), rs.getString(4)),
                Passwords.digest(token)));
    }

    public void closeSession(String token) {
        if (token != null) {
            db.update("DELETE FROM desk_session WHERE token_hash = ?", Passwords.digest(token));
        }
    }
}
