package cn.jsaudit.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser stand-in for the tests: java.net.http with its own cookie jar (cookies sent by hand, as the desk's are
 * Secure and the tests speak plain HTTP to localhost, as a browser may) and the session's CSRF token.
 */
final class DeskClient {

    static final ObjectMapper JSON = new ObjectMapper();

    final String base;
    final Map<String, String> cookies = new LinkedHashMap<>();
    /** Sent with every request (a proxy's X-Forwarded-… headers, the page's poll marker). */
    final Map<String, String> headers = new LinkedHashMap<>();
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String csrf = "";

    DeskClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    HttpResponse<byte[]> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        headers.forEach(b::header);
        if (!cookies.isEmpty()) {
            b.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        HttpResponse<byte[]> r = http.send(b.timeout(java.time.Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofByteArray());
        for (String c : r.headers().allValues("Set-Cookie")) {
            String[] kv = c.split(";", 2)[0].split("=", 2);
            if (kv[1].isEmpty()) {
                cookies.remove(kv[0]);
            } else {
                cookies.put(kv[0], kv[1]);
            }
        }
        return r;
    }

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    HttpResponse<byte[]> postJson(String path, Object body, boolean withCsrf) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (withCsrf) {
            b.header("X-CSRF-Token", csrf);
        }
        return send(b);
    }

    HttpResponse<byte[]> postForm(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = String.join("&", form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A multipart upload of named files (names may carry folders, as a browser's folder upload does). */
    HttpResponse<byte[]> upload(Map<String, byte[]> files, boolean withCsrf) throws IOException, InterruptedException {
        String boundary = "----jsaudit" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + f.getKey()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(f.getValue());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api/batches"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (withCsrf) {
            b.header("X-CSRF-Token", csrf);
        }
        return send(b);
    }

    /** Signs in through the sign-in page's form; true when a session was opened. */
    boolean signIn(String name, String password) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = signInAnswer(name, password);
        if (!"/".equals(r.headers().firstValue("Location").orElse(""))) {
            return false;
        }
        csrf = json(get("/api/me")).path("csrf").asText();
        return true;
    }

    /** The desk's answer to the sign-in form: a redirect to / (signed in) or to the form again, or a refusal. */
    HttpResponse<byte[]> signInAnswer(String name, String password) throws IOException, InterruptedException {
        String page = new String(get("/login").body(), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new AssertionError("no CSRF field on the sign-in page: " + page);
        }
        return postForm("/login", Map.of("_csrf", m.group(1), "name", name, "password", password));
    }

    static JsonNode json(HttpResponse<byte[]> r) throws IOException {
        return JSON.readTree(r.body());
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }
}
