package io.github.camelsegmentremote.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One page of headless Chromium driven over the DevTools protocol on loopback, for what {@code --dump-dom} cannot
 * do: click through a single-page app (Hawtio keeps its tree selection in memory, not in the URL), wait for what
 * it renders, and take a screenshot. Same flags as {@link HeadlessChromium}: a fresh profile, no network but
 * loopback.
 */
final class ChromiumPage implements AutoCloseable {

    private final ObjectMapper json = new ObjectMapper();
    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private ChromiumPage(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** Starts Chromium on {@code about:blank} with a page of {@code width} x {@code height}. */
    static ChromiumPage open(Path chromium, int width, int height) throws Exception {
        int port = FreePort.find();
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--hide-scrollbars", "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=" + port, "about:blank"));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        HttpClient http = HttpClient.newHttpClient();
        String debuggerUrl = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (debuggerUrl == null && System.nanoTime() < deadline) {
            try {
                HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/json/list")).build(), HttpResponse.BodyHandlers.ofString());
                for (JsonNode target : new ObjectMapper().readTree(list.body())) {
                    if ("page".equals(target.path("type").asText())) {
                        debuggerUrl = target.path("webSocketDebuggerUrl").asText();
                    }
                }
            } catch (IOException notYetListening) {
                Thread.sleep(200);
            }
        }
        if (debuggerUrl == null) {
            process.destroyForcibly();
            throw new IOException("Chromium's DevTools did not answer on port " + port + " within 30 s");
        }
        ChromiumPage[] page = new ChromiumPage[1];
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(debuggerUrl), new WebSocket.Listener() {
            private final StringBuilder frame = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                frame.append(data);
                if (last) {
                    page[0].answer(frame.toString());
                    frame.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        }).get(30, TimeUnit.SECONDS);
        page[0] = new ChromiumPage(process, socket);
        return page[0];
    }

    private void answer(String text) {
        try {
            JsonNode message = json.readTree(text);
            CompletableFuture<JsonNode> waiting = message.has("id") ? pending.remove(message.get("id").asInt())
                    : null;
            if (waiting != null) {
                waiting.complete(message);
            }
        } catch (IOException e) {
            pending.values().forEach(f -> f.completeExceptionally(e));
        }
    }

    /** Sends one DevTools command and returns its result. */
    JsonNode send(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(json.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true)
                .get(30, TimeUnit.SECONDS);
        JsonNode message = answer.get(60, TimeUnit.SECONDS);
        if (message.has("error")) {
            throw new IOException(method + " failed: " + message.get("error"));
        }
        return message.path("result");
    }

    /** Opens {@code url}. */
    void navigate(String url) throws Exception {
        send("Page.navigate", Map.of("url", url));
    }

    /** The value of a JavaScript expression in the page (promises awaited). */
    JsonNode eval(String expression) throws Exception {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IOException("script failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Waits until the expression is true in the page; false when {@code timeout} passed first. */
    boolean waitFor(String expression, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (eval("!!(" + expression + ")").asBoolean()) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    /** Types {@code text} into the element {@code selector} finds, as keyboard input (React sees it). */
    void type(String selector, String text) throws Exception {
        eval("document.querySelector(" + json.writeValueAsString(selector) + ").focus()");
        send("Input.insertText", Map.of("text", text));
    }

    /** Clicks the element {@code selector} finds. */
    void click(String selector) throws Exception {
        eval("document.querySelector(" + json.writeValueAsString(selector) + ").click()");
    }

    /** The page's visible text. */
    String text() throws Exception {
        return eval("document.body ? document.body.innerText : ''").asText();
    }

    /** Saves a PNG of the page as it is shown. */
    void screenshot(Path png) throws Exception {
        Files.createDirectories(png.toAbsolutePath().getParent());
        JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png"));
        Files.write(png, Base64.getDecoder().decode(shot.path("data").asText()));
    }

    @Override
    public void close() throws Exception {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the browser goes anyway
        }
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
