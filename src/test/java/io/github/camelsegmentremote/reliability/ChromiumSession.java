package io.github.camelsegmentremote.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Headless Chromium driven over the DevTools protocol, for tests that use a page as a user does: type into its
 * fields, press its buttons, read what it shows. One browser, one tab, a fresh profile.
 */
public final class ChromiumSession implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    /** The page's requests and their outcomes, as "METHOD url -> status" lines (for failure messages). */
    private final java.util.Queue<String> network = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private ChromiumSession(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** Starts the browser at {@code about:blank}. */
    public static ChromiumSession start(Path executable) throws Exception {
        Path profile = Files.createTempDirectory("chromium-cdp-profile");
        Process process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,900", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String browserUrl = devToolsUrl(process);
        URI base = URI.create(browserUrl.replace("ws://", "http://")).resolve("/");
        HttpClient http = HttpClient.newHttpClient();
        JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(base.resolve("/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String pageUrl = null;
        for (JsonNode target : targets) {
            if ("page".equals(target.path("type").asText())) {
                pageUrl = target.path("webSocketDebuggerUrl").asText();
            }
        }
        if (pageUrl == null) {
            process.destroyForcibly();
            throw new IOException("Chromium has no page target: " + targets);
        }
        Listener listener = new Listener();
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageUrl), listener).get(20,
                TimeUnit.SECONDS);
        ChromiumSession session = new ChromiumSession(process, socket);
        listener.session = session;
        session.command("Network.enable", Map.of());
        return session;
    }

    private static String devToolsUrl(Process process) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8));
        long deadline = System.currentTimeMillis() + 30_000;
        String line;
        while (System.currentTimeMillis() < deadline && (line = err.readLine()) != null) {
            int at = line.indexOf("ws://");
            if (line.contains("DevTools listening on") && at >= 0) {
                Thread drain = new Thread(() -> err.lines().forEach(l -> { }), "chromium-stderr");
                drain.setDaemon(true);
                drain.start();
                return line.substring(at).trim();
            }
        }
        process.destroyForcibly();
        throw new IOException("Chromium did not open its DevTools port");
    }

    /** Sends one DevTools command; its result. */
    public JsonNode command(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
        JsonNode reply = answer.get(60, TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IOException(method + " failed: " + reply.get("error"));
        }
        return reply.path("result");
    }

    /** The requests the page made so far, and their answers. */
    public String networkLog() {
        return String.join("\n", network);
    }

    public void navigate(String url) throws Exception {
        command("Page.navigate", Map.of("url", url));
    }

    /** Evaluates a JavaScript expression in the page; its value (null when the page is between documents). */
    public JsonNode evaluate(String expression) throws Exception {
        JsonNode result = command("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        return result.has("exceptionDetails") ? null : result.path("result").path("value");
    }

    /** The page's visible text. */
    public String text() throws Exception {
        JsonNode value = evaluate("document.body ? document.body.innerText : ''");
        return value == null ? "" : value.asText();
    }

    /** Waits until the page's text satisfies {@code condition}; the text then. */
    public String awaitText(Predicate<String> condition, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String text = "";
        while (System.nanoTime() < deadline) {
            text = text();
            if (condition.test(text)) {
                return text;
            }
            Thread.sleep(500);
        }
        JsonNode url = evaluate("location.href");
        throw new AssertionError("The page did not show what was expected within " + timeout + "; " + url
                + " shows:\n" + text + "\nrequests:\n" + networkLog());
    }

    /** Focuses the element {@code selector} finds and types {@code text} into it as keyboard input. */
    public void type(String selector, String text) throws Exception {
        JsonNode found = evaluate("(() => { const e = document.querySelector('" + selector + "'); "
                + "if (!e) return false; e.focus(); return true; })()");
        if (found == null || !found.asBoolean()) {
            throw new AssertionError("No " + selector + " on the page:\n" + text());
        }
        command("Input.insertText", Map.of("text", text));
    }

    public void click(String selector) throws Exception {
        JsonNode found = evaluate("(() => { const e = document.querySelector('" + selector + "'); "
                + "if (!e) return false; e.click(); return true; })()");
        if (found == null || !found.asBoolean()) {
            throw new AssertionError("No " + selector + " on the page:\n" + text());
        }
    }

    public void screenshot(Path png) throws Exception {
        Files.createDirectories(png.getParent());
        String data = command("Page.captureScreenshot", Map.of("format", "png")).path("data").asText();
        Files.write(png, java.util.Base64.getDecoder().decode(data));
    }

    @Override
    public void close() throws InterruptedException {
        socket.abort();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private void received(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            String method = message.path("method").asText();
            JsonNode params = message.path("params");
            if (method.equals("Network.requestWillBeSent")
                    && !params.path("request").path("url").asText().startsWith("data:")) {
                network.add(params.path("requestId").asText() + " " + params.path("request").path("method").asText()
                        + " " + params.path("request").path("url").asText());
            } else if (method.equals("Network.responseReceived")) {
                network.add(params.path("requestId").asText() + " -> " + params.path("response").path("status")
                        .asInt());
            } else if (method.equals("Network.loadingFailed")) {
                network.add(params.path("requestId").asText() + " -> failed " + params.path("errorText").asText());
            }
            if (message.has("id")) {
                CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
                if (answer != null) {
                    answer.complete(message);
                }
            }
        } catch (IOException e) {
            pending.values().forEach(f -> f.completeExceptionally(e));
        }
    }

    /** Collects each DevTools message (they may come in parts) and hands it on whole. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private volatile ChromiumSession session;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String whole = partial.toString();
                partial.setLength(0);
                if (session != null) {
                    session.received(whole);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
