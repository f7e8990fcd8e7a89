package io.github.camelsegmentremote.segment.tracking;

import io.github.camelsegmentremote.segment.TrackingCall;

/**
 * A checked message ready to send: its JSON bytes as they go on the wire, serialised once.
 *
 * @param type      the Tracking API call
 * @param messageId the id Segment de-duplicates on
 * @param who       userId, else anonymousId, for error messages
 * @param json      the serialised message
 */
record EncodedMessage(TrackingCall type, String messageId, String who, byte[] json) {

    int size() {
        return json.length;
    }
}
