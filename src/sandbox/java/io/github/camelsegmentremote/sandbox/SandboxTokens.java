package io.github.camelsegmentremote.sandbox;

/**
 * The sandbox's fixed, obviously fake credentials. They work only against the sandbox.
 */
public final class SandboxTokens {

    /** Remote sandbox-environment token accepted by the Remote simulator. */
    public static final String REMOTE_TOKEN = "ra_test_sandbox-fake-token-0001";
    /** A production-prefixed Remote token: the simulator answers 401, like the real wrong-environment case. */
    public static final String REMOTE_LIVE_TOKEN = "ra_live_sandbox-fake-token-0001";
    /** Webhook signing key the Remote simulator signs deliveries with unless a callback registers its own. */
    public static final String REMOTE_SIGNING_KEY = "sandbox-fake-signing-key-0001";

    /** Public API token of the US workspace {@code sandbox-us}. */
    public static final String SEGMENT_US_TOKEN = "sgp_sandbox-fake-us-workspace-token";
    /** Public API token of the EU workspace {@code sandbox-eu}. */
    public static final String SEGMENT_EU_TOKEN = "sgp_sandbox-fake-eu-workspace-token";
    /** Public API token of the second US workspace {@code sandbox-us-staging} (copy target). */
    public static final String SEGMENT_US_STAGING_TOKEN = "sgp_sandbox-fake-us-staging-token";
    /** Legacy Config API token of the US workspace. */
    public static final String SEGMENT_CONFIG_API_TOKEN = "sandbox-fake-config-api-token";

    /** Write key of the HR source in the US workspace: the sync's default target. */
    public static final String SEGMENT_WRITE_KEY = "sandbox-fake-write-key-us-hr";
    /** Write key of a source in the EU workspace. */
    public static final String SEGMENT_EU_WRITE_KEY = "sandbox-fake-write-key-eu-hr";

    private SandboxTokens() {
    }
}
