package io.github.camelsegmentremote.copy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.camelsegmentremote.segment.model.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the apply step has done for one source so far. */
final class ApplyProgress {

    private static final Logger LOG = LoggerFactory.getLogger(ApplyProgress.class);

    final SourcePlan plan;
    String targetId;
    private Boolean writeKeyPresent;
    private final List<String> done = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    final List<DestinationResult> destinations = new ArrayList<>();
    final List<ItemResult> items = new ArrayList<>();
    String error;

    ApplyProgress(SourcePlan plan) {
        this.plan = plan;
        this.targetId = plan.targetSourceId();
        if (plan.action() == PlanAction.skip) {
            notes.add(plan.reason());
        }
        notes.addAll(plan.warnings());
    }

    /** Whether the plan changes anything for this source. */
    boolean acts() {
        return plan.action() == PlanAction.create || plan.action() == PlanAction.update;
    }

    void done(String step) {
        done.add(step);
    }

    void note(String note) {
        notes.add(note);
    }

    void writeKey(Source source) {
        writeKeyPresent = source.getWriteKeys() != null && !source.getWriteKeys().isEmpty();
    }

    void fail(String message) {
        LOG.warn("Copying source {} failed: {}", plan.slug(), message);
        error = error == null ? message : error + "; " + message;
    }

    /** The target id of the source's destination of this name, once it exists. */
    Optional<String> destinationId(String name) {
        return destinations.stream().filter(d -> d.name().equals(name) && d.targetDestinationId() != null)
                .map(DestinationResult::targetDestinationId).findFirst();
    }

    SourceResult result() {
        boolean itemFailed = items.stream().anyMatch(i -> i.outcome() == Outcome.failed);
        Outcome outcome = error != null || itemFailed ? Outcome.failed : switch (plan.action()) {
            case create -> Outcome.created;
            case update -> Outcome.updated;
            case unchanged -> Outcome.unchanged;
            case skip -> Outcome.skipped;
        };
        return new SourceResult(plan.slug(), plan.name(), plan.action(), outcome, plan.sourceId(), targetId,
                writeKeyPresent, done, notes, plan.missingSecrets(), destinations, items, error);
    }
}
