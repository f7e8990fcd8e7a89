package io.github.camelsegmentremote.sync;

import org.apache.camel.spi.Metadata;

/** Exchange properties and headers the sync's steps set and read. */
public final class SyncConstants {

    @Metadata(description = "Exchange property: the SyncBatch of the exchange (the messages to send, the states to "
            + "record once Segment accepted them, the employments whose full record is to be read)",
              javaType = "io.github.camelsegmentremote.sync.SyncBatch")
    public static final String BATCH = "CamelSyncBatch";

    @Metadata(description = "Exchange property: the SyncRun the exchange counts in",
              javaType = "io.github.camelsegmentremote.sync.SyncRun")
    public static final String RUN = "CamelSyncRun";

    @Metadata(description = "Exchange property: the full record being read (a SyncBatch.FullRecordRequest)",
              javaType = "io.github.camelsegmentremote.sync.SyncBatch.FullRecordRequest")
    public static final String FULL_RECORD_REQUEST = "CamelSyncFullRecordRequest";

    @Metadata(description = "Exchange property, webhook route: what became of the delivery (sent, unchanged, "
            + "ignored, unknown employment, failed)", javaType = "String")
    public static final String OUTCOME = "CamelSyncOutcome";

    private SyncConstants() {
    }
}
