package io.github.camelsegmentremote.segment.tracking;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.github.camelsegmentremote.client.ApiException;
import io.github.camelsegmentremote.segment.SegmentConstants;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Completes one exchange when every message it carried has an outcome: sets the out headers, and the failure if
 * a request that carried one of its messages finally failed, then lets Camel continue. Completion runs on the
 * given executor, never on a sender thread: the route goes on there, and may send to Segment again.
 */
final class ExchangeDelivery implements Delivery {

    private final Exchange exchange;
    private final AsyncCallback callback;
    private final List<String> messageIds;
    private final boolean batchOperation;
    private final Executor completions;
    private final boolean doneSync;
    private final AtomicInteger remaining;
    private final AtomicReference<ApiException> failure = new AtomicReference<>();
    private volatile int status;
    private volatile int batchSize;

    /**
     * @param messages       the exchange's messages
     * @param batchOperation whether the exchange is a {@code batch} call (ids go in a list header)
     * @param completions    where the exchange completes
     * @param doneSync       whether the exchange completes on the thread that processes it
     */
    ExchangeDelivery(Exchange exchange, AsyncCallback callback, List<EncodedMessage> messages,
            boolean batchOperation, Executor completions, boolean doneSync) {
        this.exchange = exchange;
        this.callback = callback;
        this.messageIds = messages.stream().map(EncodedMessage::messageId).toList();
        this.batchOperation = batchOperation;
        this.completions = completions;
        this.doneSync = doneSync;
        this.remaining = new AtomicInteger(messages.size());
    }

    @Override
    public void delivered(int status, int batchSize) {
        this.status = status;
        this.batchSize = batchSize;
        partDone();
    }

    @Override
    public void failed(ApiException cause, int batchSize) {
        failure.compareAndSet(null, cause);
        this.status = cause.status();
        this.batchSize = batchSize;
        partDone();
    }

    private void partDone() {
        if (remaining.decrementAndGet() != 0) {
            return;
        }
        try {
            completions.execute(this::complete);
        } catch (RejectedExecutionException e) {
            complete();
        }
    }

    private void complete() {
        Message message = exchange.getMessage();
        if (batchOperation) {
            message.setHeader(SegmentConstants.MESSAGE_IDS, messageIds);
        } else {
            message.setHeader(SegmentConstants.MESSAGE_ID, messageIds.get(0));
        }
        message.setHeader(SegmentConstants.BATCH_SIZE, batchSize);
        message.setHeader(SegmentConstants.RESPONSE_STATUS, status);
        ApiException cause = failure.get();
        if (cause != null) {
            exchange.setException(new SegmentDeliveryException(cause, messageIds, batchSize));
        }
        callback.done(doneSync);
    }
}
