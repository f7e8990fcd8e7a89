package io.github.camelsegmentremote.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A loopback HTTP server hosting one {@link Simulator}: routes by method and path template ({@code /v1/x/{id}}),
 * injects faults from its {@link FaultInjector}, counts answers by status, and serves the read-only inspection
 * endpoints {@code GET /_sandbox/inspect}, {@code GET /_sandbox/stats} plus {@code POST /_sandbox/faults} and
 * {@code POST /_sandbox/reset}.
 */
public final class SandboxServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);
    private static final String CONTROL_PREFIX = "/_sandbox/";

    static {
        // The JDK server writes status line and body separately; without TCP_NODELAY each answer on a kept-alive
        // connection waits ~40 ms for the client's delayed ACK. Read once, when the JDK's server classes load.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final Simulator simulator;
    private final FaultInjector faults;
    private final List<Route> routes = new ArrayList<>();
    private final Map<Integer, LongAdder> answersByStatus = new ConcurrentHashMap<>();
    private final LongAdder requests = new LongAdder();
    private final LongAdder resets = new LongAdder();
    private HttpServer server;
    private ExecutorService executor;

    public SandboxServer(Simulator simulator, long faultSeed) {
        this.simulator = simulator;
        this.faults = new FaultInjector(faultSeed);
        simulator.register(this);
    }

    /** Adds a route; path segments in braces are path parameters. */
    public SandboxServer route(String method, String pathTemplate, SandboxHandler handler) {
        routes.add(new Route(method, pathTemplate.split("/"), handler));
        return this;
    }

    /** Starts on 127.0.0.1 at {@code port} (0 = a free port). */
    public synchronized SandboxServer start(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 512);
        } catch (IOException e) {
            throw new IllegalStateException("sandbox " + simulator.name() + " could not bind 127.0.0.1:" + port, e);
        }
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newFixedThreadPool(32, r -> {
            Thread t = new Thread(r, "sandbox-" + simulator.name() + "-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
        LOG.info("Sandbox {} listening on {}", simulator.name(), baseUrl());
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public Simulator simulator() {
        return simulator;
    }

    public FaultInjector faults() {
        return faults;
    }

    /** Requests answered, by HTTP status (resets are counted under status 0). */
    public ObjectNode stats() {
        ObjectNode node = SandboxJson.object();
        node.put("requests", requests.sum());
        node.put("resets", resets.sum());
        ObjectNode byStatus = node.putObject("byStatus");
        answersByStatus.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> byStatus.put(String.valueOf(e.getKey()), e.getValue().sum()));
        return node;
    }

    public long answered(int status) {
        LongAdder adder = answersByStatus.get(status);
        return adder == null ? 0 : adder.sum();
    }

    public void resetStats() {
        answersByStatus.clear();
        requests.reset();
        resets.reset();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server = null;
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.increment();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            URI uri = exchange.getRequestURI();
            String path = uri.getRawPath();
            String method = exchange.getRequestMethod();
            if (path.startsWith(CONTROL_PREFIX)) {
                send(exchange, control(method, path.substring(CONTROL_PREFIX.length()), body));
                return;
            }
            Fault fault = faults.beforeProcessing();
            long latency = faults.plan().latencyMillis();
            if (latency > 0) {
                Thread.sleep(latency);
            }
            if (fault == Fault.RESET) {
                resets.increment();
                count(0);
                // Closing the exchange before any status line drops the connection: the client sees a reset.
                return;
            }
            SandboxResponse response = switch (fault) {
                case RATE_LIMIT -> simulator.rateLimited(faults.plan().retryAfterMillis());
                case SERVER_ERROR -> simulator.error(faults.plan().serverErrorStatus(), "InternalServerError",
                        "injected server error");
                default -> dispatch(method, path, uri.getRawQuery(), exchange, body);
            };
            if (fault == Fault.NONE && response.status() < 300 && response.body().length > 1
                    && faults.malformAnswer()) {
                byte[] cut = Arrays.copyOf(response.body(), response.body().length / 2);
                SandboxResponse malformed = SandboxResponse.text(response.status(), "").header("Content-Type",
                        "application/json");
                sendBytes(exchange, malformed, cut);
                return;
            }
            send(exchange, response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | IOException e) {
            LOG.debug("Sandbox {} failed to answer: {}", simulator.name(), e.toString());
        }
    }

    private SandboxResponse dispatch(String method, String path, String rawQuery, HttpExchange exchange,
            byte[] body) {
        String[] segments = path.split("/");
        boolean pathMatched = false;
        for (Route route : routes) {
            Map<String, String> params = route.match(segments);
            if (params == null) {
                continue;
            }
            pathMatched = true;
            if (!route.method.equalsIgnoreCase(method)) {
                continue;
            }
            SandboxRequest request = new SandboxRequest(method, path, params, parseQuery(rawQuery),
                    exchange.getRequestHeaders(), body);
            SandboxResponse response;
            try {
                response = route.handler.handle(request);
            } catch (SandboxException e) {
                response = simulator.error(e.status(), e.type(), e.getMessage());
            } catch (Exception e) {
                LOG.warn("Sandbox {} handler failed for {} {}", simulator.name(), method, path, e);
                response = simulator.error(500, "InternalServerError", "sandbox handler failed: " + e);
            }
            simulator.decorate(request, response);
            return response;
        }
        return pathMatched
                ? simulator.error(405, "MethodNotAllowed", method + " is not allowed on " + path)
                : simulator.error(404, "NotFound", "no such path: " + path);
    }

    private SandboxResponse control(String method, String command, byte[] body) throws IOException {
        switch (method + " " + command) {
            case "GET inspect":
                ObjectNode node = SandboxJson.object();
                node.put("simulator", simulator.name());
                node.set("stats", stats());
                node.set("state", simulator.inspect());
                return SandboxResponse.json(200, node);
            case "GET stats":
                return SandboxResponse.json(200, stats());
            case "GET faults":
                return SandboxResponse.json(200, faults.plan());
            case "POST faults":
                try {
                    faults.plan(FaultPlan.fromJson(SandboxJson.MAPPER.readTree(body)));
                } catch (IllegalArgumentException | IOException e) {
                    return SandboxResponse.json(400, Map.of("message", String.valueOf(e.getMessage())));
                }
                return SandboxResponse.json(200, faults.plan());
            case "POST reset":
                faults.reset();
                simulator.reset();
                resetStats();
                return SandboxResponse.empty(204);
            default:
                return SandboxResponse.json(404, Map.of("message", "unknown sandbox control: " + command));
        }
    }

    private void count(int status) {
        answersByStatus.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    private void send(HttpExchange exchange, SandboxResponse response) throws IOException {
        sendBytes(exchange, response, response.body());
    }

    private void sendBytes(HttpExchange exchange, SandboxResponse response, byte[] body) throws IOException {
        count(response.status());
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        boolean noBody = body.length == 0 || response.status() == 204 || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return query;
    }

    private record Route(String method, String[] template, SandboxHandler handler) {

        Map<String, String> match(String[] segments) {
            if (segments.length != template.length) {
                return null;
            }
            Map<String, String> params = null;
            for (int i = 0; i < template.length; i++) {
                String t = template[i];
                if (t.startsWith("{") && t.endsWith("}")) {
                    if (segments[i].isEmpty()) {
                        return null;
                    }
                    if (params == null) {
                        params = new LinkedHashMap<>();
                    }
                    params.put(t.substring(1, t.length() - 1),
                            URLDecoder.decode(segments[i], StandardCharsets.UTF_8));
                } else if (!t.equals(segments[i])) {
                    return null;
                }
            }
            return params == null ? Map.of() : params;
        }
    }
}
