package io.github.camelsegmentremote.sandbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a workspace does with a source's events on their way to destinations: destination subscriptions,
 * transformations, insert function instances, and the rules of its tracking plans. Thread-safe (every change
 * runs under the lock of the workspace that owns it). Ids and references are checked as the Public API checks
 * them: 404 for an unknown path id, 422 naming the field for an unknown id in a body.
 */
public final class SegmentDeliveryStore {

    private final SegmentWorkspace workspace;
    private final SegmentIds ids;
    private final Map<String, SegmentSubscription> subscriptions = new LinkedHashMap<>();
    private final Map<String, SegmentTransformation> transformations = new LinkedHashMap<>();
    private final Map<String, SegmentInsertFunctionInstance> insertInstances = new LinkedHashMap<>();
    private final Map<String, ArrayNode> rulesByPlan = new LinkedHashMap<>();

    SegmentDeliveryStore(SegmentWorkspace workspace, SegmentIds ids) {
        this.workspace = workspace;
        this.ids = ids;
    }

    // ---- subscriptions

    public List<SegmentSubscription> subscriptionsOf(String destinationId) {
        synchronized (workspace) {
            workspace.requireDestination(destinationId);
            return subscriptions.values().stream().filter(s -> s.destinationId().equals(destinationId)).toList();
        }
    }

    public Optional<SegmentSubscription> subscriptionById(String subscriptionId) {
        synchronized (workspace) {
            return Optional.ofNullable(subscriptions.get(subscriptionId));
        }
    }

    /** {@code createDestinationSubscription}: the action must be one of the destination type's in this region. */
    SegmentSubscription createSubscription(String destinationId, String name, String actionId, String trigger,
            boolean enabled, ObjectNode settings) {
        synchronized (workspace) {
            SegmentDestination destination = workspace.requireDestination(destinationId);
            SegmentDestinationMetadata metadata = workspace.catalog().destination(destination.metadataId())
                    .orElseThrow();
            SegmentDestinationAction action = metadata.action(actionId, workspace.region()).orElseThrow(
                    () -> SegmentInput.invalid("actionId", "Action '" + actionId + "' is not an action of "
                            + metadata.name() + " in region " + workspace.region()));
            SegmentFql.require(trigger, "trigger");
            SegmentSubscription subscription = new SegmentSubscription(ids.resourceId(), name, action.id(),
                    action.slug(), destinationId, enabled, SegmentSettings.copyOf(settings), trigger);
            subscriptions.put(subscription.id(), subscription);
            return subscription;
        }
    }

    /** {@code updateSubscriptionForDestination}: the fields given replace the current ones (settings whole). */
    SegmentSubscription updateSubscription(String destinationId, String subscriptionId, String name, String trigger,
            Boolean enabled, ObjectNode settings) {
        synchronized (workspace) {
            workspace.requireDestination(destinationId);
            SegmentSubscription current = subscriptions.get(subscriptionId);
            if (current == null || !current.destinationId().equals(destinationId)) {
                throw new SandboxException(404, "Subscription '" + subscriptionId + "' not found for destination "
                        + destinationId);
            }
            if (trigger != null) {
                SegmentFql.require(trigger, "input.trigger");
            }
            SegmentSubscription updated = current.with(name, trigger, enabled,
                    settings == null ? null : SegmentSettings.copyOf(settings));
            subscriptions.put(updated.id(), updated);
            return updated;
        }
    }

    // ---- transformations

    public List<SegmentTransformation> transformations() {
        synchronized (workspace) {
            return List.copyOf(transformations.values());
        }
    }

    SegmentTransformation saveTransformation(SegmentTransformation transformation) {
        synchronized (workspace) {
            if (workspace.source(transformation.sourceId()).filter(s -> s.id().equals(transformation.sourceId()))
                    .isEmpty()) {
                throw SegmentInput.invalid("sourceId", "source '" + transformation.sourceId()
                        + "' does not exist in this workspace");
            }
            if (transformation.destinationMetadataId() != null
                    && workspace.catalog().destination(transformation.destinationMetadataId()).isEmpty()) {
                throw SegmentInput.invalid("destinationMetadataId", "unknown destination metadata id '"
                        + transformation.destinationMetadataId() + "'");
            }
            SegmentFql.require(transformation.condition(), "if");
            transformations.put(transformation.id(), transformation);
            return transformation;
        }
    }

    SegmentTransformation requireTransformation(String transformationId) {
        synchronized (workspace) {
            SegmentTransformation transformation = transformations.get(transformationId);
            if (transformation == null) {
                throw new SandboxException(404, "Transformation '" + transformationId + "' not found");
            }
            return transformation;
        }
    }

    String newId() {
        return ids.resourceId();
    }

    // ---- insert function instances

    public List<SegmentInsertFunctionInstance> insertFunctionInstances() {
        synchronized (workspace) {
            return List.copyOf(insertInstances.values());
        }
    }

    List<SegmentInsertFunctionInstance> insertFunctionInstancesOf(String functionId) {
        synchronized (workspace) {
            requireInsertFunction(functionId, "functionId");
            return insertInstances.values().stream().filter(i -> i.functionId().equals(functionId)).toList();
        }
    }

    /**
     * {@code createInsertFunctionInstance}: a source insert function goes on a source, a destination one on a
     * destination; a function runs once per integration (409 for a second instance).
     */
    SegmentInsertFunctionInstance createInsertFunctionInstance(String functionId, String integrationId, String name,
            boolean enabled, ObjectNode settings) {
        synchronized (workspace) {
            SegmentFunction function = requireInsertFunction(functionId, "functionId");
            boolean onSource = function.resourceType().equals("INSERT_SOURCE");
            boolean exists = onSource ? workspace.source(integrationId).filter(s -> s.id().equals(integrationId))
                    .isPresent() : workspace.destination(integrationId).isPresent();
            if (!exists) {
                throw SegmentInput.invalid("integrationId", (onSource ? "source '" : "destination '")
                        + integrationId + "' does not exist in this workspace (function " + function.displayName()
                        + " is of type " + function.resourceType() + ")");
            }
            if (insertInstances.values().stream().anyMatch(i -> i.functionId().equals(functionId)
                    && i.integrationId().equals(integrationId))) {
                throw new SandboxException(409, "Function " + functionId + " already has an instance on "
                        + integrationId);
            }
            Instant now = Instant.now();
            SegmentInsertFunctionInstance instance = new SegmentInsertFunctionInstance(ids.resourceId(), name,
                    functionId, integrationId, enabled, SegmentSettings.copyOf(settings), SandboxJson.object(), now,
                    now);
            insertInstances.put(instance.id(), instance);
            return instance;
        }
    }

    SegmentInsertFunctionInstance updateInsertFunctionInstance(String instanceId, String name, Boolean enabled,
            ObjectNode settings) {
        synchronized (workspace) {
            SegmentInsertFunctionInstance current = insertInstances.get(instanceId);
            if (current == null) {
                throw new SandboxException(404, "Insert function instance '" + instanceId + "' not found");
            }
            SegmentInsertFunctionInstance updated = current.with(name, enabled, SegmentSettings.copyOf(settings),
                    Instant.now());
            insertInstances.put(updated.id(), updated);
            return updated;
        }
    }

    private SegmentFunction requireInsertFunction(String functionId, String field) {
        Optional<SegmentFunction> function = workspace.functions().stream().filter(f -> f.id().equals(functionId))
                .findFirst();
        if (function.isEmpty() || !function.get().resourceType().startsWith("INSERT_")
                || function.get().resourceType().equals("INSERT_TRANSFORMATION")) {
            throw SegmentInput.invalid(field, "'" + functionId + "' is not an insert function of this workspace");
        }
        return function.get();
    }

    // ---- tracking plan rules

    public ArrayNode rulesOf(String trackingPlanId) {
        synchronized (workspace) {
            workspace.requirePlan(trackingPlanId);
            return rulesByPlan.getOrDefault(trackingPlanId, SandboxJson.array()).deepCopy();
        }
    }

    /** {@code replaceRulesInTrackingPlan}: the plan gets exactly these rules ({@code RuleInputV1}, checked). */
    void replaceRules(String trackingPlanId, ArrayNode rules) {
        synchronized (workspace) {
            workspace.requirePlan(trackingPlanId);
            ArrayNode stored = SandboxJson.array();
            String now = Instant.now().toString();
            for (int i = 0; i < rules.size(); i++) {
                stored.add(SegmentRules.check(rules.get(i), "rules[" + i + "]").put("createdAt", now)
                        .put("updatedAt", now));
            }
            rulesByPlan.put(trackingPlanId, stored);
        }
    }

    // ---- seeding and clean-up

    void seedSubscription(SegmentSubscription subscription) {
        synchronized (workspace) {
            subscriptions.put(subscription.id(), subscription);
        }
    }

    void seedTransformation(SegmentTransformation transformation) {
        synchronized (workspace) {
            transformations.put(transformation.id(), transformation);
        }
    }

    void seedInsertFunctionInstance(SegmentInsertFunctionInstance instance) {
        synchronized (workspace) {
            insertInstances.put(instance.id(), instance);
        }
    }

    void seedRules(String trackingPlanId, ArrayNode rules) {
        synchronized (workspace) {
            rulesByPlan.put(trackingPlanId, rules.deepCopy());
        }
    }

    /** What belonged to a deleted source or destination goes with it. */
    void forget(String integrationId) {
        synchronized (workspace) {
            subscriptions.values().removeIf(s -> s.destinationId().equals(integrationId));
            transformations.values().removeIf(t -> t.sourceId().equals(integrationId));
            insertInstances.values().removeIf(i -> i.integrationId().equals(integrationId));
        }
    }
}
