package io.github.camelsegmentremote.reliability;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import ch.qos.logback.classic.Level;
import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.sync.SyncRuns;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A full run with known fake secrets, everything captured: the shipped sync and webhook routes (a sync, a signed
 * webhook delivery, a forged one), Public API calls with each kind of token (one of them refused), Tracking calls
 * with both write keys (one refused), with our packages and {@code org.apache.camel} at TRACE. Apache HttpClient's
 * {@code headers} and {@code wire} loggers stay at INFO, as the app keeps them: at DEBUG they print the
 * Authorization header by design.
 * <p>
 * Promise: no secret, raw or in the Base64 of Basic auth, in the log output, System.out/err, exception messages
 * and stack traces, {@code Endpoint.toString()}, any attribute or name of Camel's JMX MBeans (what Hawtio shows),
 * or health check results.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class SecretsInOutputTest {

    private static final Map<String, String> SECRETS = secrets();

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    /** Every credential in play, by name, with the Base64 forms a Basic auth header would carry. */
    private static Map<String, String> secrets() {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("Remote token", SandboxTokens.REMOTE_TOKEN);
        raw.put("Remote production token", SandboxTokens.REMOTE_LIVE_TOKEN);
        raw.put("webhook signing key", SandboxTokens.REMOTE_SIGNING_KEY);
        raw.put("Public API token US", SandboxTokens.SEGMENT_US_TOKEN);
        raw.put("Public API token EU", SandboxTokens.SEGMENT_EU_TOKEN);
        raw.put("Public API token staging", SandboxTokens.SEGMENT_US_STAGING_TOKEN);
        raw.put("Config API token", SandboxTokens.SEGMENT_CONFIG_API_TOKEN);
        raw.put("write key US", SandboxTokens.SEGMENT_WRITE_KEY);
        raw.put("write key EU", SandboxTokens.SEGMENT_EU_WRITE_KEY);
        Map<String, String> all = new LinkedHashMap<>(raw);
        raw.forEach((name, value) -> {
            Base64.Encoder base64 = Base64.getEncoder();
            all.put(name + " (Base64 of key:)", base64.encodeToString((value + ":").getBytes(StandardCharsets.UTF_8)));
            all.put(name + " (Base64)", base64.encodeToString(value.getBytes(StandardCharsets.UTF_8)));
        });
        return all;
    }

    @Test
    void noSecretInAnyOutputOfAFullRunAtTrace() throws Exception {
        // Credentials referred to as the shipped routes and the docs do it: #property:name.
        scan(true, Map.of(
                "io.github.camelsegmentremote", Level.TRACE,
                "org.apache.camel", Level.TRACE,
                // Camel prints resolved property values at DEBUG and TRACE, and HttpClient the Authorization
                // header at DEBUG: the app keeps these loggers at INFO.
                "org.apache.camel.component.properties", Level.INFO,
                "org.apache.hc.client5.http.headers", Level.INFO,
                "org.apache.hc.client5.http.wire", Level.INFO));
    }

    @Test
    void credentialsWrittenIntoUrisAreMaskedWhereverCamelShowsThem() throws Exception {
        // Credentials written into the URIs as RAW(...): Camel's own DEBUG/TRACE lines print URIs as written,
        // so org.apache.camel stays at INFO here; ours are at TRACE.
        scan(false, Map.of(
                "io.github.camelsegmentremote", Level.TRACE,
                "org.apache.camel", Level.INFO,
                "org.apache.hc.client5.http.headers", Level.INFO,
                "org.apache.hc.client5.http.wire", Level.INFO));
    }

    /**
     * The run: the shipped routes sync and take a signed and a forged webhook delivery, then each other credential
     * is used once (three of them refused), health checks run, and everything is scanned for every secret.
     */
    private void scan(boolean propertyReferences, Map<String, Level> levels) throws Exception {
        Map<String, String> surfaces = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        String logs;
        String printed;
        try (Sandbox sandbox = Sandbox.builder().employees(100).start();
                OutputCapture capture = OutputCapture.everything(levels)) {
            int port = ForkedApp.freePort();
            Properties properties = ShippedRoutes.properties(sandbox, dataDir, 3_600_000);
            Credentials credentials = new Credentials(properties, propertyReferences);
            CamelContext context = ShippedRoutes.context(properties, 5, 2, ShippedRoutes.SYNC_ROUTE,
                    ShippedRoutes.WEBHOOK_ROUTE);
            VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
            server.setBindHost("127.0.0.1");
            server.setBindPort(port);
            context.addService(new VertxPlatformHttpServer(server));
            HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
            HealthCheckHelper.getHealthCheckRegistry(context).setExposureLevel("full");
            try {
                context.start();
                SyncRuns sync = ShippedRoutes.sync(context);
                await().atMost(Duration.ofSeconds(60)).until(() -> sync.lastRun() != null);
                assertThat(sync.lastRun().sentIdentifies()).isEqualTo(100);

                // The live path: a signed delivery from the sandbox, and a forged one.
                String url = "http://127.0.0.1:" + port + "/remote/webhooks";
                var remote = sandbox.remoteSimulator();
                remote.registerWebhook(url, List.of());
                String changed = remote.employmentIds().findFirst().orElseThrow();
                remote.updateEmployment(changed, Map.of("job_title", "Keeper of Secrets"));
                remote.triggerWebhook("employment.details.updated", changed);
                await().atMost(Duration.ofSeconds(20)).until(() -> remote.deliveries().stream()
                        .anyMatch(d -> d.delivered()));
                HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(url))
                        .header("X-Remote-Timestamp", String.valueOf(System.currentTimeMillis()))
                        .header("X-Remote-Signature", "00ff")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"event_type\":\"employment.updated\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(forged.statusCode()).isEqualTo(401);

                // Every other credential once; three are refused (wrong region, wrong host, wrong environment).
                ProducerTemplate template = context.createProducerTemplate();
                Map<String, Object> identify = Map.of("userId", "secret-scan", "traits", Map.of("name", "Scan"));
                call(template, errors, "segment:getWorkspace?token=" + credentials.of("us-token",
                        SandboxTokens.SEGMENT_US_TOKEN) + "&baseUrl=" + sandbox.segmentUs().baseUrl(), null);
                call(template, errors, "segment:listSources?region=eu&token=" + credentials.of("eu-token",
                        SandboxTokens.SEGMENT_EU_TOKEN) + "&baseUrl=" + sandbox.segmentEu().baseUrl(), null);
                call(template, errors, "segment:listSources?token=" + credentials.of("staging-token",
                        SandboxTokens.SEGMENT_US_STAGING_TOKEN) + "&baseUrl=" + sandbox.segmentUs().baseUrl(), null);
                call(template, errors, "segment:listWorkspaces?apiFamily=config&token=" + credentials.of(
                        "config-token", SandboxTokens.SEGMENT_CONFIG_API_TOKEN) + "&baseUrl="
                        + sandbox.configApi().baseUrl(), null);
                call(template, errors, "segment:getWorkspace?token=" + credentials.of("eu-token",
                        SandboxTokens.SEGMENT_EU_TOKEN) + "&baseUrl=" + sandbox.segmentUs().baseUrl(), null);
                call(template, errors, "segment:identify?batchSize=1&region=eu&writeKey=" + credentials.of(
                        "eu-write-key", SandboxTokens.SEGMENT_EU_WRITE_KEY) + "&baseUrl="
                        + sandbox.trackingEu().baseUrl(), identify);
                call(template, errors, "segment:identify?batchSize=1&region=eu&writeKey=" + credentials.of(
                        "us-write-key", SandboxTokens.SEGMENT_WRITE_KEY) + "&baseUrl="
                        + sandbox.trackingEu().baseUrl(), identify);
                call(template, errors, "remote:listCompanies?token=" + credentials.of("live-token",
                        SandboxTokens.REMOTE_LIVE_TOKEN) + "&baseUrl=" + sandbox.remote().baseUrl(), null);
                assertThat(errors).as("the refused calls").hasSize(3);

                surfaces.put("health checks", health(context));
                surfaces.put("Endpoint.toString()", endpoints(context));
                surfaces.put("JMX", jmx());
            } finally {
                context.close();
            }
            logs = capture.logText();
            printed = capture.printedText();
        }
        surfaces.put("exceptions", String.join("\n", errors));
        surfaces.put("log output", logs);
        surfaces.put("System.out/err", printed);

        // The capture saw a lot: our DEBUG and TRACE output, the refusals, the endpoints over JMX.
        assertThat(logs.lines().filter(l -> (l.startsWith("TRACE") || l.startsWith("DEBUG"))
                && l.contains(" io.github.camelsegmentremote.")).count()).isGreaterThan(100);
        assertThat(logs).contains("io.github.camelsegmentremote.sync.EmploymentChanges", "Rejected a Remote webhook");
        assertThat(surfaces.get("exceptions")).contains("HTTP 401");
        assertThat(surfaces.get("JMX")).contains("segment://batch", "remote://listEmployments");
        assertThat(surfaces.get("health checks")).contains("remote", "segment");

        surfaces.forEach((surface, text) -> SECRETS.forEach((secret, value) -> assertThat(
                text.lines().filter(line -> line.contains(value)).limit(3).toList())
                .as("%s in %s", secret, surface).isEmpty()));
    }

    /** How a credential goes into an endpoint URI: as a property reference, or written in as RAW(value). */
    private record Credentials(Properties properties, boolean references) {

        String of(String name, String value) {
            if (!references) {
                return "RAW(" + value + ")";
            }
            properties.put("scan." + name, value);
            return "#property:scan." + name;
        }
    }

    @Test
    void bothComponentsMaskTheirCredentialsInTheSameContext() throws Exception {
        // Camel's sanitizer keeps only the extra keywords registered last: each component used to unmask the
        // other's (the write key showed in clear once remote: had loaded).
        try (CamelContext context = new DefaultCamelContext()) {
            context.getComponent("segment");
            context.getComponent("remote");
            Endpoint identify = context.getEndpoint("segment:identify?writeKey=RAW(" + SandboxTokens.SEGMENT_WRITE_KEY
                    + ")&baseUrl=http://127.0.0.1:9");
            Endpoint webhook = context.getEndpoint("remote:webhook?signingKey=RAW(" + SandboxTokens.REMOTE_SIGNING_KEY
                    + ")");
            assertThat(identify.toString()).contains("writeKey=xxxxxx")
                    .doesNotContain(SandboxTokens.SEGMENT_WRITE_KEY);
            assertThat(webhook.toString()).contains("signingKey=xxxxxx")
                    .doesNotContain(SandboxTokens.REMOTE_SIGNING_KEY);
        }
    }

    /** Sends to an endpoint; a failure's message and full stack trace are kept. */
    private static void call(ProducerTemplate template, List<String> errors, String uri, Object body) {
        Exchange result = template.send(uri, e -> e.getMessage().setBody(body));
        Exception failure = result.getException();
        if (failure != null) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            errors.add(failure.getMessage() + "\n" + failure + "\n" + trace);
        }
    }

    private static String health(CamelContext context) {
        StringBuilder text = new StringBuilder();
        for (HealthCheck.Result result : HealthCheckHelper.invoke(context)) {
            text.append(result.getCheck().getId()).append(' ').append(result.getState()).append(' ')
                    .append(result.getMessage().orElse("")).append(' ').append(result.getDetails())
                    .append(' ').append(result.getError().map(Throwable::toString).orElse("")).append('\n');
        }
        return text.toString();
    }

    /** toString() of every endpoint, and for the shipped routes' endpoints (credentials by #property:) the URI. */
    private static String endpoints(CamelContext context) {
        StringBuilder text = new StringBuilder();
        for (Endpoint endpoint : context.getEndpoints()) {
            text.append(endpoint).append('\n');
            if (endpoint.getEndpointUri().contains("#property:")) {
                text.append(endpoint.getEndpointUri()).append('\n');
            }
        }
        return text.toString();
    }

    /** Every Camel MBean's name and every readable attribute's value. */
    private static String jmx() throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        StringBuilder text = new StringBuilder();
        for (ObjectName name : server.queryNames(new ObjectName("org.apache.camel:*"), null)) {
            text.append(name).append('\n');
            for (MBeanAttributeInfo attribute : server.getMBeanInfo(name).getAttributes()) {
                if (!attribute.isReadable()) {
                    continue;
                }
                try {
                    text.append("  ").append(attribute.getName()).append('=')
                            .append(server.getAttribute(name, attribute.getName())).append('\n');
                } catch (Exception | LinkageError unreadable) {
                    // Some attributes need a running route or an optional feature; they hold nothing then.
                }
            }
        }
        return text.toString();
    }
}
