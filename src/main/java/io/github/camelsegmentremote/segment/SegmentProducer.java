package io.github.camelsegmentremote.segment;

import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultProducer;

/** Placeholder replaced by the implementation. */
public class SegmentProducer extends DefaultProducer {

    public SegmentProducer(SegmentEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public void process(Exchange exchange) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
