package io.github.camelsegmentremote.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.camelsegmentremote.app.CamelSegmentRemoteApplication;
import io.github.camelsegmentremote.app.FreePort;

/**
 * The app as a separate JVM, started like {@code java -cp ... CamelSegmentRemoteApplication} from the project
 * directory (so it finds {@code routes/}), with its settings as {@code --name=value} arguments and its secrets
 * in the environment, as an operator would pass them. Its output goes to a file.
 */
final class ForkedApp implements AutoCloseable {

    private final Process process;
    private final Path output;

    private ForkedApp(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /**
     * Starts the app.
     *
     * @param settings    Spring properties, passed as arguments
     * @param environment environment variables (the credentials)
     * @param output      the file its stdout and stderr go to (appended)
     */
    static ForkedApp start(Map<String, String> settings, Map<String, String> environment, Path output)
            throws IOException {
        return start(List.of("-Xmx512m"), settings, environment, output);
    }

    /** Starts the app with these JVM options (a heap size, say) instead of {@code -Xmx512m}. */
    static ForkedApp start(List<String> jvmOptions, Map<String, String> settings, Map<String, String> environment,
            Path output) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-cp", classPath(),
                CamelSegmentRemoteApplication.class.getName()));
        settings.forEach((name, value) -> command.add("--" + name + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        builder.environment().putAll(environment);
        return new ForkedApp(builder.start(), output);
    }

    /** Ordered map helper for settings. */
    static Map<String, String> settings(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    /** Surefire runs tests from a manifest-only jar; it keeps the real test class path in this property. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The app's port: see {@link FreePort} for why it is not a port-0 one. */
    static int freePort() {
        return FreePort.find();
    }

    /** Waits for the process to end; its exit status, or null when it still runs after the timeout. */
    Integer awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Everything the app printed so far (all its runs, the file is appended to). */
    String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL: no shutdown hook, no flush, nothing graceful. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the forked app " + process.pid() + " did not die");
        }
    }

    /** SIGTERM and wait: Spring Boot's graceful shutdown. */
    int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
