package io.github.camelsegmentremote.segment.tracking;

/**
 * A message the producer did not send because Segment would reject or silently drop it: no userId or
 * anonymousId, a timestamp that is not ISO-8601, larger than 32 KB, ... Only the exchange carrying it fails;
 * messages of other exchanges go through.
 */
public class SegmentMessageRejectedException extends IllegalArgumentException {

    private final String messageType;
    private final String userId;

    public SegmentMessageRejectedException(String messageType, String userId, String message) {
        super(message);
        this.messageType = messageType;
        this.userId = userId;
    }

    /** The Tracking API call of the message ({@code identify}, ...), or null if it could not be told. */
    public String messageType() {
        return messageType;
    }

    /** The message's userId, else its anonymousId, or null if it had neither. */
    public String userId() {
        return userId;
    }
}
