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
