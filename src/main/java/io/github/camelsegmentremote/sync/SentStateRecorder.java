package io.github.camelsegmentremote.sync;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The one way "sent" is recorded, in both routes: after {@code segment:batch} accepted an exchange's
 * {@link SyncBatch}, its states go to the store in one write, and the run counts what was sent. Exchanges
 * without a batch are refused: the step belongs after {@link EmploymentChanges}.
 */
public class SentStateRecorder implements Processor {

    private SyncStateStore stateStore;

    @Override
    public void process(Exchange exchange) {
        SyncBatch batch = exchange.getProperty(SyncConstants.BATCH, SyncBatch.class);
        if (batch == null) {
            throw new IllegalStateException("No " + SyncConstants.BATCH + " on the exchange: record the sent state "
                    + "after the employmentChanges step and segment:batch");
        }
        stateStore.putAll(batch.states());
        SyncRun run = exchange.getProperty(SyncConstants.RUN, SyncRun.class);
        if (run != null) {
            run.sent(batch.identifies(), batch.offboardingEvents());
        }
    }

    public SyncStateStore getStateStore() {
        return stateStore;
    }

    public void setStateStore(SyncStateStore stateStore) {
        this.stateStore = stateStore;
    }
}
