package io.github.camelsegmentremote.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelsegmentremote.remote.RemoteWebhookSignature;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, finding 3: the app at {@code -Xmx256m} in a separate JVM gets six unsigned 300 MiB deliveries at once,
 * three chunked and three with their {@code Content-Length}. Each is refused with 413 (or the connection closed once
 * the limit is passed) without the body being read, the app keeps answering health checks meanwhile, processes a
 * valid delivery sent in the middle of them, and never runs out of heap.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class WebhookBodyLimitTest {

    private static final long HUGE = 300L * 1024 * 1024;
    private static final String PASSWORD = "reliability-fake-admin-password";

    @Test
    void hugeUnsignedBodiesAreRefusedWithoutReadingThem() throws Exception {
        Path dir = Files.createTempDirectory("webhook-body-limit");
        int port = ForkedApp.freePort();
        AppClient client = new AppClient(port);
        try (ForkedApp app = ForkedApp.start(List.of("-Xmx256m"), Map.of(), Map.of("APP_PORT", String.valueOf(port),
                "APP_ADMIN_PASSWORD", PASSWORD, "SYNC_DATA_DIRECTORY", dir.resolve("data").toString(),
                "COPY_OUTPUT_DIR", dir.resolve("copy").toString()), dir.resolve("app.log"))) {
            client.awaitUp(app, Duration.ofSeconds(120));
            AtomicLong sent = new AtomicLong();
            List<CompletableFuture<String>> huge = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                boolean chunked = i % 2 == 0;
                huge.add(CompletableFuture.supplyAsync(() -> sendHuge(client, chunked, sent)));
            }
            // Meanwhile: health checks, and a valid delivery. "Answered": the actuator's health document within the
            // timeout, UP (200) or, when one of the sync's or Remote's checks is DOWN at that moment, 503.
            long healthy = 0;
            for (int i = 0; i < 10; i++) {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(
                        client.url("/actuator/health"))).timeout(Duration.ofSeconds(10)));
                boolean answered = (health.statusCode() == 200 || health.statusCode() == 503)
                        && health.body().contains("\"status\"");
                healthy += answered ? 1 : 0;
                Thread.sleep(300);
            }
            String event = "{\"event_type\":\"company.updated\",\"company_id\":\"c-limit\"}";
            HttpResponse<String> valid = client.deliver("/remote/webhooks", event, System.currentTimeMillis(),
                    SandboxTokens.REMOTE_SIGNING_KEY);
            List<String> outcomes = new ArrayList<>();
            for (CompletableFuture<String> f : huge) {
                outcomes.add(f.get(4, TimeUnit.MINUTES));
            }
            assertThat(healthy).as("health checks answered during the attack").isEqualTo(10);
            assertThat(valid.statusCode()).isEqualTo(200);
            assertThat(client.exchangesTotal("remote-webhooks-to-segment", AppClient.basic("admin", PASSWORD)))
                    .isEqualTo(1);
            assertThat(outcomes).allMatch(o -> o.equals("413") || o.startsWith("closed"));
            assertThat(app.isAlive()).isTrue();
            assertThat(app.output()).doesNotContain("OutOfMemoryError").contains("Rejected a Remote webhook "
                    + "delivery with 413");
            System.out.printf("6 x 300 MiB: outcomes %s, %d MiB sent before the app stopped them%n", outcomes,
                    sent.get() / (1024 * 1024));
        }
    }

    /** One 300 MiB body with a bogus signature; "413", or "closed: ..." when the app closed the connection. */
    private static String sendHuge(AppClient client, boolean chunked, AtomicLong sent) {
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofInputStream(() -> new Zeros(HUGE, sent));
        if (!chunked) {
            body = HttpRequest.BodyPublishers.fromPublisher(body, HUGE);
        }
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(client.url(
                    "/remote/webhooks"))).header("Content-Type", "application/json")
                    .header(RemoteWebhookSignature.TIMESTAMP_HEADER, String.valueOf(System.currentTimeMillis()))
                    .header(RemoteWebhookSignature.SIGNATURE_HEADER, "00ff").POST(body));
            return String.valueOf(response.statusCode());
        } catch (IOException e) {
            return "closed: " + e;
        } catch (Exception e) {
            return "failed: " + e;
        }
    }

    /** {@code length} bytes of {@code '0'}, made up as they are read. */
    private static final class Zeros extends InputStream {
        private long left;
        private final AtomicLong sent;

        Zeros(long length, AtomicLong sent) {
            this.left = length;
            this.sent = sent;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            sent.incrementAndGet();
            return '0';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) '0');
            left -= n;
            sent.addAndGet(n);
            return n;
        }
    }
}
