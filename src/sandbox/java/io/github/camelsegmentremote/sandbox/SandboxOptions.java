package io.github.camelsegmentremote.sandbox;

/**
 * How the sandbox is seeded and limited. Immutable; build with {@link Sandbox#builder()}.
 *
 * @param employees               Remote employments seeded (10 to 1,000,000)
 * @param sourcesPerWorkspace     extra Segment sources seeded in the US workspace (besides the HR source)
 * @param seed                    seed of every generator, so the same options give the same data
 * @param remoteRequestsPerMinute Remote rate limit per token, 0 = unlimited
 * @param segmentRequestsPerSecond Segment Public API rate limit per token, 0 = unlimited
 * @param remotePort              port of the Remote simulator, 0 = free port (likewise the other ports)
 */
public record SandboxOptions(int employees, int sourcesPerWorkspace, long seed, int remoteRequestsPerMinute,
        int segmentRequestsPerSecond, int remotePort, int segmentUsPort, int segmentEuPort, int trackingUsPort,
        int trackingEuPort, int configApiPort) {

    public static final SandboxOptions DEFAULTS = new SandboxOptions(300, 5, 42L, 0, 0, 0, 0, 0, 0, 0, 0);

    public SandboxOptions {
        if (employees < 10 || employees > 1_000_000) {
            throw new IllegalArgumentException("employees must be between 10 and 1,000,000, was " + employees);
        }
        if (sourcesPerWorkspace < 0) {
            throw new IllegalArgumentException("sourcesPerWorkspace must be >= 0, was " + sourcesPerWorkspace);
        }
        if (remoteRequestsPerMinute < 0 || segmentRequestsPerSecond < 0) {
            throw new IllegalArgumentException("rate limits must be >= 0 (0 = unlimited)");
        }
    }
}
