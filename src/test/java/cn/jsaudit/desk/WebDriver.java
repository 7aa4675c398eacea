package cn.jsaudit.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Headless Chromium driven through chromedriver's W3C WebDriver protocol (plain JSON over HTTP, so no client
 * library): Debian's chromium and chromium-driver packages; the test skips without them.
 */
final class WebDriver implements AutoCloseable {

    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process driver;
    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    private WebDriver(Process driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    static Optional<Path> program(String... names) {
        for (String name : names) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    static WebDriver start(Path chromedriver, Path chromium, Path profile) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process p = new ProcessBuilder(chromedriver.toString(), "--port=" + port).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        WebDriver d = new WebDriver(p, "http://127.0.0.1:" + port);
        for (int i = 0; i < 100; i++) {
            try {
                d.call("GET", "/status", null);
                break;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        JsonNode session = d.call("POST", "/session", Map.of("capabilities", Map.of("alwaysMatch", Map.of(
                "browserName", "chrome", "goog:chromeOptions", Map.of("binary", chromium.toString(), "args", List.of(
                        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000",
                        "--user-data-dir=" + profile.toAbsolutePath())))))).path("value");
        d.session = "/session/" + session.path("sessionId").asText();
        return d;
    }

    private String session;

    private JsonNode call(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + (path.startsWith("/session/") || session == null
                || path.equals("/session") || path.equals("/status") ? path : session + path))).timeout(Duration.ofSeconds(120));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> r = http.send(b.header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = JSON.readTree(r.body());
        if (r.statusCode() >= 400) {
            throw new IllegalStateException("webdriver " + method + " " + path + ": " + r.body());
        }
        return json;
    }

    void open(String url) throws Exception {
        call("POST", "/url", Map.of("url", url));
    }

    String url() throws Exception {
        return call("GET", "/url", null).path("value").asText();
    }

    /** The elements a CSS selector finds now (element ids). */
    List<String> all(String css) throws Exception {
        List<String> out = new ArrayList<>();
        call("POST", "/elements", Map.of("using", "css selector", "value", css)).path("value")
                .forEach(e -> out.add(e.path(ELEMENT).asText()));
        return out;
    }

    /** Waits up to the given seconds for a selector to find something whose text contains {@code text}. */
    String await(String css, String text, int seconds) throws Exception {
        for (int i = 0; i < seconds * 5; i++) {
            for (String e : all(css)) {
                try {
                    if (text(e).contains(text)) {
                        return e;
                    }
                } catch (IllegalStateException stale) {
                    // the page re-rendered between finding and reading: look again
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + css + " containing “" + text + "” within " + seconds + " s on " + url() + ": "
                + call("GET", "/source", null).path("value").asText() + " cookies " + call("GET", "/cookie", null));
    }

    String text(String element) throws Exception {
        return call("GET", "/element/" + element + "/text", null).path("value").asText();
    }

    String attribute(String element, String name) throws Exception {
        return call("GET", "/element/" + element + "/attribute/" + name, null).path("value").asText();
    }

    /**
     * Clicks what a selector finds with that text, finding it again when the page re-rendered it between finding and
     * clicking (a list the page refreshes every few seconds).
     */
    void clickWhen(String css, String text, int seconds) throws Exception {
        for (int i = 0; ; i++) {
            try {
                click(await(css, text, seconds));
                return;
            } catch (IllegalStateException stale) {
                if (i == 10) {
                    throw stale;
                }
            }
        }
    }

    void click(String element) throws Exception {
        call("POST", "/element/" + element + "/click", Map.of());
    }

    void type(String element, String text) throws Exception {
        call("POST", "/element/" + element + "/value", Map.of("text", text));
    }

    void screenshot(Path png) throws Exception {
        Files.write(png, Base64.getDecoder().decode(call("GET", "/screenshot", null).path("value").asText()));
    }

    @Override
    public void close() {
        try {
            if (session != null) {
                call("DELETE", "", null);
            }
        } catch (Exception ignored) {
            // the driver is ended below in any case
        }
        driver.destroy();
    }
}
