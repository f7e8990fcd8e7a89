package io.github.camelsegmentremote.segment.tracking;

/** The Tracking API's published limits, checked before anything is sent. */
public final class TrackingLimits {

    /** Largest serialised message Segment accepts: 32 KB. */
    public static final int MAX_MESSAGE_BYTES = 32 * 1024;
    /** Largest {@code /v1/batch} request body Segment accepts: 500 KB. */
    public static final int MAX_BATCH_BYTES = 500 * 1024;
    /** Most events one {@code /v1/batch} request may carry; Segment drops the rest although it answers 200. */
    public static final int MAX_BATCH_MESSAGES = 2500;
    /** A messageId must be shorter than 100 characters. */
    public static final int MAX_MESSAGE_ID_LENGTH = 99;

    private TrackingLimits() {
    }
}
