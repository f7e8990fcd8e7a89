package io.github.camelsegmentremote.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback HTTP proxy in front of one sandbox server, for faults the sandbox cannot inject: a share of the
 * requests is answered 503 without reaching the server, and a share of the successful answers is replaced after
 * the server processed the request, by a 500 or by dropping the connection before the status line. The sandbox's
 * own errors and resets happen before processing; the last two are the cases where the client cannot know that
 * its request took effect, and only an idempotent design (a messageId, a match by slug) keeps a repeat harmless.
 * It also puts faults on one workspace's traffic only, where two workspaces share a sandbox server.
 */
final class FaultProxy implements AutoCloseable {

    private static final String INJECTED = "{\"errors\":[{\"type\":\"internal-error\",\"message\":\"injected by the "
            + "proxy\"}]}";
    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> HOP_HEADERS = Set.of("connection", "content-length", "host", "expect",
            "upgrade", "keep-alive", "transfer-encoding", "date");

    private final String target;
    private final double errorBeforeRate;
    private final double errorAfterRate;
    private final double lossRate;
    private final SplittableRandom random;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final LongAdder lost = new LongAdder();
    private final LongAdder errorsBefore = new LongAdder();
    private final LongAdder errorsAfter = new LongAdder();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "fault-proxy");
        t.setDaemon(true);
        return t;
    });

    private FaultProxy(String targetBaseUrl, double errorBeforeRate, double errorAfterRate, double lossRate,
            long seed) throws IOException {
        this.target = targetBaseUrl;
        this.errorBeforeRate = errorBeforeRate;
        this.errorAfterRate = errorAfterRate;
        this.lossRate = lossRate;
        this.random = new SplittableRandom(seed);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
        server.setExecutor(executor);
        server.createContext("/", this::forward);
        server.start();
    }

    /** Drops the connection after {@code lossRate} of the successful answers. */
    static FaultProxy losingAnswers(String targetBaseUrl, double lossRate, long seed) throws IOException {
        return new FaultProxy(targetBaseUrl, 0, 0, lossRate, seed);
    }

    /**
     * Answers {@code beforeRate} of the requests 503 without forwarding them, and {@code afterRate} of the
     * successful answers 500 after the server processed the request.
     */
    static FaultProxy failing(String targetBaseUrl, double beforeRate, double afterRate, long seed)
            throws IOException {
        return new FaultProxy(targetBaseUrl, beforeRate, afterRate, 0, seed);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers the server gave that the client never saw. */
    long lost() {
        return lost.sum();
    }

    /** Requests answered 503 without reaching the server. */
    long errorsBefore() {
        return errorsBefore.sum();
    }

    /** Requests the server processed, answered 500 all the same. */
    long errorsAfter() {
        return errorsAfter.sum();
    }

    private double draw() {
        synchronized (random) {
            return random.nextDouble();
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            if (errorBeforeRate > 0 && draw() < errorBeforeRate) {
                errorsBefore.increment();
                answer(exchange, 503, INJECTED);
                return;
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase())) {
                    values.forEach(v -> request.header(name, v));
                }
            });
            HttpResponse<byte[]> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() < 300 && errorAfterRate + lossRate > 0) {
                double d = draw();
                if (d < errorAfterRate) {
                    errorsAfter.increment();
                    answer(exchange, 500, INJECTED);
                    return;
                }
                if (d < errorAfterRate + lossRate) {
                    lost.increment();
                    // Closing before any status line: the client sees the connection drop.
                    return;
                }
            }
            answer.headers().map().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, List.copyOf(values));
                }
            });
            byte[] bytes = answer.body();
            exchange.sendResponseHeaders(answer.statusCode(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The sandbox dropped the connection (an injected reset): so does the proxy.
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
