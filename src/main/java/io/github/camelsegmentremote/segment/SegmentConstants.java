package io.github.camelsegmentremote.segment;

import org.apache.camel.spi.Metadata;

/**
 * Message headers of the {@code segment:} component.
 */
public final class SegmentConstants {

    @Metadata(description = "Overrides the endpoint's operation for this message (a Public API operationId or a "
            + "Tracking API call)", javaType = "String")
    public static final String OPERATION = "CamelSegmentOperation";

    // ---- Public API headers ----

    @Metadata(label = "producer", description = "Path parameters for this message by name (sourceId, "
            + "destinationId, ...). One path parameter can also come from its own header: CamelSegment followed "
            + "by its name with a capital first letter (CamelSegmentSourceId for {sourceId}, CamelSegmentId for "
            + "{id}). Headers override the endpoint's options", javaType = "Map<String, Object>")
    public static final String PATH_PARAMETERS = "CamelSegmentPathParameters";
    @Metadata(label = "producer", description = "The {sourceId} path parameter (getSource, updateSource, "
            + "listSchemaSettingsInSource, updateSchemaSettingsInSource, listConnectedDestinationsFromSource, ...)",
              javaType = "String")
    public static final String SOURCE_ID = "CamelSegmentSourceId";
    @Metadata(label = "producer", description = "The {destinationId} path parameter (getDestination, "
            + "updateDestination, listFiltersFromDestination, ...): a destination instance id, not its metadata "
            + "id", javaType = "String")
    public static final String DESTINATION_ID = "CamelSegmentDestinationId";
    @Metadata(label = "producer", description = "The {trackingPlanId} path parameter (getTrackingPlan, "
            + "listSourcesFromTrackingPlan, addSourceToTrackingPlan, ...)", javaType = "String")
    public static final String TRACKING_PLAN_ID = "CamelSegmentTrackingPlanId";
    @Metadata(label = "producer", description = "The {warehouseId} path parameter", javaType = "String")
    public static final String WAREHOUSE_ID = "CamelSegmentWarehouseId";
    @Metadata(label = "producer", description = "The {spaceId} path parameter (Engage / Unify operations)",
              javaType = "String")
    public static final String SPACE_ID = "CamelSegmentSpaceId";
    @Metadata(label = "producer", description = "Legacy Config API: the {workspace} path parameter (the "
            + "workspace slug)", javaType = "String")
    public static final String WORKSPACE = "CamelSegmentWorkspace";
    @Metadata(label = "producer", description = "Query parameters for this message by name, added to the "
            + "endpoint's queryParameters (a Collection value sends the parameter once per element)",
              javaType = "Map<String, Object>")
    public static final String QUERY = "CamelSegmentQuery";
    @Metadata(label = "producer", description = "List operations: fetch only the page at this cursor (the "
            + "value of CamelSegmentNextCursor from the previous page)", javaType = "String")
    public static final String CURSOR = "CamelSegmentCursor";
    @Metadata(label = "producer", description = "List operations read one page at a time (allPages=false or "
            + "CamelSegmentCursor): the cursor of the next page, absent on the last page", javaType = "String")
    public static final String NEXT_CURSOR = "CamelSegmentNextCursor";
    @Metadata(label = "producer", description = "List operations: the number of items in all pages, when "
            + "Segment says", javaType = "Long")
    public static final String TOTAL_ENTRIES = "CamelSegmentTotalEntries";
    @Metadata(label = "producer", description = "The request id Segment gave the answer, when it sends one",
              javaType = "String")
    public static final String REQUEST_ID = "CamelSegmentRequestId";
    @Metadata(label = "consumer", description = "Consumer with changedOnly=true: created, updated or deleted (a "
            + "deleted item's exchange has no body)", javaType = "String")
    public static final String CHANGE = "CamelSegmentChange";
    @Metadata(label = "consumer", description = "Consumer: the polled item's id (the Config API's resource name)",
              javaType = "String")
    public static final String ITEM_ID = "CamelSegmentItemId";

    /** A path parameter's own header is this prefix and the parameter's name with a capital first letter. */
    static final String PATH_PARAMETER_HEADER_PREFIX = "CamelSegment";

    // ---- Tracking API headers ----

    @Metadata(label = "producer", description = "A key of the message (an employment id and a hash of its "
            + "content, say): the messageId is derived from it, so sending the same message again is de-duplicated "
            + "by Segment. Without it, each message gets a random messageId (kept across retries). A messageId in "
            + "the message itself wins", javaType = "String")
    public static final String MESSAGE_ID_KEY = "CamelSegmentMessageIdKey";
    @Metadata(label = "producer", description = "The messageId of the message sent (identify, track, group, page, "
            + "screen, alias)", javaType = "String")
    public static final String MESSAGE_ID = "CamelSegmentMessageId";
    @Metadata(label = "producer", description = "The messageIds of the messages of a batch exchange, in order",
              javaType = "java.util.List<String>")
    public static final String MESSAGE_IDS = "CamelSegmentMessageIds";
    @Metadata(label = "producer", description = "Messages in the Tracking API request that carried the exchange's "
            + "(last) message", javaType = "Integer")
    public static final String BATCH_SIZE = "CamelSegmentBatchSize";
    @Metadata(label = "producer", description = "HTTP status of the Tracking API answer to that request (0 when "
            + "none came)", javaType = "Integer")
    public static final String RESPONSE_STATUS = "CamelSegmentResponseStatus";

    private SegmentConstants() {
    }
}
