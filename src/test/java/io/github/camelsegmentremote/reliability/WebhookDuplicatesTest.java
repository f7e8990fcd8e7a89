package io.github.camelsegmentremote.reliability;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.camelsegmentremote.sandbox.SandboxTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, finding 5, against the app in a separate JVM: 8 concurrent copies of one signed delivery are all
 * answered 200 and routed once; after a restart on the same data directory the same delivery, still inside the
 * timestamp tolerance, is answered 200 and not routed again; a new delivery is (the control).
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class WebhookDuplicatesTest {

    private static final String PASSWORD = "reliability-fake-admin-password";
    private static final String ROUTE = "remote-webhooks-to-segment";
    private static final String ADMIN = AppClient.basic("admin", PASSWORD);

    @Test
    void aDeliveryIsRoutedOnceUnderConcurrencyAndAcrossARestart() throws Exception {
        Path dir = Files.createTempDirectory("webhook-duplicates");
        int port = ForkedApp.freePort();
        Map<String, String> env = Map.of("APP_PORT", String.valueOf(port), "APP_ADMIN_PASSWORD", PASSWORD,
                "SYNC_DATA_DIRECTORY", dir.resolve("data").toString(), "COPY_OUTPUT_DIR", dir.resolve("copy")
                        .toString());
        AppClient client = new AppClient(port);
        String event = "{\"event_type\":\"company.updated\",\"company_id\":\"c-duplicates\"}";
        long timestamp = System.currentTimeMillis();

        try (ForkedApp app = ForkedApp.start(Map.of(), env, dir.resolve("app.log"))) {
            client.awaitUp(app, Duration.ofSeconds(120));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Callable<Integer>> copies = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                copies.add(() -> client.deliver("/remote/webhooks", event, timestamp,
                        SandboxTokens.REMOTE_SIGNING_KEY).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(copies)) {
                statuses.add(status.get());
            }
            pool.shutdown();
            assertThat(statuses).containsOnly(200).hasSize(8);
            assertThat(client.exchangesTotal(ROUTE, ADMIN)).as("8 concurrent copies, routed").isEqualTo(1);
            app.stop(Duration.ofSeconds(30));
        }

        try (ForkedApp app = ForkedApp.start(Map.of(), env, dir.resolve("app.log"))) {
            client.awaitUp(app, Duration.ofSeconds(120));
            HttpResponse<String> replay = client.deliver("/remote/webhooks", event, timestamp,
                    SandboxTokens.REMOTE_SIGNING_KEY);
            assertThat(System.currentTimeMillis() - timestamp).as("still inside the 5 min tolerance")
                    .isLessThan(300_000);
            assertThat(replay.statusCode()).isEqualTo(200);
            assertThat(client.exchangesTotal(ROUTE, ADMIN)).as("replayed after the restart, routed").isZero();

            String other = "{\"event_type\":\"company.updated\",\"company_id\":\"c-other\"}";
            assertThat(client.deliver("/remote/webhooks", other, System.currentTimeMillis(),
                    SandboxTokens.REMOTE_SIGNING_KEY).statusCode()).isEqualTo(200);
            assertThat(client.exchangesTotal(ROUTE, ADMIN)).as("a new delivery, routed").isEqualTo(1);
        }
    }
}
