package io.github.camelsegmentremote.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Stoplight Prism ({@code prism mock}) serving one OpenAPI file on a free loopback port: it validates every request
 * against the file (security, path, query, headers, body and its media type) and answers a violating request with
 * 4xx and the violations in header {@code sl-violations}; valid requests get an answer built from the file (its
 * examples, else its schemas), with the answer's own violations of the file in the same header. Not
 * {@code --errors}: that turns the file's examples that break its own schemas into 500s, hiding whether the
 * component reads the answer. The build installs the pinned Prism into {@code target/prism}
 * ({@code src/test/prism/package.json}); system property {@code prism.home} says where.
 */
final class PrismServer implements AutoCloseable {

    private static final long START_TIMEOUT_SECONDS = 90;

    private final Process process;
    private final int port;
    private final List<String> log = new CopyOnWriteArrayList<>();

    private PrismServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts Prism on {@code spec} and waits until it listens. */
    static PrismServer start(Path spec) {
        Path prism = Path.of(System.getProperty("prism.home", "target/prism"), "node_modules", ".bin", "prism");
        if (!Files.isExecutable(prism)) {
            throw new IllegalStateException("Stoplight Prism is not installed at " + prism.toAbsolutePath() + ": the "
                    + "Maven build installs it (npm ci of src/test/prism, phase process-test-resources; needs Node.js "
                    + "18+ and npm); run mvn test without -Dprism.skip=true");
        }
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(prism.toString(), "mock", "-h", "127.0.0.1",
                "-p", String.valueOf(port), spec.toAbsolutePath().toString()).redirectErrorStream(true);
        // Prism would otherwise report usage to a third party from every start.
        builder.environment().put("SCARF_ANALYTICS", "false");
        builder.environment().put("DO_NOT_TRACK", "1");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + prism, e);
        }
        PrismServer server = new PrismServer(process, port);
        CountDownLatch listening = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    server.log.add(line);
                    if (line.contains("Prism is listening")) {
                        listening.countDown();
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "prism-" + port);
        reader.setDaemon(true);
        reader.start();
        try {
            if (!listening.await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                server.close();
                throw new IllegalStateException("Prism did not start within " + START_TIMEOUT_SECONDS + " s on "
                        + spec + "; its output:\n" + String.join("\n", server.tail(30)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
            throw new IllegalStateException("interrupted while starting Prism", e);
        }
        return server;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The last {@code lines} lines Prism printed. */
    List<String> tail(int lines) {
        return log.subList(Math.max(0, log.size() - lines), log.size());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
