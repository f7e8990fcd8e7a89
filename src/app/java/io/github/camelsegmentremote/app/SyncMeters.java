package io.github.camelsegmentremote.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

import io.github.camelsegmentremote.sync.SyncRunStats;
import io.github.camelsegmentremote.sync.management.SyncManagement;
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
 * <li>{@code camel_segment_remote_sync_employees_total{result=seen|changed|unchanged|skipped|failed}} and
 * {@code camel_segment_remote_sync_identifies_sent_total}, {@code ..._offboarding_events_sent_total},
 * {@code ..._full_records_read_total} (polling runs and live path)</li>
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
    private final SyncManagement sync;

    private SyncMeters(MeterRegistry registry, SyncManagement sync) {
        this.registry = registry;
        this.sync = sync;
    }

    /** Registers the meters of one sync; {@link #remove()} takes them away again. */
    static SyncMeters bind(SyncManagement sync, MeterRegistry registry) {
        SyncMeters bound = new SyncMeters(registry, sync);
        bound.counter("runs", "Finished sync runs by outcome", "outcome", "succeeded",
                s -> s.history().counts().succeeded());
        bound.counter("runs", "Finished sync runs by outcome", "outcome", "failed",
                s -> s.history().counts().failed());
        bound.employees("seen", SyncRunStats::employeesSeen);
        bound.employees("changed", SyncRunStats::changedEmployees);
        bound.employees("unchanged", SyncRunStats::unchangedEmployees);
        bound.employees("skipped", SyncRunStats::skippedEmployees);
        bound.employees("failed", SyncRunStats::failedEmployees);
        bound.counter("identifies.sent", "Identifies Segment accepted", null, null,
                s -> s.runs().totals().sentIdentifies());
        bound.counter("offboarding.events.sent", "Offboarding track events Segment accepted", null, null,
                s -> s.runs().totals().offboardingEvents());
        bound.counter("full.records.read", "Full employment records read from Remote", null, null,
                s -> s.runs().totals().fullRecordsRead());
        bound.meters.add(FunctionTimer.builder(PREFIX + "run.duration", sync, s -> s.history().counts().finished(),
                        s -> s.history().counts().millis(), TimeUnit.MILLISECONDS)
                .description("Duration of the finished sync runs").tag("sync", sync.getName()).register(registry));
        bound.gauge("last.run.duration", "Duration of the last finished run", "seconds",
                s -> s.history().lastFinished().map(r -> r.duration().toMillis() / 1000.0).orElse(Double.NaN));
        bound.gauge("last.success.timestamp", "When the last successful run finished (Unix time; NaN before)",
                "seconds", s -> s.history().lastSuccessTime() == null ? Double.NaN
                        : s.history().lastSuccessTime().toEpochMilli() / 1000.0);
        bound.gauge("state.employments", "Employment states in the sync's store (-1 when unknown)", null,
                SyncManagement::stateSize);
        bound.gauge("run.in.progress", "1 while a run is in progress, else 0", null,
                s -> s.runs().currentRun() == null ? 0 : 1);
        return bound;
    }

    private void employees(String result, ToDoubleFunction<SyncRunStats> count) {
        counter("employees", "Employments by result (polling runs and live path)", "result", result,
                s -> count.applyAsDouble(s.runs().totals()));
    }

    private void counter(String meter, String description, String tag, String value,
            ToDoubleFunction<SyncManagement> count) {
        FunctionCounter.Builder<SyncManagement> builder = FunctionCounter.builder(PREFIX + meter, sync, count)
                .description(description).tag("sync", sync.getName());
        if (tag != null) {
            builder.tag(tag, value);
        }
        meters.add(builder.register(registry));
    }

    private void gauge(String meter, String description, String unit, ToDoubleFunction<SyncManagement> value) {
        meters.add(Gauge.builder(PREFIX + meter, sync, value).description(description).baseUnit(unit)
                .tag("sync", sync.getName()).register(registry));
    }

    /** Removes this sync's meters (its management stopped). */
    void remove() {
        meters.forEach(registry::remove);
        meters.clear();
    }
}
