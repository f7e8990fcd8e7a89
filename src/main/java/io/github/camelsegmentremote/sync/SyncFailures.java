package io.github.camelsegmentremote.sync;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The polling route's error handler step: counts the employments of an exchange whose delivery finally failed
 * (Segment refused the batch after retries, or a full record could not be read) and says so once at WARN. Their
 * state is left as it was, so the next run sends them again, with the same messageIds.
 */
public class SyncFailures implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(SyncFailures.class);

    @Override
    public void process(Exchange exchange) {
        SyncBatch batch = exchange.getProperty(SyncConstants.BATCH, SyncBatch.class);
        SyncBatch.FullRecordRequest request = exchange.getProperty(SyncConstants.FULL_RECORD_REQUEST,
                SyncBatch.FullRecordRequest.class);
        long employees = batch != null && batch.identifies() > 0 ? batch.identifies() : 1;
        SyncRun run = exchange.getProperty(SyncConstants.RUN, SyncRun.class);
        if (run != null) {
            run.failed(employees);
        }
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        // Camel wraps what a step threw (CamelExecutionException): say what the step said.
        while (cause instanceof org.apache.camel.CamelExecutionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        LOG.warn("Sync of {} failed, sent again next run: {}", request != null
                ? "employment " + request.employmentId() : employees + " employment(s)",
                cause == null ? "unknown error" : cause.getMessage());
    }
}
