package io.github.camelsegmentremote.sync;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * One step of {@link EmploymentChanges} as a plain Processor, so a route file names it ({@code process: ref:}) and
 * Camel calls it without bean binding (which would hash a page's body to look the method up). The body after a
 * step is what the next one works on, or null when there is nothing: a route tests {@code ${body} != null}.
 */
public class SyncStep implements Processor {

    /** The steps. */
    public enum Step {
        /** A page of list items to its batch (body: the messages to send, or null). */
        listPage,
        /** After the page was recorded: the full records to read (body: their requests, or null). */
        fullRecordRequests,
        /** Before {@code remote:getEmployment}: the request in the body names the employment. */
        fullRecordRead,
        /** A full record to its batch (body: the messages to send, or null). */
        fullRecord
    }

    private EmploymentChanges changes;
    private Step step;

    @Override
    public void process(Exchange exchange) {
        switch (step) {
            case listPage -> changes.listPage(exchange);
            case fullRecordRequests -> {
                var requests = changes.fullRecordRequests(exchange);
                // The page's batch is recorded: let it go, so a page waiting for its full records (Remote's rate
                // limit) holds only their requests.
                exchange.removeProperty(SyncConstants.BATCH);
                exchange.getMessage().setBody(requests.isEmpty() ? null : requests);
            }
            case fullRecordRead -> changes.fullRecordRead(exchange);
            case fullRecord -> changes.fullRecord(exchange);
        }
    }

    public void setChanges(EmploymentChanges changes) {
        this.changes = changes;
    }

    public EmploymentChanges getChanges() {
        return changes;
    }

    public void setStep(Step step) {
        this.step = step;
    }

    public Step getStep() {
        return step;
    }
}
