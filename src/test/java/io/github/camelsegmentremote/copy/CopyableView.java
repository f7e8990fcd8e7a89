package io.github.camelsegmentremote.copy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsegmentremote.sandbox.SegmentCatalog;
import io.github.camelsegmentremote.sandbox.SegmentDestination;
import io.github.camelsegmentremote.sandbox.SegmentFunction;
import io.github.camelsegmentremote.sandbox.SegmentInsertFunctionInstance;
import io.github.camelsegmentremote.sandbox.SegmentIntegrationOption;
import io.github.camelsegmentremote.sandbox.SegmentLabel;
import io.github.camelsegmentremote.sandbox.SegmentSource;
import io.github.camelsegmentremote.sandbox.SegmentWorkspace;

/**
 * Everything a copy can copy of some sources of a sandbox workspace, read from the sandbox's own state (not through
 * the copy), without ids: every reference is by slug or name (forwarding targets, destinations, insert functions,
 * warehouses, tracking plans), and secret values are left out. Two workspaces with equal views hold the same
 * copyable configuration, field by field.
 */
final class CopyableView {

    private CopyableView() {
    }

    static Map<String, Object> of(SegmentWorkspace ws, SegmentCatalog catalog, Set<String> slugs) {
        Map<String, Object> view = new TreeMap<>();
        Set<String> plans = new java.util.TreeSet<>();
        for (String slug : slugs) {
            SegmentSource source = ws.source(slug).orElseThrow(() -> new AssertionError(slug + " not in " + ws.slug()));
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", source.name());
            s.put("metadataId", source.metadataId());
            s.put("enabled", source.enabled());
            s.put("settings", withoutSecrets(source.settings(),
                    catalog.source(source.metadataId()).orElseThrow().options()));
            s.put("labels", source.labels().stream().map(SegmentLabel::id).sorted().toList());
            String plan = ws.trackingPlanOf(source.id()).flatMap(ws::trackingPlan).map(p -> p.name()).orElse(null);
            s.put("trackingPlan", plan);
            if (plan != null) {
                plans.add(plan);
            }
            ObjectNode schema = source.schemaSettings().toJson();
            for (String field : List.of("forwardingViolationsTo", "forwardingBlockedEventsTo")) {
                if (!schema.path(field).asText().isEmpty()) {
                    schema.put(field, ws.source(schema.get(field).asText()).orElseThrow().slug());
                }
            }
            s.put("schemaSettings", schema.toString());
            List<Object> destinations = new ArrayList<>();
            for (SegmentDestination d : ws.destinationsOf(source.id()).stream()
                    .sorted(Comparator.comparing(SegmentDestination::name)).toList()) {
                Map<String, Object> dv = new LinkedHashMap<>();
                dv.put("name", d.name());
                dv.put("metadataId", d.metadataId());
                dv.put("enabled", d.enabled());
                dv.put("settings", withoutSecrets(d.settings(), catalog.destination(d.metadataId()).orElseThrow()
                        .options()));
                dv.put("subscriptions", ws.delivery().subscriptionsOf(d.id()).stream()
                        .map(x -> List.of(x.name(), x.actionId(), x.trigger(), x.enabled(), x.settings().toString()))
                        .sorted(Comparator.comparing(Object::toString)).toList());
                dv.put("filters", ws.filtersOf(d.id()).stream()
                        .map(f -> List.of(f.title(), f.condition(), f.actions().toString(),
                                String.valueOf(f.description()), f.enabled()))
                        .sorted(Comparator.comparing(Object::toString)).toList());
                dv.put("insertFunctions", instances(ws, d.id()));
                destinations.add(dv);
            }
            s.put("destinations", destinations);
            s.put("transformations", ws.delivery().transformations().stream()
                    .filter(t -> t.sourceId().equals(source.id()))
                    .map(t -> List.of(t.name(), String.valueOf(t.destinationMetadataId()), t.enabled(), t.condition(),
                            String.valueOf(t.newEventName()), t.propertyRenames().toString(),
                            t.propertyValueTransformations().toString()))
                    .sorted(Comparator.comparing(Object::toString)).toList());
            s.put("insertFunctions", instances(ws, source.id()));
            s.put("warehouses", ws.warehousesOf(source.id()).stream().map(w -> w.settings().path("name").asText())
                    .filter(name -> !name.isEmpty()).sorted().toList());
            view.put(slug, s);
        }
        for (String plan : plans) {
            String id = ws.trackingPlans().stream().filter(p -> p.name().equals(plan)).findFirst().orElseThrow().id();
            List<String> rules = new ArrayList<>();
            ws.delivery().rulesOf(id).forEach(r -> {
                ObjectNode rule = ((ObjectNode) r).deepCopy();
                rule.remove(List.of("createdAt", "updatedAt"));
                rules.add(rule.toString());
            });
            view.put("trackingPlan " + plan, rules.stream().sorted().toList());
        }
        return view;
    }

    private static List<Object> instances(SegmentWorkspace ws, String integrationId) {
        return ws.delivery().insertFunctionInstances().stream().filter(i -> i.integrationId().equals(integrationId))
                .sorted(Comparator.comparing(SegmentInsertFunctionInstance::name))
                .map(i -> (Object) List.of(functionName(ws, i.functionId()), i.name(), i.enabled(),
                        i.settings().toString()))
                .toList();
    }

    private static String functionName(SegmentWorkspace ws, String functionId) {
        return ws.functions().stream().filter(f -> f.id().equals(functionId)).map(SegmentFunction::displayName)
                .findFirst().orElse("?" + functionId);
    }

    private static String withoutSecrets(ObjectNode settings, List<SegmentIntegrationOption> options) {
        ObjectNode copy = settings.deepCopy();
        options.stream().filter(SegmentIntegrationOption::secret).forEach(o -> copy.remove(o.name()));
        return sorted(copy).toString();
    }

    private static Map<String, String> sorted(JsonNode node) {
        Map<String, String> sorted = new TreeMap<>();
        node.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue().toString()));
        return sorted;
    }
}
