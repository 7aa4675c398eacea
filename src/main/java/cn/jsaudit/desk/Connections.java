package cn.jsaudit.desk;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * What the desk may believe about a request's connection: whether the browser's side of it is HTTPS, and the
 * browser's address. Served directly, the connection itself; behind a trusted reverse proxy (--behind-proxy), the
 * proxy's X-Forwarded-Proto and the last X-Forwarded-For entry (the one the proxy added) — a client's own such
 * headers are never believed otherwise: they would let anyone dodge the sign-in throttle or write a false address
 * into the audit trail.
 */
final class Connections {

    private final boolean behindProxy;

    Connections(boolean behindProxy) {
        this.behindProxy = behindProxy;
    }

    boolean https(Context ctx) {
        if (behindProxy) {
            String proto = ctx.header("X-Forwarded-Proto");
            return proto != null && proto.split(",")[0].strip().equalsIgnoreCase("https");
        }
        return "https".equalsIgnoreCase(ctx.scheme());
    }

    String client(Context ctx) {
        String forwarded = behindProxy ? ctx.header("X-Forwarded-For") : null;
        if (forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].strip();
        }
        return ctx.req().getRemoteAddr();
    }

    /** Plain HTTP is fine on this computer; from elsewhere a password and a session cookie must not cross it. */
    boolean unencryptedFromAfar(Context ctx) {
        return !https(ctx) && !loopback(client(ctx));
    }

    /** An HttpOnly, SameSite=Strict cookie, Secure when the browser's connection is HTTPS. */
    Cookie cookie(Context ctx, String name, String value, Duration maxAge) {
        return new Cookie(name, value, "/", (int) maxAge.toSeconds(), https(ctx), true, null, SameSite.STRICT);
    }

    private static boolean loopback(String address) {
        // an address literal only: never a name to look up
        if (!address.matches("[0-9A-Fa-f:.]{2,45}")) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
