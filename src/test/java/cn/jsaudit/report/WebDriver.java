package cn.jsaudit.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A headless Chromium driven through chromedriver's W3C WebDriver protocol (plain HTTP and JSON, no client
 * library): open a page, click, type, run a script and read its result. For tests that use the page as a
 * reviewer does; skipped where chromedriver is not installed.
 */
final class WebDriver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

    private final Process driver;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String session;

    private WebDriver(Process driver, String base, String session) {
        this.driver = driver;
        this.base = base;
        this.session = session;
    }

    /** A browser window of the given size with a fresh profile, or empty when chromedriver is not installed. */
    static Optional<WebDriver> start(Path profile, int width, int height) throws Exception {
        Optional<Path> chromedriver = onPath("chromedriver");
        Optional<Path> chromium = onPath("chromium").or(() -> onPath("chromium-browser")).or(() -> onPath("google-chrome"));
        if (chromedriver.isEmpty() || chromium.isEmpty()) {
            return Optional.empty();
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process p = new ProcessBuilder(chromedriver.get().toString(), "--port=" + port)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String base = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/status")).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    p.destroyForcibly();
                    throw notYet;
                }
            }
            Thread.sleep(100);
        }
        ObjectNode options = JSON.createObjectNode();
        options.put("binary", chromium.get().toString());
        options.putPOJO("args", List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile.toAbsolutePath()));
        ObjectNode caps = JSON.createObjectNode();
        caps.putObject("capabilities").putObject("alwaysMatch").put("browserName", "chrome").set("goog:chromeOptions", options);
        JsonNode created = post(http, base + "/session", caps);
        WebDriver d = new WebDriver(p, base, created.get("value").get("sessionId").asText());
        d.post("/window/rect", JSON.createObjectNode().put("width", width).put("height", height));
        return Optional.of(d);
    }

    void open(String url) throws Exception {
        post("/url", JSON.createObjectNode().put("url", url));
    }

    /** Runs a script (its body; {@code return} gives the result) and returns the result as JSON. */
    JsonNode script(String body) throws Exception {
        ObjectNode req = JSON.createObjectNode().put("script", body);
        req.putArray("args");
        return post("/execute/sync", req).get("value");
    }

    void click(String css) throws Exception {
        post("/element/" + element(css) + "/click", JSON.createObjectNode());
    }

    void type(String css, String text) throws Exception {
        post("/element/" + element(css) + "/value", JSON.createObjectNode().put("text", text));
    }

    void clear(String css) throws Exception {
        post("/element/" + element(css) + "/clear", JSON.createObjectNode());
    }

    /** Chooses the option of a select by its value, as a reviewer picks it (a change event follows). */
    void select(String selectCss, String value) throws Exception {
        click(selectCss + " option[value='" + value.replace("'", "\\'") + "']");
    }

    private String element(String css) throws Exception {
        JsonNode v = post("/element", JSON.createObjectNode().put("using", "css selector").put("value", css)).get("value");
        return v.get(ELEMENT).asText();
    }

    private JsonNode post(String path, JsonNode body) throws Exception {
        return post(http, base + "/session/" + session + path, body);
    }

    private static JsonNode post(HttpClient http, String url, JsonNode body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = JSON.readTree(r.body());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("WebDriver " + url + " → " + r.statusCode() + ": " + json);
        }
        return json;
    }

    private static Optional<Path> onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() throws Exception {
        try {
            http.send(HttpRequest.newBuilder(URI.create(base + "/session/" + session)).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
        } finally {
            driver.destroy();
            driver.waitFor();
        }
    }
}
