package io.github.camelsegmentremote.reliability;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.camelsegmentremote.sandbox.SandboxTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, findings 2 and 4: the app bound to every interface through {@code APP_BIND_ADDRESS=0.0.0.0} with
 * {@code APP_ADMIN_PASSWORD} and a custom {@code SYNC_WEBHOOK_PATH}, all from the environment of a separate JVM. A
 * headless Chromium logs in on Hawtio's own login page and sees the three routes; a wrong password does not get
 * in; Jolokia takes the same login; a signed delivery on the custom path is accepted (not locked out by the login).
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class AdminLoginTest {

    private static final String PASSWORD = "reliability-fake-admin-password";
    private static final String WEBHOOK_PATH = "/hooks/remote";
    private static final List<String> ROUTES = List.of("sync-remote-employees-to-segment",
            "remote-webhooks-to-segment", "copy-segment-sources");

    private static ForkedApp app;
    private static AppClient client;

    @BeforeAll
    static void startOnEveryInterface() throws Exception {
        Path dir = Files.createTempDirectory("admin-login");
        int port = ForkedApp.freePort();
        app = ForkedApp.start(Map.of(), Map.of("APP_BIND_ADDRESS", "0.0.0.0", "APP_PORT", String.valueOf(port),
                "APP_ADMIN_PASSWORD", PASSWORD, "SYNC_WEBHOOK_PATH", WEBHOOK_PATH,
                "SYNC_DATA_DIRECTORY", dir.resolve("data").toString(), "COPY_OUTPUT_DIR", dir.resolve("copy")
                        .toString()), dir.resolve("app.log"));
        client = new AppClient(port);
        client.awaitUp(app, Duration.ofSeconds(120));
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    @Test
    void hawtiosLoginPageLetsTheAdminInAndNobodyElse() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        if (!Files.isExecutable(chromium)) {
            Assumptions.assumeTrue(System.getenv("CI") == null, "Chromium is required in CI");
            return;
        }
        try (ChromiumSession browser = ChromiumSession.start(chromium)) {
            logIn(browser, PASSWORD);
            browser.awaitText(t -> !t.contains("Log in to your account") && t.contains("admin"),
                    Duration.ofSeconds(60));
            browser.navigate(client.url("/actuator/hawtio/camel/routes"));
            String page = browser.awaitText(t -> ROUTES.stream().allMatch(t::contains) && t.contains("Completed"),
                    Duration.ofSeconds(90));
            assertThat(page).contains("admin");
            browser.screenshot(Path.of("target", "hawtio", "hawtio-login-routes.png"));
        }
        try (ChromiumSession browser = ChromiumSession.start(chromium)) {
            logIn(browser, "not-the-password");
            Thread.sleep(3000);
            browser.navigate(client.url("/actuator/hawtio/camel/routes"));
            String page = browser.awaitText(t -> t.contains("Log in"), Duration.ofSeconds(60));
            assertThat(ROUTES).noneMatch(page::contains);
        }
    }

    private void logIn(ChromiumSession browser, String password) throws Exception {
        browser.navigate(client.url("/actuator/hawtio/"));
        browser.awaitText(t -> t.contains("Log in to your account"), Duration.ofSeconds(60));
        browser.type("#pf-login-username-id", "admin");
        browser.type("#pf-login-password-id", password);
        browser.click("button[type=submit]");
    }

    @Test
    void jolokiaTakesTheSameLoginAndOnlyIt() throws Exception {
        String version = "{\"type\":\"version\"}";
        HttpResponse<String> admin = client.jolokia(version, AppClient.basic("admin", PASSWORD));
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("\"agent\"");
        assertThat(client.jolokia(version, AppClient.basic("admin", "wrong")).statusCode()).isIn(401, 403);
        assertThat(client.jolokia(version, null).statusCode()).isEqualTo(403);
        HttpResponse<String> actuator = client.send(HttpRequest.newBuilder(URI.create(client.url("/actuator/info"))));
        assertThat(actuator.statusCode()).isEqualTo(401);
    }

    @Test
    void aSignedDeliveryOnTheCustomWebhookPathIsAccepted() throws Exception {
        // Not about an employment: acknowledged without calling Remote, which is all this finding is about.
        String event = "{\"event_type\":\"company.updated\",\"company_id\":\"c-1\"}";
        HttpResponse<String> signed = client.deliver(WEBHOOK_PATH, event, System.currentTimeMillis(),
                SandboxTokens.REMOTE_SIGNING_KEY);
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        HttpResponse<String> forged = client.deliver(WEBHOOK_PATH, event, System.currentTimeMillis(), "wrong-key");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.headers().firstValue("WWW-Authenticate")).as("refused by the signature check, not the "
                + "login").isEmpty();
        assertThat(client.exchangesTotal("remote-webhooks-to-segment", AppClient.basic("admin", PASSWORD)))
                .isEqualTo(1);
    }
}
