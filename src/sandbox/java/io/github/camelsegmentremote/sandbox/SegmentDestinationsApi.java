package io.github.camelsegmentremote.sandbox;

import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Public API operations on destinations (their filters: {@link SegmentFiltersApi}). */
final class SegmentDestinationsApi {

    private static final Set<String> CREATE_FIELDS = Set.of("sourceId", "metadataId", "enabled", "name",
            "settings");
    private static final Set<String> UPDATE_FIELDS = Set.of("name", "enabled", "settings");

    private SegmentDestinationsApi() {
    }

    static void register(SegmentApiHandlers handlers) {
        handlers.on("listDestinations",
                c -> c.page("destinations", c.workspace().destinations(), c.workspace()::toJson, true))
                .on("getDestination", c -> destination(c,
                        c.workspace().requireDestination(c.pathParam("destinationId"))))
                .on("createDestination", SegmentDestinationsApi::createDestination)
                .on("updateDestination", SegmentDestinationsApi::updateDestination)
                .on("deleteDestination", c -> {
                    c.workspace().deleteDestination(c.pathParam("destinationId"));
                    return c.success();
                });
    }

    private static SandboxResponse createDestination(SegmentApiCall call) {
        ObjectNode body = call.body();
        SegmentInput.allowOnly(body, CREATE_FIELDS, null);
        String sourceId = SegmentInput.requiredText(body, "sourceId", "sourceId");
        String metadataId = SegmentInput.requiredText(body, "metadataId", "metadataId");
        ObjectNode settings = SegmentInput.optionalObject(body, "settings");
        if (settings == null) {
            throw SegmentInput.invalid("settings", "\"settings\" is required");
        }
        SegmentDestination destination = call.workspace().createDestination(sourceId, metadataId,
                SegmentInput.optionalText(body, "name"), SegmentInput.optionalBoolean(body, "enabled"), settings);
        return destination(call, destination);
    }

    private static SandboxResponse updateDestination(SegmentApiCall call) {
        ObjectNode body = call.body();
        SegmentInput.allowOnly(body, UPDATE_FIELDS, null);
        SegmentDestination destination = call.workspace().updateDestination(call.pathParam("destinationId"),
                SegmentInput.optionalText(body, "name"), SegmentInput.optionalBoolean(body, "enabled"),
                SegmentInput.optionalObject(body, "settings"));
        return destination(call, destination);
    }

    private static SandboxResponse destination(SegmentApiCall call, SegmentDestination destination) {
        return call.single("destination", call.workspace().toJson(destination));
    }
}
