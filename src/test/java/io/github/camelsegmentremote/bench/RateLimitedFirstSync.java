package io.github.camelsegmentremote.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SegmentEventLog;
import io.github.camelsegmentremote.sync.SyncRouteProperties;
import io.github.camelsegmentremote.sync.SyncRuns;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/**
 * A first sync under Remote's rate limit: the sandbox limits Remote to {@code rpm} requests per minute (answering 429
 * above it) and the route's client limits itself to the same. The shipped route with {@code fullRecord=changed}
 * reads one full record per new employee; this measures, from the route's start, when every employee is identified
 * in Segment and when every one carries its full-record traits ({@code startDate}, which the list item lacks):
 * {@code RateLimitedFirstSync <employees> <rpm> <identifyFirst>}.
 */
public final class RateLimitedFirstSync {

    private RateLimitedFirstSync() {
    }

    public static void main(String[] args) throws Exception {
        int employees = Integer.parseInt(args[0]);
        int rpm = Integer.parseInt(args[1]);
        boolean identifyFirst = Boolean.parseBoolean(args[2]);
        Path dataDir = Files.createTempDirectory("rate-limited-sync");
        try (Sandbox sandbox = Sandbox.builder().employees(employees).remoteRequestsPerMinute(rpm).start()) {
            Properties p = SyncRouteProperties.forSandbox(sandbox, dataDir);
            p.put("remote.requests-per-minute", String.valueOf(rpm));
            p.put("sync.full-record", "changed");
            p.put("sync.identify-first", String.valueOf(identifyFirst));
            p.put("sync.offboarded-event", "");
            CamelContext context = new DefaultCamelContext();
            context.getPropertiesComponent().setInitialProperties(p);
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.resolveMandatoryResource(context,
                    ShippedRouteVariant.ROUTE_FILE));
            SegmentEventLog events = sandbox.segmentWorld().us().events();
            List<String> ids = sandbox.remoteSimulator().employmentIds().toList();
            long start = System.nanoTime();
            context.start();
            double identified = -1;
            double enriched = -1;
            SyncRuns runs = context.getRegistry().lookupByNameAndType("syncRuns", SyncRuns.class);
            while (enriched < 0 && System.nanoTime() - start < Duration.ofMinutes(40).toNanos()) {
                Thread.sleep(500);
                double now = (System.nanoTime() - start) / 1e9;
                if (identified < 0 && events.distinctUserIds() == employees) {
                    identified = now;
                    System.out.printf("every employee identified after %.1f s%n", now);
                }
                if (identified >= 0 && ids.stream().allMatch(id -> events.latestTraits(id)
                        .map(t -> t.hasNonNull("startDate")).orElse(false))) {
                    enriched = now;
                    System.out.printf("every employee with full traits after %.1f s%n", now);
                }
            }
            context.stop();
            System.out.printf("RATE-LIMITED N=%d rpm=%d identifyFirst=%s: identified %.1f s, full traits %.1f s, "
                    + "Remote requests %s, Segment requests %d, identifies %d, run %s%n", employees, rpm,
                    identifyFirst, identified, enriched, sandbox.remoteSimulator().inspect().path("requests"),
                    sandbox.segmentWorld().tracking("us").requests(), events.accepted("identify"), runs.lastRun());
        }
    }
}
