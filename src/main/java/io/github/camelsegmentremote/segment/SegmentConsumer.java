package io.github.camelsegmentremote.segment;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.client.ApiRequest;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledBatchPollingConsumer;

/**
 * Polls a list operation ({@code from("segment:listSources?...")}): one exchange per item, with Camel's batch
 * properties. A poll takes at most {@code maxMessagesPerPoll} items and the next poll goes on from there; a pass
 * over the whole list starts again once one ends. With {@code changedOnly=true} only items that are new, changed
 * or gone since the previous pass are emitted.
 */
public class SegmentConsumer extends ScheduledBatchPollingConsumer {

    private final SegmentOperation operation;
    private final SegmentConfiguration configuration;
    private SegmentApiInvoker invoker;
    private SegmentChangeDetector changes;
    private Iterator<JsonNode> pass;

    public SegmentConsumer(SegmentEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.operation = endpoint.operation();
        this.configuration = endpoint.getConfiguration();
    }

    @Override
    public SegmentEndpoint getEndpoint() {
        return (SegmentEndpoint) super.getEndpoint();
    }

    @Override
    protected int poll() throws Exception {
        Queue<Object> exchanges = new ArrayDeque<>();
        try {
            if (pass == null) {
                pass = invoker.jsonItems(operation, request()).iterator();
            }
            int max = getMaxMessagesPerPoll();
            while ((max <= 0 || exchanges.size() < max) && pass.hasNext()) {
                JsonNode item = pass.next();
                String id = id(item);
                Optional<String> change = changes == null ? Optional.empty() : changes.classify(id, item);
                if (changes == null || change.isPresent()) {
                    exchanges.add(exchange(invoker.readItem(item, operation), id, change.orElse(null)));
                }
            }
            if (!pass.hasNext()) {
                pass = null;
                if (changes != null) {
                    changes.endPass().forEach(id -> exchanges.add(exchange(null, id,
                            SegmentChangeDetector.DELETED)));
                }
            }
        } catch (RuntimeException e) {
            // A failed page leaves the pass incomplete: start the next poll from the first page.
            pass = null;
            if (changes != null) {
                changes.abandonPass();
            }
            exchanges.forEach(exchange -> releaseExchange((Exchange) exchange, false));
            throw e;
        }
        return exchanges.isEmpty() ? 0 : processBatch(exchanges);
    }

    private ApiRequest request() {
        Map<String, Object> query = configuration.getQueryParameters() == null ? Map.of()
                : configuration.getQueryParameters();
        Map<String, Object> path = configuration.getPathParameters() == null ? Map.of()
                : configuration.getPathParameters();
        return invoker.request(operation, path::get, query, null);
    }

    private String id(JsonNode item) {
        JsonNode id = item.get(invoker.family().idField());
        return id != null && id.isValueNode() ? id.asText()
                : changes != null ? changes.canonicalJson(item) : null;
    }

    private Exchange exchange(Object body, String id, String change) {
        Exchange exchange = createExchange(false);
        exchange.getMessage().setBody(body);
        if (id != null) {
            exchange.getMessage().setHeader(SegmentConstants.ITEM_ID, id);
        }
        if (change != null) {
            exchange.getMessage().setHeader(SegmentConstants.CHANGE, change);
        }
        return exchange;
    }

    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        int total = exchanges.size();
        for (int index = 0; index < total && isBatchAllowed(); index++) {
            Exchange exchange = (Exchange) exchanges.poll();
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            try {
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            if (exchange.getException() != null) {
                getExceptionHandler().handleException("Error processing " + operation.operationId() + " item "
                        + exchange.getMessage().getHeader(SegmentConstants.ITEM_ID), exchange,
                        exchange.getException());
            }
            releaseExchange(exchange, false);
        }
        return total;
    }

    @Override
    protected void doStart() throws Exception {
        invoker = new SegmentApiInvoker(getEndpoint());
        changes = configuration.isChangedOnly() ? new SegmentChangeDetector(invoker.client().mapper()) : null;
        setMaxMessagesPerPoll(configuration.getMaxMessagesPerPoll());
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        pass = null;
        if (invoker != null) {
            invoker.close();
            invoker = null;
        }
    }
}
