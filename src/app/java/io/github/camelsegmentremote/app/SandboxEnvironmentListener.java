package io.github.camelsegmentremote.app;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs when the environment is ready, before the application context: when the app is in sandbox mode (see
 * {@link SandboxMode}) it starts the embedded sandbox and adds a property source that points every route property
 * at it, with the sandbox's fake credentials. It also turns Hawtio's login on (on every address) and writes
 * Jolokia's access policy.
 */
public class SandboxEnvironmentListener implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    static final String PROPERTY_SOURCE = "camelSegmentRemoteSandbox";

    private static final Logger LOG = LoggerFactory.getLogger(SandboxEnvironmentListener.class);

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        CamelSyntaxPropertySource.install(env);
        Map<String, Object> properties = new LinkedHashMap<>();
        // Hawtio's login on every address (see AppSecurityConfiguration), against the app's admin user.
        properties.put("hawtio.authenticationEnabled", "true");
        properties.put("hawtio.realm", HawtioAdminRealm.NAME);
        properties.put("management.endpoint.jolokia.config.policyLocation", JolokiaAccessPolicy.write(
                AppSecurityConfiguration.allowedHosts(env.getProperty("app.allowed-hosts", ""))));
        if (SandboxMode.enabled(env)) {
            Sandbox sandbox = SandboxHolder.start(env.getProperty("app.sandbox-employees", Integer.class, 300));
            properties.put("app.sandbox-active", "true");
            properties.put("remote.token", SandboxTokens.REMOTE_TOKEN);
            properties.put("remote.environment", "sandbox");
            properties.put("remote.base-url", sandbox.remote().baseUrl());
            // The sandbox has no rate limit unless asked for one.
            properties.put("remote.requests-per-minute", "0");
            properties.put("remote.webhook-signing-key", SandboxTokens.REMOTE_SIGNING_KEY);
            properties.put("segment.write-key", SandboxTokens.SEGMENT_WRITE_KEY);
            properties.put("segment.region", "us");
            properties.put("segment.tracking-base-url", sandbox.trackingUs().baseUrl());
            properties.put("copy.source-token", SandboxTokens.SEGMENT_US_TOKEN);
            properties.put("copy.source-region", "us");
            properties.put("copy.source-base-url", sandbox.segmentUs().baseUrl());
            properties.put("copy.target-token", SandboxTokens.SEGMENT_US_STAGING_TOKEN);
            properties.put("copy.target-region", "us");
            properties.put("copy.target-base-url", sandbox.segmentUs().baseUrl());
            LOG.info("No real credentials configured: running against the embedded sandbox (Remote {}, Segment "
                    + "Tracking {}, Public API {}). Set REMOTE_API_TOKEN and SEGMENT_WRITE_KEY to use the real "
                    + "services.", sandbox.remote().baseUrl(), sandbox.trackingUs().baseUrl(),
                    sandbox.segmentUs().baseUrl());
        } else {
            properties.put("app.sandbox-active", "false");
        }
        // These decisions win over the properties files and the environment: sandbox mode means sandbox URLs.
        env.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
    }

    static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public int getOrder() {
        // After Boot's own listeners: the properties files are loaded and logging is set up.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
