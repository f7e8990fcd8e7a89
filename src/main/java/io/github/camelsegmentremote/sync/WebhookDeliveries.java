package io.github.camelsegmentremote.sync;

import java.util.Set;

import io.github.camelsegmentremote.remote.RemoteApiException;
import io.github.camelsegmentremote.remote.RemoteConstants;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook route's own steps: which deliveries to act on, and one INFO line per delivery with its event type,
 * employment id and outcome (never the body, never a credential).
 *
 * <p>A delivery about an employment Remote no longer has (404 on its full record: deleted, or never existed) is
 * acknowledged and logged, not retried: Remote would re-deliver it forever, and there is nothing to send. It is not
 * treated as a leaver: a leaver passes through an offboarded status, which its own events carry, and the userId of
 * a record that cannot be read is unknown.
 */
public class WebhookDeliveries {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDeliveries.class);

    private Set<String> events = TraitEvents.DEFAULT_EVENTS;

    /** Whether the delivery is one of the events that change a sent trait, and names an employment. */
    public boolean isTraitChange(Exchange exchange) {
        String type = exchange.getMessage().getHeader(RemoteConstants.EVENT_TYPE, String.class);
        String employmentId = exchange.getMessage().getHeader(RemoteConstants.EMPLOYMENT_ID, String.class);
        return type != null && employmentId != null && events.contains(type);
    }

    /** Whether the exception says Remote does not know the employment (its full record answered 404). */
    public boolean isUnknownEmployment(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        return cause instanceof RemoteApiException remote && remote.status() == 404;
    }

    /** The delivery's log line, after the route did (or did not do) its work. */
    public void delivered(Exchange exchange) {
        SyncBatch batch = exchange.getProperty(SyncConstants.BATCH, SyncBatch.class);
        String outcome;
        if (!isTraitChange(exchange)) {
            outcome = "ignored (not an event that changes a sent trait)";
        } else if (batch == null) {
            outcome = "nothing to send";
        } else if (batch.identifies() == 0) {
            outcome = "unchanged, nothing sent";
        } else {
            outcome = "identify sent" + (batch.offboardingEvents() > 0 ? " with the offboarding event" : "");
        }
        log(exchange, outcome);
    }

    /** The line of a delivery about an employment Remote does not know: acknowledged. */
    public void unknownEmployment(Exchange exchange) {
        log(exchange, "employment not found at Remote (deleted?): acknowledged, nothing sent");
    }

    /** The line of a delivery that failed: Remote delivers it again. */
    public void failed(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        log(exchange, "failed, Remote delivers it again: " + (cause == null ? "unknown error" : cause.getMessage()));
    }

    private static void log(Exchange exchange, String outcome) {
        exchange.setProperty(SyncConstants.OUTCOME, outcome);
        LOG.info("Remote webhook {} for employment {}: {}",
                exchange.getMessage().getHeader(RemoteConstants.EVENT_TYPE),
                exchange.getMessage().getHeader(RemoteConstants.EMPLOYMENT_ID), outcome);
    }

    /** The events to act on, comma-separated; blank: {@link TraitEvents#DEFAULT_EVENTS}. */
    public void setEvents(String events) {
        this.events = events == null || events.isBlank() ? TraitEvents.DEFAULT_EVENTS
                : Set.of(events.trim().split("\\s*,\\s*"));
    }
}
