package cn.jsaudit.desk;

import java.time.Duration;
import java.util.List;

/**
 * How a desk runs: what an upload may bring, how many submissions are screened at once, how long a session lasts
 * (from sign-in, and without use), whether a trusted reverse proxy stands in front of it (only then are its
 * X-Forwarded-Proto and X-Forwarded-For believed), and how long to wait before trying again to store a screening
 * the database refused (connection lost, server restarting).
 */
public record DeskSettings(UploadLimits limits, int jobs, Duration sessionLife, Duration sessionIdle, boolean behindProxy,
                           List<Duration> storeRetries) {

    public static final Duration SESSION_LIFE = Duration.ofHours(12);
    public static final Duration SESSION_IDLE = Duration.ofMinutes(60);
    /** About two minutes in all: a database restart fits, a longer outage leaves the submission queued for later. */
    static final List<Duration> STORE_RETRIES = List.of(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(15),
            Duration.ofSeconds(30), Duration.ofSeconds(60));

    public DeskSettings {
        if (sessionLife.isNegative() || sessionLife.isZero() || sessionIdle.isNegative() || sessionIdle.isZero()) {
            throw new IllegalArgumentException("会话时长和空闲时限须大于 0");
        }
        storeRetries = List.copyOf(storeRetries);
    }

    public static DeskSettings of(UploadLimits limits, int jobs) {
        return new DeskSettings(limits, jobs, SESSION_LIFE, SESSION_IDLE, false, STORE_RETRIES);
    }

    public DeskSettings withSessions(Duration life, Duration idle) {
        return new DeskSettings(limits, jobs, life, idle, behindProxy, storeRetries);
    }

    public DeskSettings withProxy(boolean trusted) {
        return new DeskSettings(limits, jobs, sessionLife, sessionIdle, trusted, storeRetries);
    }

    DeskSettings withStoreRetries(List<Duration> delays) {
        return new DeskSettings(limits, jobs, sessionLife, sessionIdle, behindProxy, delays);
    }
}
