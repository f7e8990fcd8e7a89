package io.github.camelsegmentremote.client;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.github.camelsegmentremote.segment.SegmentComponent;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * useGlobalSslContextParameters, Camel's way to give every TLS-speaking component one trust configuration: an
 * HTTPS server on loopback with a certificate the JVM does not trust (made here with keytool) is reached by a
 * component that uses the CamelContext's global SSLContextParameters, and refused by one that does not.
 */
class GlobalSslContextParametersTest {

    private static final String PASSWORD = "test-store-pass";

    @TempDir
    static Path dir;

    private static HttpsServer server;
    private static final AtomicInteger identifies = new AtomicInteger();
    private static Path keyStore;

    @BeforeAll
    static void startHttpsServer() throws Exception {
        keyStore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();

        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/v1/identify", exchange -> {
            exchange.getRequestBody().readAllBytes();
            identifies.incrementAndGet();
            byte[] answer = "{\"success\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @BeforeEach
    void resetCount() {
        identifies.set(0);
    }

    private static String baseUrl() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    private static SSLContextParameters trustingTheServer() {
        KeyStoreParameters trusted = new KeyStoreParameters();
        trusted.setResource("file:" + keyStore);
        trusted.setPassword(PASSWORD);
        trusted.setType("PKCS12");
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(trusted);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trust);
        return parameters;
    }

    private static SegmentComponent segment(boolean useGlobal) {
        SegmentComponent component = new SegmentComponent();
        component.setUseGlobalSslContextParameters(useGlobal);
        return component;
    }

    @Test
    void theComponentUsesTheContextsTlsConfigurationOnlyWhenAskedTo() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.setSSLContextParameters(trustingTheServer());
            context.addComponent("segment", segment(true));
            context.addComponent("segment-plain", segment(false));
            context.start();
            String options = "?writeKey=RAW(wk)&batchSize=1&maxAttempts=1&baseUrl=" + baseUrl();
            Map<String, Object> body = Map.of("userId", "tls-user", "traits", Map.of("name", "Ada"));

            context.createProducerTemplate().sendBody("segment:identify" + options, body);
            assertThat(identifies).hasValue(1);

            assertThatThrownBy(() -> context.createProducerTemplate().sendBody("segment-plain:identify" + options,
                    body))
                    .isInstanceOf(CamelExecutionException.class)
                    .hasStackTraceContaining("PKIX");
            assertThat(identifies).hasValue(1);
        }
    }

    @Test
    void theEndpointsOwnTlsConfigurationWinsOverTheGlobalOne() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.setSSLContextParameters(trustingTheServer());
            context.getRegistry().bind("jvmDefaults", new SSLContextParameters());
            context.addComponent("segment", segment(true));
            context.start();
            assertThatThrownBy(() -> context.createProducerTemplate().sendBody("segment:identify?writeKey=RAW(wk)"
                    + "&batchSize=1&maxAttempts=1&sslContextParameters=#jvmDefaults&baseUrl=" + baseUrl(),
                    Map.of("userId", "tls-user", "traits", Map.of())))
                    .hasStackTraceContaining("PKIX");
            assertThat(identifies).hasValue(0);
        }
    }
}
