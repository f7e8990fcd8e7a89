package io.github.camelsegmentremote.segment.tracking;

import java.util.List;

import io.github.camelsegmentremote.client.ApiException;
import io.github.camelsegmentremote.segment.SegmentApiException;

/**
 * The request that carried an exchange's message(s) finally failed, after retries: the exchange's failure, with
 * the messageIds it carried. The cause is the request's failure, shared by every exchange of the batch.
 */
public class SegmentDeliveryException extends SegmentApiException {

    private final transient List<String> messageIds;
    private final int batchSize;

    public SegmentDeliveryException(ApiException cause, List<String> messageIds, int batchSize) {
        super(cause.error().withHint(hint(cause, messageIds, batchSize)), cause);
        this.messageIds = List.copyOf(messageIds);
        this.batchSize = batchSize;
    }

    /** The messageIds of the exchange's messages: safe to send again, Segment de-duplicates on them. */
    public List<String> messageIds() {
        return messageIds;
    }

    /** Messages in the failed request. */
    public int batchSize() {
        return batchSize;
    }

    private static String hint(ApiException cause, List<String> messageIds, int batchSize) {
        String ids = messageIds.size() == 1 ? "messageId " + messageIds.get(0)
                : messageIds.size() + " messages (messageIds " + messageIds.get(0) + ", ...)";
        String carried = "The request carried this exchange's " + ids + " among " + batchSize + " messages";
        String original = cause.error().hint();
        return original == null || original.isBlank() ? carried : original + ". " + carried;
    }
}
