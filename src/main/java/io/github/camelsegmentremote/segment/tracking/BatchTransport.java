package io.github.camelsegmentremote.segment.tracking;

/** Sends the batches a {@link TrackingBatcher} packs. */
interface BatchTransport {

    /** Sends a batch, retrying as configured, and tells each message's delivery the outcome; never throws. */
    void send(Batch batch);

    /** Fails every message of a batch that will not be sent, with {@code reason}. */
    void abandon(Batch batch, String reason);
}
