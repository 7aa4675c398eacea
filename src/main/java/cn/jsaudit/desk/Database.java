package cn.jsaudit.desk;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The desk's database: an H2 file under the data folder by default, or a PostgreSQL server
 * ({@code postgresql://user:password@host:5432/db}); migrated by Flyway on opening.
 */
public final class Database implements AutoCloseable {

    /** One row of a result, read by the caller. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final DataSource pool;
    private final AutoCloseable owned;
    private final String description;

    private Database(DataSource pool, AutoCloseable owned, String description) {
        this.pool = pool;
        this.owned = owned;
        this.description = description;
    }

    /** This database seen through another data source (the tests put one in between that fails on demand). */
    Database through(UnaryOperator<DataSource> wrap) {
        return new Database(wrap.apply(pool), () -> { }, description);
    }

    /**
     * @param url  null for the H2 file {@code dataDir/desk}; {@code postgresql://…} or a {@code jdbc:} URL otherwise
     */
    public static Database open(String url, Path dataDir) {
        HikariConfig config = new HikariConfig();
        String description;
        if (url == null || url.isBlank()) {
            // AUTO_SERVER lets `jsaudit user add` reach the file while `jsaudit serve` holds it
            Path file = dataDir.toAbsolutePath().resolve("desk");
            config.setJdbcUrl("jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE");
            description = "H2 " + file + ".mv.db";
        } else if (url.startsWith("postgresql://") || url.startsWith("postgres://")) {
            URI uri = URI.create(url);
            config.setJdbcUrl("jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                    + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            if (uri.getRawUserInfo() != null) {
                String[] user = uri.getRawUserInfo().split(":", 2);
                config.setUsername(URLDecoder.decode(user[0], StandardCharsets.UTF_8));
                if (user.length > 1) {
                    config.setPassword(URLDecoder.decode(user[1], StandardCharsets.UTF_8));
                }
            }
            description = "PostgreSQL " + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getRawPath();
        } else if (url.startsWith("jdbc:")) {
            config.setJdbcUrl(url);
            description = url.replaceAll("password=[^;&]*", "password=***");
        } else {
            throw new IllegalArgumentException("无法识别的数据库地址：" + url + "（可用 postgresql://用户:密码@主机:端口/库名 或 jdbc:…）");
        }
        config.setMaximumPoolSize(8);
        // the database away (restarting, network down): a request answers 503 within seconds instead of hanging
        config.setConnectionTimeout(5_000);
        config.setPoolName("jsaudit-desk");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/desk").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool, pool, description);
    }

    /** Where the data is, for the start-up message (never the password). */
    public String description() {
        return description;
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /**
     * A read. After a database restart the pool may hand out a connection that died meanwhile (one used within the
     * last half second is not re-validated); the pool evicts it on the failure, and a read is safe to run again
     * once on a fresh connection.
     */
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
        try {
            return read(sql, mapper, args);
        } catch (SQLException e) {
            if (!isConnectionLost(e)) {
                throw new DeskException("数据库错误：" + e.getMessage(), e);
            }
            try {
                return read(sql, mapper, args);
            } catch (SQLException again) {
                throw new DeskException("数据库错误：" + again.getMessage(), again);
            }
        }
    }

    private <T> List<T> read(String sql, RowMapper<T> mapper, Object... args) throws SQLException {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        }
    }

    /**
     * SQLSTATE class 08 (connection exception) or 57P01 (the server shut the session down) on a connection the pool
     * gave: it is gone. Not the pool's own time-out (no connection to be had): waiting again would only double it.
     */
    private static boolean isConnectionLost(SQLException e) {
        String state = e.getSQLState();
        return !(e instanceof java.sql.SQLTransientConnectionException) && state != null
                && (state.startsWith("08") || state.equals("57P01"));
    }

    public <T> T one(String sql, RowMapper<T> mapper, Object... args) {
        List<T> all = query(sql, mapper, args);
        return all.isEmpty() ? null : all.get(0);
    }

    public int update(String sql, Object... args) {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new DeskException("数据库错误：" + e.getMessage(), e);
        }
    }

    /** Inserts a row and returns its generated id. */
    public long insert(String sql, Object... args) {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
            bind(ps, args);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new DeskException("数据库错误：" + e.getMessage(), e);
        }
    }

    /** Runs several statements in one transaction. */
    public void transaction(SqlWork work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DeskException("数据库错误：" + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    public interface SqlWork {
        void run(Connection c) throws SQLException;
    }

    static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }

    @Override
    public void close() {
        try {
            owned.close();
        } catch (Exception e) {
            throw new DeskException("关闭数据库连接时出错：" + e.getMessage(), e);
        }
    }
}
