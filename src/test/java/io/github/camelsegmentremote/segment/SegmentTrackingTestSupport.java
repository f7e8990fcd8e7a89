package io.github.camelsegmentremote.segment;

import java.util.LinkedHashMap;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.github.camelsegmentremote.sandbox.SandboxExtension;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.sandbox.SegmentEventLog;
import io.github.camelsegmentremote.sandbox.SegmentTrackingTraffic;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** A CamelContext per test against one sandbox per test class, reset before each test. */
abstract class SegmentTrackingTestSupport extends CamelTestSupport {

    @RegisterExtension
    static final SandboxExtension SANDBOX = SandboxExtension.defaults();

    static {
        // HttpClient's wire log at DEBUG would dump every request body: thousands of messages per test.
        ((Logger) LoggerFactory.getLogger("org.apache.hc")).setLevel(Level.INFO);
    }

    @BeforeEach
    void resetSandbox() {
        SANDBOX.sandbox().reset();
    }

    /** A Tracking endpoint on the sandbox's US host with the US HR source's write key. */
    static String tracking(String operation, String options) {
        return "segment:" + operation + "?writeKey=RAW(" + SandboxTokens.SEGMENT_WRITE_KEY + ")&baseUrl="
                + SANDBOX.sandbox().trackingUs().baseUrl() + (options.isEmpty() ? "" : "&" + options);
    }

    /** What the US workspace accepted. */
    static SegmentEventLog usEvents() {
        return SANDBOX.sandbox().segmentWorld().us().events();
    }

    static SegmentTrackingTraffic traffic(String region) {
        return SANDBOX.sandbox().segmentWorld().tracking(region);
    }

    static Map<String, Object> identify(String userId) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("userId", userId);
        message.put("traits", Map.of("email", userId + "@example.com", "department", "Engineering"));
        return message;
    }
}
