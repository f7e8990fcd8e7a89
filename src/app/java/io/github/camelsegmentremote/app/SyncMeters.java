package io.github.camelsegmentremote.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

import io.github.camelsegmentremote.sync.management.SyncManagement;
import io.github.camelsegmentremote.sync.management.SyncRunSnapshot;
import io.github.camelsegmentremote.sync.management.SyncTotals;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The sync's series in Micrometer (in the app: {@code /actuator/prometheus}), read from its
 * {@link SyncManagement} at each scrape, tagged {@code sync=NAME}:
 * <ul>
 * <li>{@code camel_segment_remote_sync_runs_total{outcome=succeeded|failed}}</li>
 * <li>{@code camel_segment_remote_sync_employees_total{result=sent|unchanged|skipped|failed}}</li>
 * <li>{@code camel_segment_remote_sync_run_duration_seconds_count/_sum} and
 * {@code camel_segment_remote_sync_last_run_duration_seconds}</li>
 * <li>{@code camel_segment_remote_sync_last_success_timestamp_seconds} (NaN before the first successful run)</li>
 * <li>{@code camel_segment_remote_sync_state_employments} and {@code camel_segment_remote_sync_run_in_progress}</li>
 * </ul>
 */
final class SyncMeters {

    static final String PREFIX = "camel.segment.remote.sync.";

    private final List<Meter> meters = new ArrayList<>();
    private final MeterRegistry registry;

    private SyncMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Registers the meters of one sync; {@link #remove()} takes them away again. */
    static SyncMeters bind(SyncManagement sync, MeterRegistry registry) {
        SyncMeters bound = new SyncMeters(registry);
        String name = sync.getName();
        bound.counter("runs", "Finished sync runs by outcome", name, "outcome", "succeeded", sync,
                s -> s.history().totals().runsSucceeded());
        bound.counter("runs", "Finished sync runs by outcome", name, "outcome", "failed", sync,
                s -> s.history().totals().runsFailed());
        bound.employees(name, "sent", sync, SyncTotals::sent);
        bound.employees(name, "unchanged", sync, SyncTotals::unchanged);
        bound.employees(name, "skipped", sync, SyncTotals::skipped);
        bound.employees(name, "failed", sync, SyncTotals::failed);
        bound.meters.add(FunctionTimer.builder(PREFIX + "run.duration", sync, s -> s.history().totals().runs(),
                        s -> s.history().totals().runMillis(), TimeUnit.MILLISECONDS)
                .description("Duration of the finished sync runs").tag("sync", name).register(registry));
        bound.gauge("last.run.duration", "Duration of the last finished run", "seconds", name, sync,
                s -> s.history().lastFinished().map(r -> r.duration(r.finished()).toMillis() / 1000.0)
                        .orElse(Double.NaN));
        bound.gauge("last.success.timestamp", "When the last successful run finished (Unix time; NaN before)",
                "seconds", name, sync, s -> s.history().lastSuccessTime() == null ? Double.NaN
                        : s.history().lastSuccessTime().toEpochMilli() / 1000.0);
        bound.gauge("state.employments", "Employment states in the sync's store (-1 when unknown)", null, name,
                sync, SyncManagement::stateSize);
        bound.gauge("run.in.progress", "1 while a run is in progress, else 0", null, name, sync,
                s -> s.history().current().map(SyncRunSnapshot::pagesRead).isPresent() ? 1 : 0);
        return bound;
    }

    private void employees(String name, String result, SyncManagement sync, ToDoubleFunction<SyncTotals> count) {
        counter("employees", "Employments by result (poll runs and live path)", name, "result", result, sync,
                s -> count.applyAsDouble(s.history().totals()));
    }

    private void counter(String meter, String description, String name, String tag, String value,
            SyncManagement sync, ToDoubleFunction<SyncManagement> count) {
        meters.add(FunctionCounter.builder(PREFIX + meter, sync, count).description(description).tag("sync", name)
                .tag(tag, value).register(registry));
    }

    private void gauge(String meter, String description, String unit, String name, SyncManagement sync,
            ToDoubleFunction<SyncManagement> value) {
        meters.add(Gauge.builder(PREFIX + meter, sync, value).description(description).baseUnit(unit)
                .tag("sync", name).register(registry));
    }

    /** Removes this sync's meters (its management stopped). */
    void remove() {
        meters.forEach(registry::remove);
        meters.clear();
    }
}
