package io.github.camelsegmentremote.sync.management;

import java.util.Map;
import java.util.Optional;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Camel health check {@code sync:NAME} (in the app: {@code /actuator/health}, under {@code camelHealth}): DOWN when
 * the last finished run failed (an employment that failed, or the run itself), or when no run succeeded within two
 * poll intervals (counted from the start while none has succeeded yet). A readiness check only: restarting the
 * application does not make Remote or Segment answer.
 */
final class SyncHealthCheck extends AbstractHealthCheck {

    private final SyncManagement management;

    SyncHealthCheck(SyncManagement management) {
        super("camel", "sync:" + management.getName());
        this.management = management;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        SyncRunHistory history = management.history();
        builder.detail("sync.interval.ms", management.getIntervalMillis());
        builder.detail("sync.running", management.runs().currentRun() != null);
        builder.detail("sync.state.size", management.stateSize());
        history.lastFinished().ifPresent(run -> {
            builder.detail("sync.last.run.outcome", SyncRunHistory.Outcome.of(run).name());
            builder.detail("sync.last.run.finished", run.finished().toString());
        });
        if (history.lastSuccessTime() != null) {
            builder.detail("sync.last.success", history.lastSuccessTime().toString());
        }
        Optional<String> unhealthy = management.unhealthyReason();
        if (unhealthy.isPresent()) {
            builder.message(unhealthy.get()).down();
        } else {
            builder.up();
        }
    }
}
