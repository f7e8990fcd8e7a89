package io.github.camelsegmentremote.segment;

import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;

/** Placeholder replaced by the implementation. */
public class SegmentConsumer extends ScheduledPollConsumer {

    public SegmentConsumer(SegmentEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    protected int poll() {
        return 0;
    }
}
