package io.github.camelsegmentremote.segment;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.github.camelsegmentremote.sandbox.Fault;
import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Tokens never reach a log line, an exception, or a shown endpoint URI, whatever the calls do. */
class SegmentSecretsTest extends CamelTestSupport {

    private static final List<String> SECRETS = List.of(SandboxTokens.SEGMENT_US_TOKEN,
            SandboxTokens.SEGMENT_EU_TOKEN, SandboxTokens.SEGMENT_CONFIG_API_TOKEN);
    /** Loggers turned up to DEBUG for the test: this project's, Camel's and the HTTP client's. */
    private static final List<String> LOGGERS = List.of("io.github.camelsegmentremote", "org.apache.camel",
            "org.apache.hc");
    /**
     * Apache HttpClient prints every request header, Authorization included, on these at DEBUG: the docs tell
     * users to keep them quiet, and so does the test.
     */
    private static final List<String> HEADER_LOGGERS = List.of("org.apache.hc.client5.http.headers",
            "org.apache.hc.client5.http.wire");

    private static Sandbox sandbox;
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.builder().start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void captureLogs() {
        logs.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(logs);
        LOGGERS.forEach(name -> ((Logger) LoggerFactory.getLogger(name)).setLevel(Level.DEBUG));
        HEADER_LOGGERS.forEach(name -> ((Logger) LoggerFactory.getLogger(name)).setLevel(Level.INFO));
    }

    @AfterEach
    void stopCapturing() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(logs);
        LOGGERS.forEach(name -> ((Logger) LoggerFactory.getLogger(name)).setLevel(null));
        HEADER_LOGGERS.forEach(name -> ((Logger) LoggerFactory.getLogger(name)).setLevel(null));
        sandbox.reset();
    }

    private static String uri(String operation, String token, String baseUrl, String options) {
        return "segment:" + operation + "?token=RAW(" + token + ")&baseUrl=" + baseUrl + "&initialBackoff=10"
                + (options.isEmpty() ? "" : "&" + options);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        String us = sandbox.segmentUs().baseUrl();
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(true).to("mock:failed");
                from("direct:ok").to(uri("listSources", SandboxTokens.SEGMENT_US_TOKEN, us, ""))
                        .split(body()).to("mock:items");
                from("direct:wrongRegion").to(uri("getWorkspace", SandboxTokens.SEGMENT_EU_TOKEN, us, ""));
                from("direct:configTokenOnPublicApi")
                        .to(uri("getWorkspace", SandboxTokens.SEGMENT_CONFIG_API_TOKEN, us, "maxAttempts=2"));
                from(uri("listLabels", SandboxTokens.SEGMENT_EU_TOKEN, us, "delay=50&repeatCount=2"))
                        .routeId("pollWithTheWrongToken").to("mock:never");
            }
        };
    }

    @Test
    void noTokenInLogsOrErrors() throws Exception {
        MockEndpoint failed = getMockEndpoint("mock:failed");
        failed.expectedMessageCount(3);
        template.sendBody("direct:ok", null);
        template.sendBody("direct:wrongRegion", null);
        sandbox.segmentUs().faults().failNext(Fault.SERVER_ERROR, 5);
        template.sendBody("direct:configTokenOnPublicApi", null);
        template.sendBody("direct:wrongRegion", null);
        failed.assertIsSatisfied();
        // Let the consumer with the wrong token fail its polls and log them.
        await().until(() -> snapshot().stream()
                .anyMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN) && e.getLoggerName().contains("Consumer")
                        || e.getFormattedMessage().contains("pollWithTheWrongToken") && e.getThrowableProxy() != null));

        assertThat(failed.getReceivedExchanges()).allSatisfy(e -> {
            Exception cause = e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
            assertThat(cause).isInstanceOf(SegmentApiException.class);
            SECRETS.forEach(secret -> assertThat(cause.getMessage()).doesNotContain(secret));
        });
        assertThat(snapshot()).as("captured logs").hasSizeGreaterThan(20);
        for (ILoggingEvent event : snapshot()) {
            String text = event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                    : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            SECRETS.forEach(secret -> assertThat(text).as("log line of %s", event.getLoggerName())
                    .doesNotContain(secret));
        }
    }

    @Test
    void noTokenInShownEndpointUris() {
        for (Endpoint endpoint : context.getEndpoints()) {
            SECRETS.forEach(secret -> {
                assertThat(endpoint.getEndpointUri()).doesNotContain(secret);
                assertThat(endpoint.toString()).doesNotContain(secret);
            });
        }
        assertThat(context.getRoutes()).allSatisfy(route -> SECRETS.forEach(secret -> assertThat(
                route.getEndpoint().getEndpointUri()).doesNotContain(secret)));
        assertThat(context.getEndpoints()).hasAtLeastOneElementOfType(SegmentEndpoint.class);
    }

    /** A copy taken under the appender's lock: background threads may still be logging. */
    private List<ILoggingEvent> snapshot() {
        synchronized (logs) {
            return new java.util.ArrayList<>(logs.list);
        }
    }
}
