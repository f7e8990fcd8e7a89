package io.github.camelsegmentremote.sandbox;

import java.io.PrintStream;

/**
 * The sandbox started by hand ({@code java -jar camel-segment-remote-VERSION-sandbox.jar [options]}): starts every
 * simulator, prints each one's URL, the fake credentials to use with it, and the environment that points the shipped
 * routes at it, then runs until stopped (Ctrl-C).
 */
public final class SandboxLauncher {

    static final String USAGE = """
            Usage: java -jar camel-segment-remote-VERSION-sandbox.jar [options]
              --employees N             seeded Remote employments (default 300)
              --ports BASE              fixed ports BASE .. BASE+5 for Remote, Segment Public API US and EU,
                                        Tracking US and EU, Config API (default: free ports)
              --remote-port P, --segment-us-port P, --segment-eu-port P, --tracking-us-port P,
              --tracking-eu-port P, --config-api-port P
                                        a fixed port for one simulator (0 = a free port)
              --help                    this text
            """;

    private SandboxLauncher() {
    }

    private static final String LOGGING = "io/github/camelsegmentremote/sandbox/sandbox-launcher-logback.xml";

    /** Runs the sandbox until the JVM is stopped. */
    public static void main(String[] args) throws InterruptedException {
        // Before the first logger exists: INFO on the console (logback's own default is DEBUG), unless chosen.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOGGING);
        }
        Sandbox sandbox;
        try {
            sandbox = start(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (sandbox == null) {
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "sandbox-shutdown"));
        Thread.currentThread().join();
    }

    /**
     * Starts the sandbox the arguments describe and prints how to use it.
     *
     * @return the running sandbox; null when only the usage was asked for
     * @throws IllegalArgumentException on an unknown option or a bad value, naming it
     */
    static Sandbox start(String[] args, PrintStream out) {
        Sandbox.Builder builder = Sandbox.builder();
        int[] ports = new int[6];
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> {
                    out.print(USAGE);
                    return null;
                }
                case "--employees" -> builder.employees(number(args, ++i, arg));
                case "--ports" -> {
                    int base = number(args, ++i, arg);
                    for (int p = 0; p < ports.length; p++) {
                        ports[p] = base + p;
                    }
                }
                case "--remote-port" -> ports[0] = number(args, ++i, arg);
                case "--segment-us-port" -> ports[1] = number(args, ++i, arg);
                case "--segment-eu-port" -> ports[2] = number(args, ++i, arg);
                case "--tracking-us-port" -> ports[3] = number(args, ++i, arg);
                case "--tracking-eu-port" -> ports[4] = number(args, ++i, arg);
                case "--config-api-port" -> ports[5] = number(args, ++i, arg);
                default -> {
                    if (i == 0 && arg.matches("\\d+")) {
                        builder.employees(Integer.parseInt(arg)); // the older form: java ... Sandbox 1000
                    } else {
                        throw new IllegalArgumentException("Unknown option " + arg);
                    }
                }
            }
        }
        builder.ports(ports[0], ports[1], ports[2], ports[3], ports[4], ports[5]);
        Sandbox sandbox = builder.start();
        out.print(describe(sandbox));
        return sandbox;
    }

    /** Each simulator's URL with its fake credentials, and the environment for the shipped routes. */
    static String describe(Sandbox s) {
        String f = "  %-28s %-24s %s%n";
        StringBuilder text = new StringBuilder();
        text.append("Sandbox running on 127.0.0.1 with ").append(s.options().employees())
                .append(" employees: fake services and fake credentials, nothing leaves this machine.\n");
        text.append(String.format(f, "Remote API", s.remote().baseUrl(), "token " + SandboxTokens.REMOTE_TOKEN
                + " (environment sandbox), webhook signing key " + SandboxTokens.REMOTE_SIGNING_KEY));
        text.append(String.format(f, "Segment Public API (US)", s.segmentUs().baseUrl(), "token "
                + SandboxTokens.SEGMENT_US_TOKEN + " (sandbox-us), " + SandboxTokens.SEGMENT_US_STAGING_TOKEN
                + " (sandbox-us-staging)"));
        text.append(String.format(f, "Segment Public API (EU)", s.segmentEu().baseUrl(), "token "
                + SandboxTokens.SEGMENT_EU_TOKEN + " (sandbox-eu)"));
        text.append(String.format(f, "Segment Tracking API (US)", s.trackingUs().baseUrl(), "write key "
                + SandboxTokens.SEGMENT_WRITE_KEY));
        text.append(String.format(f, "Segment Tracking API (EU)", s.trackingEu().baseUrl(), "write key "
                + SandboxTokens.SEGMENT_EU_WRITE_KEY));
        text.append(String.format(f, "Segment Config API (legacy)", s.configApi().baseUrl(), "token "
                + SandboxTokens.SEGMENT_CONFIG_API_TOKEN));
        text.append("Each answers GET /_sandbox/inspect, GET /_sandbox/stats, POST /_sandbox/faults, POST /_sandbox/reset.\n");
        text.append("The shipped routes against it (routes/application.properties reads these):\n");
        text.append("  export REMOTE_API_TOKEN=").append(SandboxTokens.REMOTE_TOKEN)
                .append(" REMOTE_ENVIRONMENT=sandbox REMOTE_BASE_URL=").append(s.remote().baseUrl())
                .append(" REMOTE_REQUESTS_PER_MINUTE=0\n");
        text.append("  export SEGMENT_WRITE_KEY=").append(SandboxTokens.SEGMENT_WRITE_KEY)
                .append(" SEGMENT_TRACKING_BASE_URL=").append(s.trackingUs().baseUrl()).append('\n');
        text.append("  export SEGMENT_SOURCE_WORKSPACE_TOKEN=").append(SandboxTokens.SEGMENT_US_TOKEN)
                .append(" SEGMENT_SOURCE_BASE_URL=").append(s.segmentUs().baseUrl()).append('\n');
        text.append("  export SEGMENT_TARGET_WORKSPACE_TOKEN=").append(SandboxTokens.SEGMENT_US_STAGING_TOKEN)
                .append(" SEGMENT_TARGET_BASE_URL=").append(s.segmentUs().baseUrl()).append('\n');
        text.append("Stop it with Ctrl-C.\n");
        return text.toString();
    }

    private static int number(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        try {
            int value = Integer.parseInt(args[index]);
            if (value < 0 || value > 65535) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number from 0 to 65535, was '"
                    + args[index] + "'", e);
        }
    }
}
