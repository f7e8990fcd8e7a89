package io.github.camelsegmentremote.segment;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.segment.tracking.SegmentDeliveryException;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentTrackingSecretsTest extends SegmentTrackingTestSupport {

    private static final String UNKNOWN_KEY = "sandbox-fake-write-key-nobody-owns";
    /** Everything at TRACE but HttpClient, whose header log shows the Authorization header (see the docs). */
    private static final String ROOT = org.slf4j.Logger.ROOT_LOGGER_NAME;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Level previousLevel;

    @Override
    public void configureTest(TestExecutionConfiguration testConfiguration) {
        super.configureTest(testConfiguration);
        testConfiguration.withEnableJMX();
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:identify").to("segmentHr:identify?flushInterval=50");
                from("direct:unknownKey").to("segmentNobody:identify?flushInterval=50");
            }
        };
    }

    /**
     * Write keys set on component instances, as an application configures them: Camel's own DEBUG and TRACE
     * logging prints endpoint URIs and resolved property values as they are (see the docs), so a key written in
     * a URI would show there, whatever this component does.
     */
    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("segmentHr", component(SandboxTokens.SEGMENT_WRITE_KEY));
        registry.bind("segmentNobody", component(UNKNOWN_KEY));
    }

    private static SegmentComponent component(String writeKey) {
        SegmentComponent component = new SegmentComponent();
        component.getConfiguration().setWriteKey(writeKey);
        component.getConfiguration().setBaseUrl(SANDBOX.sandbox().trackingUs().baseUrl());
        return component;
    }

    /** Before the context is created, so that endpoint and producer start-up is captured too. */
    @Override
    protected void doPreSetup() throws Exception {
        super.doPreSetup();
        Logger root = (Logger) LoggerFactory.getLogger(ROOT);
        previousLevel = root.getLevel();
        root.setLevel(Level.TRACE);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void stopCapturing() {
        Logger root = (Logger) LoggerFactory.getLogger(ROOT);
        root.detachAppender(captured);
        root.setLevel(previousLevel);
    }

    @Test
    void theWriteKeyNeverAppearsInLogsOrErrors() throws Exception {
        Exchange sent = template.request("direct:identify", e -> e.getMessage().setBody(identify("emp-1")));
        Exchange refused = template.request("direct:unknownKey", e -> e.getMessage().setBody(identify("emp-2")));
        context.stop();

        assertThat(sent.getException()).isNull();
        assertThat(refused.getException()).isInstanceOf(SegmentDeliveryException.class)
                .hasMessageContaining("HTTP 401").hasMessageContaining("Check option writeKey")
                .hasMessageContaining("region=us (https://api.segment.io)");
        List<String> logs = captured.list.stream().map(e -> e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy()))).toList();
        assertThat(logs).as("something was logged at TRACE").hasSizeGreaterThan(100)
                .anySatisfy(line -> assertThat(line).contains("HTTP 401"));
        for (String key : List.of(SandboxTokens.SEGMENT_WRITE_KEY, UNKNOWN_KEY)) {
            String basic = Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
            assertThat(logs).noneSatisfy(line -> assertThat(line).containsAnyOf(key, basic));
            assertThat(refused.getException()).hasStackTraceContaining("HTTP 401")
                    .satisfies(e -> assertThat(ThrowableProxyUtil.asString(
                            new ThrowableProxy(e))).doesNotContain(key, basic));
        }
    }

    @Test
    void endpointDescriptionsAndJmxNamesMaskTheWriteKey() throws Exception {
        Endpoint raw = context.getEndpoint(tracking("identify", ""));
        assertThat(raw.toString()).contains("writeKey=xxxxxx").doesNotContain(SandboxTokens.SEGMENT_WRITE_KEY);

        context.getPropertiesComponent().addInitialProperty("segment.writeKey", SandboxTokens.SEGMENT_WRITE_KEY);
        Endpoint referenced = context.getEndpoint("segment:identify?writeKey=#property:segment.writeKey");
        assertThat(referenced.getEndpointUri()).doesNotContain(SandboxTokens.SEGMENT_WRITE_KEY);
        assertThat(((SegmentEndpoint) referenced).getConfiguration().getWriteKey())
                .isEqualTo(SandboxTokens.SEGMENT_WRITE_KEY);

        MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
        Set<ObjectName> names = jmx.queryNames(new ObjectName("org.apache.camel:context=" + context.getName()
                + ",*"), null);
        assertThat(names).isNotEmpty()
                .noneSatisfy(name -> assertThat(name.toString()).contains(SandboxTokens.SEGMENT_WRITE_KEY));
    }

    @Test
    void theProducerShowsItsCountersInJmx() throws Exception {
        template.request("direct:identify", e -> e.getMessage().setBody(identify("emp-1")));
        template.request("direct:identify", e -> e.getMessage().setBody(identify("emp-2")));
        template.request("direct:identify", e -> e.getMessage().setBody(Map.of("traits", "none")));

        MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
        ObjectName producer = jmx.queryNames(new ObjectName("org.apache.camel:context=" + context.getName()
                + ",type=producers,*"), null).stream()
                .filter(n -> attribute(jmx, n, "EndpointUri").startsWith("segmentHr:")).findFirst().orElseThrow();
        assertThat(jmx.getAttribute(producer, "MessagesSent")).isEqualTo(2L);
        assertThat(jmx.getAttribute(producer, "BatchesSent")).isEqualTo(2L);
        assertThat(jmx.getAttribute(producer, "MessagesRejected")).isEqualTo(1L);
        assertThat(jmx.getAttribute(producer, "MessagesFailed")).isEqualTo(0L);
        assertThat((Long) jmx.getAttribute(producer, "BytesSent")).isPositive();
        assertThat(jmx.getAttribute(producer, "PendingMessages")).isEqualTo(0);
        assertThat(jmx.getAttribute(producer, "Retries")).isEqualTo(0L);
    }

    private static String attribute(MBeanServer jmx, ObjectName name, String attribute) {
        try {
            return String.valueOf(jmx.getAttribute(name, attribute));
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }
}
