package cn.jsaudit.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows password guessing down, per account name and per client address: a few failures are free, then each further
 * one doubles the wait before the next attempt is even checked (1 s, 2 s, 4 s … at most 15 minutes), and a quiet
 * hour forgets them. A lock is never permanent, and a browser that has signed in to the account before (its device
 * cookie) is not held by the account's lock at all: an attacker hammering every name slows down only strangers to
 * those accounts, never the reviewers at their own desks. Kept in memory: a restart forgets, which only helps
 * users; the maps are bounded so that a flood of made-up names or addresses cannot fill the heap.
 */
final class SignInThrottle {

    static final int FREE_PER_ACCOUNT = 5;
    /** Higher: a bureau's reviewers may all come from one office address. */
    static final int FREE_PER_ADDRESS = 20;
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int TRACKED = 10_000;

    /** Why and how long a sign-in must wait; {@code account}: the account's lock, else the address's. */
    record Wait(Duration left, boolean account) {
        String message() {
            long s = Math.max(1, (left.toMillis() + 999) / 1000);
            String when = s < 120 ? s + " 秒" : (s + 59) / 60 + " 分钟";
            return account
                    ? "该用户名连续多次登录失败，为防止有人猜测密码，请在 " + when + "后再试（在此浏览器上曾成功登录过该账户的不受此限）。"
                    : "从您的网络地址登录失败的次数过多，请在 " + when + "后再试。";
        }
    }

    private record Failures(int count, Instant last) {
    }

    private final Clock clock;
    private final Map<String, Failures> accounts = bounded();
    private final Map<String, Failures> addresses = bounded();

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** The wait before this attempt may be checked, or null when it may be checked now. */
    synchronized Wait check(String account, String address, boolean knownDevice) {
        Instant now = clock.instant();
        Duration byAddress = left(addresses, address, FREE_PER_ADDRESS, now);
        Duration byAccount = knownDevice ? Duration.ZERO : left(accounts, key(account), FREE_PER_ACCOUNT, now);
        if (byAccount.isZero() && byAddress.isZero()) {
            return null;
        }
        return byAccount.compareTo(byAddress) >= 0 ? new Wait(byAccount, true) : new Wait(byAddress, false);
    }

    /** Counts a failed attempt; true when the account has just used up its free failures (worth an audit entry). */
    synchronized boolean failed(String account, String address) {
        Instant now = clock.instant();
        count(addresses, address, now);
        return count(accounts, key(account), now) == FREE_PER_ACCOUNT;
    }

    /** A right password clears the account's failures (not the address's: one good account must not reset those). */
    synchronized void succeeded(String account) {
        accounts.remove(key(account));
    }

    private static String key(String account) {
        return account.strip().toLowerCase(Locale.ROOT);
    }

    private int count(Map<String, Failures> map, String key, Instant now) {
        Failures f = map.get(key);
        int n = f == null || forgotten(f, now) ? 1 : f.count() + 1;
        map.remove(key); // to the young end, so that the bound evicts the quiet entries first
        map.put(key, new Failures(n, now));
        return n;
    }

    private Duration left(Map<String, Failures> map, String key, int free, Instant now) {
        Failures f = map.get(key);
        if (f == null || forgotten(f, now)) {
            return Duration.ZERO;
        }
        if (f.count() < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(f.count() - free, 30);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        wait = wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
        Duration left = Duration.between(now, f.last().plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static boolean forgotten(Failures f, Instant now) {
        return f.last().plus(FORGET_AFTER).isBefore(now);
    }

    /** Oldest entry out first when full (an entry is refreshed by each failure, so active attackers stay). */
    private static Map<String, Failures> bounded() {
        return new LinkedHashMap<>(256, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > TRACKED;
            }
        };
    }
}
