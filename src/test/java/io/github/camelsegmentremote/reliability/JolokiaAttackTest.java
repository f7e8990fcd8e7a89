package io.github.camelsegmentremote.reliability;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelsegmentremote.sandbox.SandboxTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, finding 1: the app started as a user starts it (defaults: loopback, sandbox, no password set; only the
 * port and data directory come from the environment), attacked over HTTP as a web page in the user's browser or a
 * local process would: Jolokia's {@code exec} of {@code requestStringBody} with a simple expression reading the
 * credentials, {@code sendStringBody} to a {@code file:} URI, a GET of {@code /actuator/jolokia/exec/...} with a
 * foreign {@code Host} (DNS rebinding), and a request from {@code https://evil.example} with the login. All refused;
 * the generated admin password, printed once at start, opens the same operations (the control).
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class JolokiaAttackTest {

    private static final String CONTEXT_MBEAN = "org.apache.camel:context=camel-segment-remote,type=context,"
            + "name=\\\"camel-segment-remote\\\"";
    private static final String READ_CREDENTIALS = "{\"type\":\"exec\",\"mbean\":\"" + CONTEXT_MBEAN + "\","
            + "\"operation\":\"requestStringBody(java.lang.String,java.lang.String)\",\"arguments\":["
            + "\"language:simple:${properties:remote.token} ${properties:segment.write-key}\",\"\"]}";

    private static Path dir;
    private static ForkedApp app;
    private static AppClient client;
    private static String adminLogin;

    @BeforeAll
    static void startTheAppAsAUserDoes() throws Exception {
        dir = Files.createTempDirectory("jolokia-attack");
        int port = ForkedApp.freePort();
        app = ForkedApp.start(Map.of(), Map.of("APP_PORT", String.valueOf(port), "SYNC_DATA_DIRECTORY",
                dir.resolve("data").toString(), "COPY_OUTPUT_DIR", dir.resolve("copy").toString(),
                "APP_ADMIN_PASSWORD", "", "APP_BIND_ADDRESS", ""), dir.resolve("app.log"));
        client = new AppClient(port);
        client.awaitUp(app, Duration.ofSeconds(120));
        Matcher generated = Pattern.compile("password: (\\S+)").matcher(app.output());
        assertThat(generated.find()).as("the generated password is printed at start").isTrue();
        adminLogin = AppClient.basic("admin", generated.group(1));
        assertThat(generated.find()).as("and only once").isFalse();
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    @Test
    void withoutTheLoginJolokiaRunsNothing() throws Exception {
        HttpResponse<String> exec = client.jolokia(READ_CREDENTIALS, null);
        assertThat(exec.statusCode()).isEqualTo(403);
        assertThat(exec.body()).doesNotContain(SandboxTokens.REMOTE_TOKEN, SandboxTokens.SEGMENT_WRITE_KEY);

        Path planted = dir.resolve("planted");
        HttpResponse<String> write = client.jolokia("{\"type\":\"exec\",\"mbean\":\"" + CONTEXT_MBEAN + "\","
                + "\"operation\":\"sendStringBody(java.lang.String,java.lang.String)\",\"arguments\":[\"file:"
                + planted + "?fileName=evil.txt\",\"owned\"]}", null);
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(planted.resolve("evil.txt")).doesNotExist();

        HttpResponse<String> setAttribute = client.jolokia("{\"type\":\"write\",\"mbean\":\"" + CONTEXT_MBEAN
                + "\",\"attribute\":\"Tracing\",\"value\":true}", null);
        assertThat(setAttribute.statusCode()).isEqualTo(403);

        // The control: with the login the same request runs (the admin may read what the app runs with).
        HttpResponse<String> asAdmin = client.jolokia(READ_CREDENTIALS, adminLogin);
        assertThat(asAdmin.statusCode()).isEqualTo(200);
        assertThat(asAdmin.body()).contains(SandboxTokens.REMOTE_TOKEN);
    }

    @Test
    void aForeignHostNameIsRefusedEvenWithTheLogin() throws Exception {
        String path = "/actuator/jolokia/exec/" + URLEncoder.encode("org.apache.camel:context=camel-segment-remote,"
                + "type=context,name=\"camel-segment-remote\"", StandardCharsets.UTF_8) + "/getUptime()";
        for (String login : new String[] {null, adminLogin}) {
            String response = client.rawGet(path, "attacker.example:" + client.port, login);
            assertThat(response).startsWith("HTTP/1.1 403").contains("DNS rebinding");
        }
        // The control: the same request by the app's own name reaches Jolokia (which then wants POST).
        assertThat(client.rawGet(path, "localhost:" + client.port, adminLogin)).startsWith("HTTP/1.1 200")
                .contains("\"error\"");
    }

    @Test
    void aCrossOriginRequestIsRefusedEvenWithTheLogin() throws Exception {
        HttpResponse<String> evil = client.send(HttpRequest.newBuilder(URI.create(client.url("/actuator/jolokia")))
                .header("Origin", "https://evil.example").header("Authorization", adminLogin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(READ_CREDENTIALS)));
        assertThat(evil.statusCode()).isEqualTo(403);
        assertThat(evil.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(evil.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(evil.body()).doesNotContain(SandboxTokens.REMOTE_TOKEN);

        // A page of another site with no Origin on its request (an image): browsers still say where it comes from.
        HttpResponse<String> image = client.send(HttpRequest.newBuilder(URI.create(client.url("/actuator/jolokia/"
                + "version"))).header("Sec-Fetch-Site", "cross-site").header("Authorization", adminLogin));
        assertThat(image.statusCode()).isEqualTo(403);

        // And a GET, which a page can trigger without any of these headers, runs nothing: Jolokia takes POST only.
        HttpResponse<String> get = client.send(HttpRequest.newBuilder(URI.create(client.url("/actuator/jolokia/exec/"
                + URLEncoder.encode("org.apache.camel:context=camel-segment-remote,type=context,name=\""
                        + "camel-segment-remote\"", StandardCharsets.UTF_8) + "/getUptime()")))
                .header("Authorization", adminLogin));
        assertThat(get.body()).contains("\"error\"").doesNotContain("\"value\"");
    }
}
