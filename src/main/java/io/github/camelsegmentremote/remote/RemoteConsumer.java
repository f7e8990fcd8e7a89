package io.github.camelsegmentremote.remote;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.client.ApiClient;
import io.github.camelsegmentremote.client.ApiRequest;
import io.github.camelsegmentremote.client.Page;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a list operation and emits one exchange per item, with the batch properties ({@code CamelBatchIndex},
 * {@code CamelBatchSize}, {@code CamelBatchComplete}).
 *
 * <p>Paged lists are read page by page by number, so the list changing during a poll shifts items between pages:
 * an item added before the read position repeats the previous page's last item, one removed skips the next
 * page's first item. Items are keyed by {@code id} and emitted once per poll; when the list's total count changes
 * between pages, or the poll saw a different number of items than Remote's final total, the list is read again
 * (up to {@value #MAX_READS} times in all) and the reads are merged. So every item that exists for the whole poll
 * is emitted exactly once; an item added or removed during the poll is emitted at most once (the next poll sees
 * it as it then is).
 */
public class RemoteConsumer extends ScheduledBatchPollingConsumer {

    static final int MAX_READS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(RemoteConsumer.class);

    /** One item of a poll and the page it was first seen on. */
    private record Item(JsonNode node, int page, Long totalCount) {
    }

    public RemoteConsumer(RemoteEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public RemoteEndpoint getEndpoint() {
        return (RemoteEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        getEndpoint().client();
        super.doStart();
    }

    @Override
    protected int poll() throws Exception {
        RemoteEndpoint endpoint = getEndpoint();
        RemoteOperation operation = endpoint.getOperation();
        ApiClient client = endpoint.client();
        ApiRequest request = endpoint.requests().build(operation, null, client);
        Map<String, Item> items = operation.kind() == RemoteOperation.Kind.PAGED
                && endpoint.getConfiguration().isAllPages() ? readAllPages(operation, request, client)
                        : readOnce(operation, request, client);
        Queue<Object> exchanges = new ArrayDeque<>(items.size());
        for (Item item : items.values()) {
            exchanges.add(exchange(operation, item, client, request));
        }
        return processBatch(exchanges);
    }

    private Map<String, Item> readAllPages(RemoteOperation operation, ApiRequest request, ApiClient client) {
        Map<String, Item> items = new LinkedHashMap<>();
        int max = getMaxMessagesPerPoll();
        String startPage = request.queryValue(RemoteRequests.PAGE);
        // Only a read from the first page can be held against the list's total count.
        boolean wholeList = startPage == null || startPage.equals("1");
        for (int read = 1; read <= MAX_READS; read++) {
            Set<String> seenThisRead = new HashSet<>();
            Long firstTotal = null;
            Long lastTotal = null;
            boolean totalChanged = false;
            boolean firstPage = true;
            for (Page page : client.paginate(request, RemoteAnswers.pagination(operation),
                    getEndpoint().getConfiguration().getPageSize()).pages()) {
                if (firstPage) {
                    firstTotal = page.totalCount();
                    firstPage = false;
                } else if (!Objects.equals(firstTotal, page.totalCount())) {
                    totalChanged = true;
                }
                lastTotal = page.totalCount();
                for (JsonNode node : page.items()) {
                    String key = key(node);
                    seenThisRead.add(key);
                    items.putIfAbsent(key, new Item(node, page.number(), page.totalCount()));
                    if (max > 0 && items.size() >= max) {
                        return items;
                    }
                }
            }
            boolean countDiffers = wholeList && lastTotal != null && lastTotal != seenThisRead.size();
            if (!totalChanged && !countDiffers) {
                return items;
            }
            LOG.debug("{}: the list changed while it was read (total {} -> {}, {} items seen), read {} of at most {}",
                    operation.name(), firstTotal, lastTotal, seenThisRead.size(), read, MAX_READS);
        }
        LOG.info("{}: the list kept changing during {} reads; emitting the {} items seen, the next poll catches up",
                operation.name(), MAX_READS, items.size());
        return items;
    }

    private Map<String, Item> readOnce(RemoteOperation operation, ApiRequest request, ApiClient client) {
        ApiRequest first = operation.kind() == RemoteOperation.Kind.PAGED
                ? RemoteAnswers.pagination(operation).firstPage(request,
                        getEndpoint().getConfiguration().getPageSize())
                : request;
        Page page = RemoteAnswers.listPage(operation, first, client.execute(first));
        Map<String, Item> items = new LinkedHashMap<>();
        int max = getMaxMessagesPerPoll();
        for (JsonNode node : page.items()) {
            if (max > 0 && items.size() >= max) {
                break;
            }
            items.putIfAbsent(key(node), new Item(node, page.number(), page.totalCount()));
        }
        return items;
    }

    private Exchange exchange(RemoteOperation operation, Item item, ApiClient client, ApiRequest request) {
        Exchange exchange = createExchange(true);
        Message message = exchange.getMessage();
        message.setBody(RemoteAnswers.item(operation, item.node(), client, request));
        message.setHeader(RemoteConstants.PAGE, item.page());
        if (item.totalCount() != null) {
            message.setHeader(RemoteConstants.TOTAL_COUNT, item.totalCount());
        }
        JsonNode id = item.node().get("id");
        if (id != null && id.isValueNode()) {
            message.setHeader(RemoteConstants.RESOURCE_ID, id.asText());
        }
        JsonNode employmentId = operation.returnsEmployment() ? id : item.node().get("employment_id");
        if (employmentId != null && employmentId.isValueNode()) {
            message.setHeader(RemoteConstants.EMPLOYMENT_ID, employmentId.asText());
        }
        return exchange;
    }

    /** The item's id, or its whole content for items without one. */
    private static String key(JsonNode node) {
        JsonNode id = node.get("id");
        return id != null && id.isValueNode() ? "id:" + id.asText() : "json:" + node;
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
                getExceptionHandler().handleException("Error processing an item of "
                        + getEndpoint().getOperation().name(), exchange, exchange.getException());
            }
        }
        return total;
    }
}
