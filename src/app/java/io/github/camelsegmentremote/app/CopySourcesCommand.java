package io.github.camelsegmentremote.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.camelsegmentremote.copy.CopyException;
import io.github.camelsegmentremote.copy.CopyItem;
import io.github.camelsegmentremote.copy.CopyMode;
import io.github.camelsegmentremote.copy.CopyOptions;
import io.github.camelsegmentremote.copy.CopyRun;
import io.github.camelsegmentremote.copy.MatchBy;
import io.github.camelsegmentremote.copy.SourceCopier;
import io.github.camelsegmentremote.copy.SourceSelection;
import io.github.camelsegmentremote.copy.WorkspaceRef;
import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Copies source configurations between two Segment workspaces from the command line: prints the plan (and with
 * {@code --apply} the report) and exits 0, or 1 when a source failed (run it again), or 2 when the copy could not
 * run. Tokens are read from environment variables, never from the command line, which {@code ps} shows to every
 * user of the machine. {@code --sandbox} copies between the workspaces of an embedded sandbox, with no tokens.
 *
 * <pre>
 * SEGMENT_SOURCE_WORKSPACE_TOKEN=... SEGMENT_TARGET_WORKSPACE_TOKEN=... \
 *   java -cp ... io.github.camelsegmentremote.copy.CopySourcesCommand --plan --target-region eu
 * </pre>
 */
public final class CopySourcesCommand {

    static final String USAGE = """
            Usage: CopySourcesCommand (--plan | --apply) [options]
              --source-token-env VAR    environment variable holding the source workspace's Public API token
                                        (default SEGMENT_SOURCE_WORKSPACE_TOKEN)
              --source-region us|eu     region of the source workspace (default us)
              --source-base-url URL     Public API host of the source workspace (default: the region's)
              --target-token-env VAR    the same for the target workspace (default SEGMENT_TARGET_WORKSPACE_TOKEN)
              --target-region us|eu
              --target-base-url URL
              --select EXPR             all (default), slug:REGEX, name:REGEX or label:KEY:VALUE
              --match-by slug|name      how a source finds its counterpart in the target (default slug)
              --copy-destinations       also copy the destinations of the sources (secrets are reported, not copied)
              --no-tracking-plans       do not connect the sources to the tracking plans of the same name
              --create-tracking-plans   create the tracking plans the target lacks, with their rules (default off)
              --update-tracking-plan-rules
                                        replace differing rules of the target's tracking plans (default off; rules
                                        only the target has are kept)
              --no-subscriptions        do not copy the subscriptions of Actions destinations (copied by default
                                        with --copy-destinations)
              --no-filters              do not copy destination filters (copied by default with destinations)
              --no-transformations      do not copy transformations (copied by default)
              --no-insert-functions     do not copy insert function instances (copied by default)
              --no-warehouses           do not connect warehouses of the same name and type (connected by default)
              --format text|json|markdown
                                        how the plan and report are printed (default text)
              --requests-per-second N   client-side limit of calls per second and workspace (default 10, 0 = none)
              --output FILE             also write the plan (and report) as JSON to FILE
              --sandbox                 copy between the workspaces of an embedded sandbox (no tokens needed):
                                        sandbox-us to sandbox-us-staging, or to sandbox-eu with --target-region eu
            Exit status: 0 done, 1 some sources failed (run again to complete them), 2 the copy could not run.
            """;

    private static final String LOGGING = "io/github/camelsegmentremote/app/copy-command-logback.xml";

    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;

    public CopySourcesCommand(Map<String, String> environment, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        // Before the first logger exists: the command's own logging, unless the user chose one.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOGGING);
        }
        System.exit(new CopySourcesCommand(System.getenv(), System.out, System.err).run(args));
    }

    /** Runs the command; the exit status. */
    public int run(String[] args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        }
        if (arguments.help) {
            out.print(USAGE);
            return 0;
        }
        try (Sandbox sandbox = arguments.sandbox ? Sandbox.start() : null) {
            CopyRun run = copy(arguments, sandbox);
            out.print(switch (arguments.format) {
                case "json" -> run.toJson() + "\n";
                case "markdown" -> run.toMarkdown();
                default -> run.toText();
            });
            if (arguments.output != null) {
                Files.writeString(arguments.output, run.toJson(), StandardCharsets.UTF_8);
                out.println("Written to " + arguments.output.toAbsolutePath());
            }
            return run.report() != null && run.report().hasFailures() ? 1 : 0;
        } catch (CopyException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("Cannot write " + arguments.output + ": " + e.getMessage());
            return 2;
        }
    }

    private CopyRun copy(Arguments arguments, Sandbox sandbox) {
        CamelContext context = new DefaultCamelContext();
        try {
            context.start();
            SourceCopier copier = sandbox != null ? sandboxCopier(context, sandbox, arguments)
                    : new SourceCopier(context, workspace(arguments.sourceTokenEnv, arguments.sourceRegion,
                            arguments.sourceBaseUrl), workspace(arguments.targetTokenEnv, arguments.targetRegion,
                                    arguments.targetBaseUrl));
            return copier.run(arguments.options);
        } finally {
            context.stop();
        }
    }

    private WorkspaceRef workspace(String tokenVariable, String region, String baseUrl) {
        String token = environment.get(tokenVariable);
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("Environment variable " + tokenVariable + " is not set: put the "
                    + "workspace's Public API token in it (or name another with --source-token-env / "
                    + "--target-token-env)");
        }
        return WorkspaceRef.of(token, region, baseUrl);
    }

    private SourceCopier sandboxCopier(CamelContext context, Sandbox sandbox, Arguments arguments) {
        boolean toEu = "eu".equalsIgnoreCase(arguments.targetRegion);
        WorkspaceRef source = WorkspaceRef.of(SandboxTokens.SEGMENT_US_TOKEN, "us", sandbox.segmentUs().baseUrl());
        WorkspaceRef target = toEu
                ? WorkspaceRef.of(SandboxTokens.SEGMENT_EU_TOKEN, "eu", sandbox.segmentEu().baseUrl())
                : WorkspaceRef.of(SandboxTokens.SEGMENT_US_STAGING_TOKEN, "us", sandbox.segmentUs().baseUrl());
        out.println("Sandbox: copying sandbox-us to " + (toEu ? "sandbox-eu" : "sandbox-us-staging")
                + " (fake tokens, nothing leaves this machine)");
        return new SourceCopier(context, source, target);
    }

    /** The command line, read. */
    private static final class Arguments {

        private CopyOptions options = CopyOptions.DEFAULTS;
        private boolean modeGiven;
        private boolean help;
        private boolean sandbox;
        private String sourceTokenEnv = "SEGMENT_SOURCE_WORKSPACE_TOKEN";
        private String sourceRegion;
        private String sourceBaseUrl;
        private String targetTokenEnv = "SEGMENT_TARGET_WORKSPACE_TOKEN";
        private String targetRegion;
        private String targetBaseUrl;
        private Path output;
        private String format = "text";

        static Arguments parse(String[] args) {
            Arguments a = new Arguments();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--plan", "--apply" -> {
                        a.options = a.options.withMode(arg.equals("--plan") ? CopyMode.plan : CopyMode.apply);
                        a.modeGiven = true;
                    }
                    case "--help", "-h" -> a.help = true;
                    case "--sandbox" -> a.sandbox = true;
                    case "--copy-destinations" -> a.options = a.options.withCopyDestinations(true);
                    case "--no-tracking-plans" -> a.options = a.options.withConnectTrackingPlans(false);
                    case "--create-tracking-plans" -> a.options = a.options.with(CopyItem.trackingPlans, true);
                    case "--update-tracking-plan-rules" -> a.options = a.options.with(CopyItem.trackingPlanRules,
                            true);
                    case "--no-subscriptions" -> a.options = a.options.with(CopyItem.subscriptions, false);
                    case "--no-filters" -> a.options = a.options.with(CopyItem.filters, false);
                    case "--no-transformations" -> a.options = a.options.with(CopyItem.transformations, false);
                    case "--no-insert-functions" -> a.options = a.options.with(CopyItem.insertFunctions, false);
                    case "--no-warehouses" -> a.options = a.options.with(CopyItem.warehouseConnections, false);
                    case "--format" -> a.format = format(value(args, ++i, arg));
                    case "--source-token-env" -> a.sourceTokenEnv = value(args, ++i, arg);
                    case "--source-region" -> a.sourceRegion = value(args, ++i, arg);
                    case "--source-base-url" -> a.sourceBaseUrl = value(args, ++i, arg);
                    case "--target-token-env" -> a.targetTokenEnv = value(args, ++i, arg);
                    case "--target-region" -> a.targetRegion = value(args, ++i, arg);
                    case "--target-base-url" -> a.targetBaseUrl = value(args, ++i, arg);
                    case "--select" -> a.options = a.options.withSelection(SourceSelection.parse(value(args, ++i,
                            arg)));
                    case "--match-by" -> a.options = a.options.withMatchBy(matchBy(value(args, ++i, arg)));
                    case "--requests-per-second" -> a.options = a.options.withRequestsPerSecond(
                            number(value(args, ++i, arg), arg));
                    case "--output" -> a.output = Path.of(value(args, ++i, arg));
                    case "--source-token", "--target-token", "--token" -> throw new IllegalArgumentException(
                            arg + " is not taken: a token on the command line shows in ps. Put it in an environment "
                                    + "variable and name that with " + arg + "-env (--source-token-env VAR)");
                    default -> throw new IllegalArgumentException("Unknown option " + arg);
                }
            }
            if (!a.modeGiven && !a.help) {
                throw new IllegalArgumentException("Say --plan (only read, show what would change) or --apply");
            }
            return a;
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length || args[index].startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[index];
        }

        private static String format(String value) {
            if (!List.of("text", "json", "markdown").contains(value)) {
                throw new IllegalArgumentException("--format must be text, json or markdown, was " + value);
            }
            return value;
        }

        private static MatchBy matchBy(String value) {
            try {
                return MatchBy.valueOf(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--match-by must be slug or name, was " + value, e);
            }
        }

        private static int number(String value, String option) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " must be a whole number, was " + value, e);
            }
        }
    }
}
