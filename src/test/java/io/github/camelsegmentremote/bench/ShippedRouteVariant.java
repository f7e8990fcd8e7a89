package io.github.camelsegmentremote.bench;

import io.github.camelsegmentremote.sync.SyncRouteProperties;
import java.time.Duration;
import java.util.Properties;

import io.github.camelsegmentremote.sync.SyncRuns;
import io.github.camelsegmentremote.sync.FullRecordMode;
import io.github.camelsegmentremote.sync.SyncRunStats;
import io.github.camelsegmentremote.sync.SyncRuns;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/**
 * This project: the shipped Job 1 route (routes/sync-remote-employees-to-segment.camel.yaml) loaded as written
 * into a plain CamelContext, as SyncRouteTest does. The timed sync is the route's first poll, from starting the
 * route until its run summary appears (every identify accepted by Segment and recorded in the state file); the
 * second phase stops and starts the route again for an unchanged re-sync.
 */
final class ShippedRouteVariant implements SyncVariant {

    static final String ROUTE_FILE = "file:routes/sync-remote-employees-to-segment.camel.yaml";
    static final String ROUTE_ID = "sync-remote-employees-to-segment";
    /** The shipped default batch size. */
    static final int BATCH_SIZE = 100;
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(20);

    private final FullRecordMode fullRecord;
    private final int batchSize;

    ShippedRouteVariant(FullRecordMode fullRecord, int batchSize) {
        this.fullRecord = fullRecord;
        this.batchSize = batchSize;
    }

    @Override
    public String id() {
        return Variants.PROJECT + (fullRecord == FullRecordMode.never ? "" : "-" + fullRecord)
                + (batchSize == BATCH_SIZE ? "" : "-batch" + batchSize);
    }

    @Override
    public VariantRun run(BenchTarget target) throws Exception {
        Stopwatch setup = Stopwatch.start();
        CamelContext context = new DefaultCamelContext();
        context.getPropertiesComponent().setInitialProperties(properties(target));
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.resolveMandatoryResource(context,
                ROUTE_FILE));
        // Started by hand below, so the timed sync starts with the route's first poll.
        context.setAutoStartup(false);
        context.start();
        try {
            SyncRuns sync = context.getRegistry().lookupByNameAndType("syncRuns", SyncRuns.class);
            double setupMillis = setup.millis();

            Stopwatch syncWatch = Stopwatch.start();
            context.getRouteController().startRoute(ROUTE_ID);
            SyncRunStats first = awaitRun(sync, null);
            VariantRun synced = new VariantRun(setupMillis, syncWatch, first.sentIdentifies(), null, settings());
            context.getRouteController().stopRoute(ROUTE_ID);

            SandboxCounts before = SandboxCounts.read(target);
            Stopwatch resyncWatch = Stopwatch.start();
            context.getRouteController().startRoute(ROUTE_ID);
            SyncRunStats second = awaitRun(sync, first);
            return synced.withSecond(new VariantRun.SecondPhase("re-sync", resyncWatch, second.sentIdentifies(),
                    SandboxCounts.read(target).minus(before)));
        } finally {
            context.stop();
        }
    }

    private String settings() {
        return "shipped YAML route, fullRecord=" + fullRecord + ", identifyFirst=false, batchSize=" + batchSize
                + ", page exchanges of 100, maxInFlight=10 pages, senderThreads=2 (default), client rate limit off, "
                + "offboarding event off, file state store";
    }

    private Properties properties(BenchTarget target) {
        // One poll per route start: the next scheduled poll is an hour away.
        Properties p = SyncRouteProperties.of(target.remoteBaseUrl(), target.trackingBaseUrl(),
                target.workDir().resolve("state"));
        p.put("sync.full-record", fullRecord.name());
        p.put("sync.batch-size", String.valueOf(batchSize));
        p.put("sync.flush-interval", "1000");
        // The other variants send identifies only; the shipped default would add a track per seeded leaver.
        p.put("sync.offboarded-event", "");
        // One identify per employee, as the other variants send (the harness checks N identifies); identify-first
        // is measured on its own, with Remote's rate limit on (RateLimitedFirstSync).
        p.put("sync.identify-first", "false");
        return p;
    }

    /** Waits until a run other than {@code previous} finished and returns it. */
    private static SyncRunStats awaitRun(SyncRuns sync, SyncRunStats previous) throws InterruptedException {
        long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
        while (true) {
            SyncRunStats run = sync.lastRun();
            if (run != null && run != previous) {
                return run;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no sync run finished within " + RUN_TIMEOUT);
            }
            Thread.sleep(2);
        }
    }
}
