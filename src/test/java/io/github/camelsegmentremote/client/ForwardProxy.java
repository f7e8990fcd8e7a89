package io.github.camelsegmentremote.client;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small forward HTTP proxy on loopback, as an enterprise network puts between an ESB and the internet: it takes
 * requests in absolute form ({@code GET http://host:port/path HTTP/1.1}), requires {@code Proxy-Authorization:
 * Basic} with its one user (answering 407 with a Basic challenge otherwise), forwards the request to the target
 * and relays the answer. Every request it saw is recorded, with whether it was authorised and its headers.
 */
final class ForwardProxy implements AutoCloseable {

    /** What the proxy saw of one request. */
    record Seen(String method, URI target, boolean authorised, Map<String, String> headers) {
    }

    private static final Set<String> NOT_FORWARDED = Set.of("proxy-authorization", "proxy-connection", "connection",
            "host", "content-length", "expect", "upgrade", "keep-alive", "transfer-encoding", "te");

    private final ServerSocket server;
    private final String expectedAuthorization;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "forward-proxy");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient upstream = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    ForwardProxy(String username, String password) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.expectedAuthorization = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        threads.execute(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                threads.execute(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Serves the requests of one connection, keeping it open between them as HTTP/1.1 does. */
    private void serve(Socket socket) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream());
             OutputStream out = socket.getOutputStream()) {
            socket.setSoTimeout(30_000);
            String requestLine;
            while ((requestLine = line(in)) != null && !requestLine.isEmpty()) {
                String[] parts = requestLine.split(" ");
                Map<String, String> headers = new LinkedHashMap<>();
                for (String header; !(header = line(in)).isEmpty();) {
                    int colon = header.indexOf(':');
                    headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            header.substring(colon + 1).trim());
                }
                byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
                boolean authorised = expectedAuthorization.equals(headers.get("proxy-authorization"));
                seen.add(new Seen(parts[0], URI.create(parts[1]), authorised, Map.copyOf(headers)));
                if (!authorised) {
                    write(out, 407, "Proxy Authentication Required",
                            Map.of("Proxy-Authenticate", "Basic realm=\"test-proxy\""), new byte[0]);
                    continue;
                }
                forward(parts[0], URI.create(parts[1]), headers, body, out);
            }
        } catch (IOException | InterruptedException e) {
            // the client closed the connection, or the test ends
        }
    }

    private void forward(String method, URI target, Map<String, String> headers, byte[] body, OutputStream out)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, value) -> {
            if (!NOT_FORWARDED.contains(name)) {
                request.header(name, value);
            }
        });
        HttpResponse<byte[]> response = upstream.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        Map<String, String> answer = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                answer.put(name, String.join(", ", values));
            }
        });
        write(out, response.statusCode(), "Relayed", answer, response.body());
    }

    private static void write(OutputStream out, int status, String reason, Map<String, String> headers, byte[] body)
            throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    /** One CRLF-terminated line, or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }
}
