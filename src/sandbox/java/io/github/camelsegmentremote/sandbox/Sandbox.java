package io.github.camelsegmentremote.sandbox;

import java.util.List;


/**
 * Starts every simulator on 127.0.0.1 on its own port: Remote API, Segment Public API (US and EU hosts), Segment
 * Tracking API (US and EU hosts) and the legacy Segment Config API. Each server answers its API's routes plus the
 * inspection endpoints under {@code /_sandbox/}.
 *
 * <pre>
 * try (Sandbox sandbox = Sandbox.builder().employees(1000).start()) {
 *     String remoteBaseUrl = sandbox.remote().baseUrl();
 * }
 * </pre>
 */
public final class Sandbox implements AutoCloseable {

    private final SandboxOptions options;
    private final RemoteSimulator remoteSimulator;
    private final SegmentWorld segmentWorld;
    private final SandboxServer remote;
    private final SandboxServer segmentUs;
    private final SandboxServer segmentEu;
    private final SandboxServer trackingUs;
    private final SandboxServer trackingEu;
    private final SandboxServer configApi;

    private Sandbox(SandboxOptions options) {
        this.options = options;
        long seed = options.seed();
        this.remoteSimulator = new RemoteSimulator(options);
        this.segmentWorld = new SegmentWorld(options);
        this.remote = new SandboxServer(remoteSimulator, seed + 1);
        this.segmentUs = new SandboxServer(new SegmentPublicApiSimulator(segmentWorld, "us"), seed + 2);
        this.segmentEu = new SandboxServer(new SegmentPublicApiSimulator(segmentWorld, "eu"), seed + 3);
        this.trackingUs = new SandboxServer(new SegmentTrackingSimulator(segmentWorld, "us"), seed + 4);
        this.trackingEu = new SandboxServer(new SegmentTrackingSimulator(segmentWorld, "eu"), seed + 5);
        this.configApi = new SandboxServer(new SegmentConfigApiSimulator(segmentWorld), seed + 6);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts a sandbox with the default options (300 employees, free ports). */
    public static Sandbox start() {
        return builder().start();
    }

    private Sandbox startAll() {
        remote.start(options.remotePort());
        segmentUs.start(options.segmentUsPort());
        segmentEu.start(options.segmentEuPort());
        trackingUs.start(options.trackingUsPort());
        trackingEu.start(options.trackingEuPort());
        configApi.start(options.configApiPort());
        return this;
    }

    public SandboxOptions options() {
        return options;
    }

    /** Remote API simulator server (base URL stands for {@code https://gateway.remote-sandbox.com}). */
    public SandboxServer remote() {
        return remote;
    }

    public RemoteSimulator remoteSimulator() {
        return remoteSimulator;
    }

    /** Segment Public API, US host ({@code https://api.segmentapis.com}). */
    public SandboxServer segmentUs() {
        return segmentUs;
    }

    /** Segment Public API, EU host ({@code https://eu1.api.segmentapis.com}). */
    public SandboxServer segmentEu() {
        return segmentEu;
    }

    /** Segment Tracking API, US host ({@code https://api.segment.io}). */
    public SandboxServer trackingUs() {
        return trackingUs;
    }

    /** Segment Tracking API, EU host ({@code https://events.eu1.segmentapis.com}). */
    public SandboxServer trackingEu() {
        return trackingEu;
    }

    /** Legacy Segment Config API ({@code https://platform.segmentapis.com}). */
    public SandboxServer configApi() {
        return configApi;
    }

    /** The shared Segment state: workspaces, sources, write keys and received events. */
    public SegmentWorld segmentWorld() {
        return segmentWorld;
    }

    public List<SandboxServer> servers() {
        return List.of(remote, segmentUs, segmentEu, trackingUs, trackingEu, configApi);
    }

    /** Clears faults, stats and state on every simulator and re-seeds them. */
    public void reset() {
        for (SandboxServer server : servers()) {
            server.faults().reset();
            server.resetStats();
        }
        remoteSimulator.reset();
        segmentWorld.reset();
    }

    @Override
    public void close() {
        for (SandboxServer server : servers()) {
            server.close();
        }
    }

    /**
     * Runs the sandbox until the JVM is stopped, printing each simulator's URL and fake credentials:
     * {@code java -jar ...-sandbox.jar [--employees N] [--ports BASE] ...}, see {@link SandboxLauncher}.
     */
    public static void main(String[] args) throws InterruptedException {
        SandboxLauncher.main(args);
    }

    /** Builds {@link SandboxOptions} fluently. */
    public static final class Builder {
        private int employees = SandboxOptions.DEFAULTS.employees();
        private int sourcesPerWorkspace = SandboxOptions.DEFAULTS.sourcesPerWorkspace();
        private long seed = SandboxOptions.DEFAULTS.seed();
        private int remoteRequestsPerMinute;
        private int segmentRequestsPerSecond;
        private int remotePort;
        private int segmentUsPort;
        private int segmentEuPort;
        private int trackingUsPort;
        private int trackingEuPort;
        private int configApiPort;

        public Builder employees(int employees) {
            this.employees = employees;
            return this;
        }

        public Builder sourcesPerWorkspace(int sources) {
            this.sourcesPerWorkspace = sources;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder remoteRequestsPerMinute(int limit) {
            this.remoteRequestsPerMinute = limit;
            return this;
        }

        public Builder segmentRequestsPerSecond(int limit) {
            this.segmentRequestsPerSecond = limit;
            return this;
        }

        /** Fixed ports in the order remote, segment US, segment EU, tracking US, tracking EU, config API. */
        public Builder ports(int remote, int segmentUs, int segmentEu, int trackingUs, int trackingEu,
                int configApi) {
            this.remotePort = remote;
            this.segmentUsPort = segmentUs;
            this.segmentEuPort = segmentEu;
            this.trackingUsPort = trackingUs;
            this.trackingEuPort = trackingEu;
            this.configApiPort = configApi;
            return this;
        }

        public SandboxOptions options() {
            return new SandboxOptions(employees, sourcesPerWorkspace, seed, remoteRequestsPerMinute,
                    segmentRequestsPerSecond, remotePort, segmentUsPort, segmentEuPort, trackingUsPort,
                    trackingEuPort, configApiPort);
        }

        public Sandbox start() {
            return new Sandbox(options()).startAll();
        }
    }
}
