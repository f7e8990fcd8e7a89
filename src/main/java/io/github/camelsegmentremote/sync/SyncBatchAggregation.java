package io.github.camelsegmentremote.sync;

import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

/**
 * Gathers the full records of one page (the split's exchanges) into one {@link SyncBatch}, so they go to Segment
 * in one {@code segment:batch} exchange and are recorded in one write, instead of one exchange each waiting for the
 * batch's flush interval. A full record whose read failed adds nothing (its failure is already counted).
 */
public class SyncBatchAggregation implements AggregationStrategy {

    @Override
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange) {
        SyncBatch added = newExchange.getException() == null
                ? newExchange.getProperty(SyncConstants.BATCH, SyncBatch.class) : null;
        if (oldExchange == null) {
            SyncBatch first = added != null ? added : new SyncBatch.Builder(OffboardingEvent.NONE).build();
            newExchange.setProperty(SyncConstants.BATCH, first);
            newExchange.getMessage().setBody(first.messages().isEmpty() ? null : first.messages());
            return newExchange;
        }
        if (added != null) {
            SyncBatch merged = oldExchange.getProperty(SyncConstants.BATCH, SyncBatch.class).and(added);
            oldExchange.setProperty(SyncConstants.BATCH, merged);
            oldExchange.getMessage().setBody(merged.messages().isEmpty() ? null : merged.messages());
        }
        return oldExchange;
    }
}
