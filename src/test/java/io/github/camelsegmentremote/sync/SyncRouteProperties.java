package io.github.camelsegmentremote.sync;

import java.nio.file.Path;
import java.util.Properties;

import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxTokens;

/**
 * Every property the shipped Job 1 routes read, as the app sets them in sandbox mode: the given hosts, the
 * sandbox's fake credentials, one run at once (the next an hour later). Tests and the benchmark put their own
 * values over these.
 */
public final class SyncRouteProperties {

    private SyncRouteProperties() {
    }

    /** The properties against the sandbox's Remote and US Tracking servers. */
    public static Properties forSandbox(Sandbox sandbox, Path dataDirectory) {
        return of(sandbox.remote().baseUrl(), sandbox.trackingUs().baseUrl(), dataDirectory);
    }

    /** The properties against the given Remote and Tracking base URLs. */
    public static Properties of(String remoteBaseUrl, String trackingBaseUrl, Path dataDirectory) {
        Properties p = new Properties();
        p.put("remote.token", SandboxTokens.REMOTE_TOKEN);
        p.put("remote.environment", "sandbox");
        p.put("remote.base-url", remoteBaseUrl);
        p.put("remote.requests-per-minute", "0");
        p.put("remote.webhook-signing-key", SandboxTokens.REMOTE_SIGNING_KEY);
        p.put("segment.write-key", SandboxTokens.SEGMENT_WRITE_KEY);
        p.put("segment.region", "us");
        p.put("segment.tracking-base-url", trackingBaseUrl);
        p.put("sync.interval", "3600000");
        p.put("sync.initial-delay", "0");
        p.put("sync.user-id-source", "employmentId");
        p.put("sync.full-record", "changed");
        // One identify per employee, from its full record, as the suites that count identifies expect; the tests
        // of identify-first set it.
        p.put("sync.identify-first", "false");
        p.put("sync.trait-renames", "");
        p.put("sync.extra-traits", "");
        p.put("sync.custom-field-prefix", "custom_");
        p.put("sync.dry-run", "false");
        p.put("sync.data-directory", dataDirectory.toString());
        p.put("sync.batch-size", "100");
        p.put("sync.flush-interval", "500");
        p.put("sync.offboarded-event", "Employee Offboarded");
        p.put("sync.webhooks-enabled", "true");
        p.put("sync.webhook-path", "/remote/webhooks");
        p.put("sync.webhook-auto-register", "false");
        p.put("sync.webhook-external-url", "");
        p.put("sync.webhook-events", "");
        p.put("sync.webhook-flush-interval", "100");
        return p;
    }
}
