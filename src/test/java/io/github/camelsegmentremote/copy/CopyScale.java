package io.github.camelsegmentremote.copy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.sandbox.SegmentCopyFixtures;
import io.github.camelsegmentremote.sandbox.SegmentPublicApiSimulator;
import io.github.camelsegmentremote.sandbox.SegmentRequestRecord;
import io.github.camelsegmentremote.segment.SegmentComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One scale run of the copy: a sandbox whose sandbox-us gets {@code sources} HTTP API sources with
 * {@code destinations} Actions destinations of {@code subscriptions} subscriptions and a filter each, copied with
 * destinations to the empty sandbox-us-staging at {@code requestsPerSecond} (0 = no limit): the plan, the apply and
 * a second plan (all unchanged, so it reads both workspaces in full), each with its Public API requests (from the
 * sandbox's request log), wall time and CPU time of the copying
 * thread. Used by {@link CopyScaleTest} (small, always) and {@link CopyScaleBenchmark} (300 x 5 x 3, on demand).
 */
final class CopyScale {

    /** What one phase cost. */
    record Phase(String name, long requests, long repeated, Map<String, Long> byOperation, long wallMillis,
            long cpuMillis) {

        String row() {
            return String.format("| %s | %d | %d | %.1f s | %.1f s |", name, requests, repeated, wallMillis / 1000.0,
                    cpuMillis / 1000.0);
        }
    }

    /** The plan and the apply of one run. */
    record Result(int sources, int destinations, int subscriptions, int requestsPerSecond, Phase plan, Phase apply,
            Phase replan, CopyPlan copyPlan, CopyReport report, CopyPlan again) {
    }

    private CopyScale() {
    }

    static Result run(int sources, int destinations, int subscriptions, int requestsPerSecond) throws Exception {
        try (Sandbox sandbox = Sandbox.builder().start()) {
            SegmentCopyFixtures.scale(sandbox.segmentWorld().us(), sources, destinations, subscriptions);
            CamelContext context = new DefaultCamelContext();
            context.getComponent("segment", SegmentComponent.class).getConfiguration().setInitialBackoff(5);
            context.start();
            try {
                SourceCopier copier = new SourceCopier(context,
                        WorkspaceRef.of(SandboxTokens.SEGMENT_US_TOKEN, "us", sandbox.segmentUs().baseUrl()),
                        WorkspaceRef.of(SandboxTokens.SEGMENT_US_STAGING_TOKEN, "us", sandbox.segmentUs().baseUrl()));
                CopyOptions options = CopyOptions.DEFAULTS.withSelection(SourceSelection.parse("slug:svc-.*"))
                        .withCopyDestinations(true).withRequestsPerSecond(requestsPerSecond);
                SegmentPublicApiSimulator simulator = (SegmentPublicApiSimulator) sandbox.segmentUs().simulator();
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();

                long wall = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                CopyPlan plan = copier.plan(options);
                Phase planned = phase("plan", simulator.requestLog(), wall, cpu, threads);

                int seen = simulator.requestLog().size();
                wall = System.nanoTime();
                cpu = threads.getCurrentThreadCpuTime();
                CopyReport report = copier.apply(plan);
                List<SegmentRequestRecord> applied = simulator.requestLog();
                Phase apply = phase("apply", applied.subList(seen, applied.size()), wall, cpu, threads);

                seen = applied.size();
                wall = System.nanoTime();
                cpu = threads.getCurrentThreadCpuTime();
                CopyPlan again = copier.plan(options);
                List<SegmentRequestRecord> all = simulator.requestLog();
                Phase replan = phase("plan again", all.subList(seen, all.size()), wall, cpu, threads);
                return new Result(sources, destinations, subscriptions, requestsPerSecond, planned, apply, replan,
                        plan, report, again);
            } finally {
                context.close();
            }
        }
    }

    private static Phase phase(String name, List<SegmentRequestRecord> log, long wallStart, long cpuStart,
            ThreadMXBean threads) {
        long wall = (System.nanoTime() - wallStart) / 1_000_000;
        long cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        Map<SegmentRequestRecord, Long> counts = log.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        long repeated = counts.values().stream().mapToLong(c -> c - 1).sum();
        Map<String, Long> byOperation = new TreeMap<>(log.stream().collect(Collectors.groupingBy(
                SegmentRequestRecord::operationId, Collectors.counting())));
        return new Phase(name, log.size(), repeated, byOperation, wall, cpu);
    }
}
