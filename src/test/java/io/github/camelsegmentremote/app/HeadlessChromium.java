package io.github.camelsegmentremote.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium, headless, as the browser tests drive it: a page's DOM after its scripts ran, and a
 * screenshot. Each call gets a fresh profile directory and the flags that keep Chromium off the network.
 */
final class HeadlessChromium {

    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");

    private final Path executable;

    private HeadlessChromium(Path executable) {
        this.executable = executable;
    }

    /** The installed Chromium, or null (CI installs it: see .ci/run). */
    static HeadlessChromium find() {
        return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst().map(HeadlessChromium::new)
                .orElse(null);
    }

    /** The page's DOM after its scripts had {@code budgetMillis} of virtual time. */
    String dumpDom(String url, int budgetMillis) throws IOException, InterruptedException {
        Path out = Files.createTempFile("chromium-dom", ".html");
        run(List.of("--dump-dom", url), out, budgetMillis);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** Saves a screenshot of the page. */
    void screenshot(String url, Path png, int budgetMillis) throws IOException, InterruptedException {
        Files.createDirectories(png.getParent());
        run(List.of("--screenshot=" + png.toAbsolutePath(), url), null, budgetMillis);
    }

    private void run(List<String> args, Path stdout, int budgetMillis) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--window-size=1400,900", "--user-data-dir=" + profile,
                "--virtual-time-budget=" + budgetMillis));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.redirectOutput(stdout != null ? ProcessBuilder.Redirect.to(stdout.toFile())
                : ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("Chromium did not finish within 90 s: " + command);
        }
    }
}
