package io.github.camelsegmentremote.segment.tracking;

import io.github.camelsegmentremote.client.ApiException;

/** Hears how each message of one exchange fared; called once per message, from sender threads. */
interface Delivery {

    /** Segment accepted the request that carried the message. */
    void delivered(int status, int batchSize);

    /** The request that carried the message finally failed (after retries), or was never sent. */
    void failed(ApiException cause, int batchSize);
}
