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

    private SegmentConstants() {
    }
}
