package io.github.camelsegmentremote.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * A loopback HTTP proxy in front of a sandbox server that loses a share of the answers: the request reaches the
 * server and is processed, then the connection is dropped before the status line. The sandbox's own resets
 * happen before processing; this is the other case, where the client cannot know that its request was
 * accepted, sends it again, and only the messageId keeps it from counting twice.
 */
final class LostAnswerProxy implements AutoCloseable {

    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> HOP_HEADERS = Set.of("connection", "content-length", "host", "expect",
            "upgrade", "keep-alive", "transfer-encoding", "date");

    private final String target;
    private final double lossRate;
    private final SplittableRandom random;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final LongAdder lost = new LongAdder();
    private final LongAdder forwarded = new LongAdder();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "lost-answer-proxy");
        t.setDaemon(true);
        return t;
    });

    LostAnswerProxy(String targetBaseUrl, double lossRate, long seed) throws IOException {
        this.target = targetBaseUrl;
        this.lossRate = lossRate;
        this.random = new SplittableRandom(seed);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
        server.setExecutor(executor);
        server.createContext("/", this::forward);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers the server gave that the client never saw. */
    long lost() {
        return lost.sum();
    }

    long forwarded() {
        return forwarded.sum();
    }

    private boolean loseThisOne() {
        synchronized (random) {
            return random.nextDouble() < lossRate;
        }
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase())) {
                    values.forEach(v -> request.header(name, v));
                }
            });
            HttpResponse<byte[]> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            forwarded.increment();
            if (answer.statusCode() < 300 && loseThisOne()) {
                lost.increment();
                // Closing before any status line: the client sees the connection drop.
                return;
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
