package io.github.camelsegmentremote.remote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.concurrent.ExecutorService;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Semaphore;

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
 * Polls a list operation and emits one exchange per item (or per page, with {@code pageExchanges}), with the
 * batch properties ({@code CamelBatchIndex}, {@code CamelBatchSize}, {@code CamelBatchComplete}).
 *
 * <p><b>Streaming.</b> Pages are read one at a time and their items handed to the route as they come, without
 * waiting for each exchange to complete: at most {@code maxInFlight} exchanges are open at once, and the poll
 * ends when all of them completed. So a poll of any size holds one page and a bounded window of exchanges, and an
 * asynchronous step (the batching {@code segment:identify}) fills its batches from many employees at once.
 * {@code CamelBatchSize} is Remote's total count when the poll started (the number of exchanges on the last one,
 * which carries {@code CamelBatchComplete=true}).
 *
 * <p><b>Pages that shift.</b> Paged lists are read by page number, so a list that changes during a poll shifts
 * items between pages: an item added before the read position repeats the previous page's last item, one removed
 * skips the next page's first item. Items are keyed by {@code id} and emitted once per poll; when the list's
 * total count changed between pages, or the poll saw a different number of items than Remote's final total, the
 * list is read again (up to {@value #MAX_READS} times in all) and items not yet emitted are emitted. So every item
 * that exists for the whole poll is emitted exactly once; an item added or removed during the poll is emitted at
 * most once (the next poll sees it as it then is).
 */
public class RemoteConsumer extends ScheduledBatchPollingConsumer {

    static final int MAX_READS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(RemoteConsumer.class);
    private volatile ExecutorService prefetch;

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
        int maxInFlight = getEndpoint().getConfiguration().getMaxInFlight();
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("Option maxInFlight must be at least 1, was " + maxInFlight);
        }
        if (getEndpoint().getConfiguration().isPageExchanges()) {
            prefetch = getEndpoint().getCamelContext().getExecutorServiceManager().newSingleThreadExecutor(this,
                    "RemotePagePrefetch");
        }
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (prefetch != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(prefetch);
            prefetch = null;
        }
    }

    @Override
    protected int poll() throws Exception {
        RemoteEndpoint endpoint = getEndpoint();
        RemoteOperation operation = endpoint.getOperation();
        ApiClient client = endpoint.client();
        ApiRequest request = endpoint.requests().build(operation, null, client);
        Emitter emitter = new Emitter(operation, client, request);
        try {
            if (operation.kind() == RemoteOperation.Kind.PAGED && endpoint.getConfiguration().isAllPages()) {
                readAllPages(operation, request, client, emitter);
            } else {
                readOnce(operation, request, client, emitter);
            }
            emitter.finish();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.debug("{}: poll interrupted (stopping)", operation.name());
        }
        return emitter.emitted;
    }

    private void readAllPages(RemoteOperation operation, ApiRequest request, ApiClient client, Emitter emitter)
            throws InterruptedException {
        String startPage = request.queryValue(RemoteRequests.PAGE);
        // Only a read from the first page can be held against the list's total count.
        boolean wholeList = startPage == null || startPage.equals("1");
        for (int read = 1; read <= MAX_READS; read++) {
            int seenThisRead = 0;
            Long firstTotal = null;
            Long lastTotal = null;
            boolean totalChanged = false;
            boolean firstPage = true;
            for (Page page : prefetched(client.paginate(request, RemoteAnswers.pagination(operation),
                    getEndpoint().getConfiguration().getPageSize()).pages())) {
                if (firstPage) {
                    firstTotal = page.totalCount();
                    firstPage = false;
                    emitter.announce(firstTotal);
                } else if (!Objects.equals(firstTotal, page.totalCount())) {
                    totalChanged = true;
                }
                lastTotal = page.totalCount();
                seenThisRead += page.items().size();
                if (!emitter.offer(page.items(), page.number(), page.totalCount())) {
                    return;
                }
            }
            boolean countDiffers = wholeList && lastTotal != null && lastTotal != seenThisRead;
            if (!totalChanged && !countDiffers) {
                return;
            }
            LOG.debug("{}: the list changed while it was read (total {} -> {}, {} items seen), read {} of at most {}",
                    operation.name(), firstTotal, lastTotal, seenThisRead, read, MAX_READS);
        }
        LOG.info("{}: the list kept changing during {} reads; emitted the {} items seen, the next poll catches up",
                operation.name(), MAX_READS, emitter.emitted);
    }

    private Iterable<Page> prefetched(Iterable<Page> pages) {
        ExecutorService executor = prefetch;
        return executor == null ? pages : new PrefetchedPages(pages, executor);
    }

    private void readOnce(RemoteOperation operation, ApiRequest request, ApiClient client, Emitter emitter)
            throws InterruptedException {
        ApiRequest first = operation.kind() == RemoteOperation.Kind.PAGED
                ? RemoteAnswers.pagination(operation).firstPage(request,
                        getEndpoint().getConfiguration().getPageSize())
                : request;
        Page page = RemoteAnswers.listPage(operation, first, client.execute(first));
        emitter.announce((long) page.items().size());
        emitter.offer(page.items(), page.number(), page.totalCount());
    }

    /** The item's id, or its whole content for items without one. */
    private static String key(JsonNode node) {
        JsonNode id = node.get("id");
        return id != null && id.isValueNode() ? "id:" + id.asText() : "json:" + node;
    }

    /**
     * Kept for the batch consumer contract: routes each exchange of the queue, completing all before returning.
     */
    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        int total = exchanges.size();
        Window window = new Window(getEndpoint().getConfiguration().getMaxInFlight());
        for (int index = 0; index < total && isBatchAllowed(); index++) {
            Exchange exchange = (Exchange) exchanges.poll();
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            dispatch(exchange, window);
        }
        window.awaitAll();
        return total;
    }

    /** Hands an exchange to the route without waiting for it; the window bounds how many are open. */
    private void dispatch(Exchange exchange, Window window) throws InterruptedException {
        window.open();
        pendingExchanges = window.open;
        getAsyncProcessor().process(exchange, doneSync -> {
            try {
                if (exchange.getException() != null) {
                    getExceptionHandler().handleException("Error processing an item of "
                            + getEndpoint().getOperation().name(), exchange, exchange.getException());
                }
            } finally {
                window.close();
            }
        });
    }

    /** A counting window of open exchanges. */
    private static final class Window {
        private final int size;
        private final Semaphore permits;
        private volatile int open;

        Window(int size) {
            this.size = size;
            this.permits = new Semaphore(size);
        }

        void open() throws InterruptedException {
            permits.acquire();
            open = size - permits.availablePermits();
        }

        void close() {
            permits.release();
        }

        void awaitAll() throws InterruptedException {
            permits.acquire(size);
            permits.release(size);
        }
    }

    /**
     * Emits a poll's items, one exchange per item or per page ({@code pageExchanges}): de-duplicated by id, with
     * one exchange held back so the last one can carry {@code CamelBatchComplete=true}.
     */
    private final class Emitter {
        private final RemoteOperation operation;
        private final ApiClient client;
        private final ApiRequest request;
        private final Set<String> seen = new HashSet<>();
        private final Window window = new Window(getEndpoint().getConfiguration().getMaxInFlight());
        private final int max = getMaxMessagesPerPoll();
        private final boolean pages = getEndpoint().getConfiguration().isPageExchanges();
        private final int pageSize = Math.max(1, getEndpoint().getConfiguration().getPageSize());
        private Exchange held;
        private long announced = -1;
        private int items;
        int emitted;

        Emitter(RemoteOperation operation, ApiClient client, ApiRequest request) {
            this.operation = operation;
            this.client = client;
            this.request = request;
        }

        void announce(Long total) {
            if (announced < 0 && total != null) {
                long itemCount = max > 0 ? Math.min(max, total) : total;
                announced = pages ? (itemCount + pageSize - 1) / pageSize : itemCount;
            }
        }

        /**
         * Emits the page's items not yet emitted (as one exchange, or one each); false when the poll must stop
         * (max reached or stopping).
         */
        boolean offer(List<JsonNode> nodes, int page, Long totalCount) throws InterruptedException {
            List<JsonNode> fresh = new ArrayList<>(nodes.size());
            for (JsonNode node : nodes) {
                if (max > 0 && items >= max) {
                    break;
                }
                if (seen.add(key(node))) {
                    fresh.add(node);
                    items++;
                }
            }
            if (pages) {
                if (!fresh.isEmpty() && !hold(pageExchange(fresh, page, totalCount))) {
                    return false;
                }
            } else {
                for (JsonNode node : fresh) {
                    if (!hold(exchange(node, page, totalCount))) {
                        return false;
                    }
                }
            }
            return max <= 0 || items < max;
        }

        /** Sends the exchange held so far and holds this one; false when stopping. */
        private boolean hold(Exchange exchange) throws InterruptedException {
            if (!isRunAllowed()) {
                return false;
            }
            if (held != null) {
                send(held, false);
            }
            held = exchange;
            return true;
        }

        void finish() throws InterruptedException {
            if (held != null) {
                send(held, true);
                held = null;
            }
            window.awaitAll();
        }

        private void send(Exchange exchange, boolean last) throws InterruptedException {
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, emitted);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, last ? emitted + 1 : Math.max(announced,
                    emitted + 1));
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, last);
            emitted++;
            dispatch(exchange, window);
        }

        private Exchange pageExchange(List<JsonNode> nodes, int page, Long totalCount) {
            Exchange exchange = createExchange(true);
            Message message = exchange.getMessage();
            message.setBody(new RemotePageItems(nodes, node -> RemoteAnswers.item(operation, node, client, request)));
            message.setHeader(RemoteConstants.PAGE, page);
            if (totalCount != null) {
                message.setHeader(RemoteConstants.TOTAL_COUNT, totalCount);
            }
            return exchange;
        }

        private Exchange exchange(JsonNode node, int page, Long totalCount) {
            Exchange exchange = createExchange(true);
            Message message = exchange.getMessage();
            message.setBody(RemoteAnswers.item(operation, node, client, request));
            message.setHeader(RemoteConstants.PAGE, page);
            if (totalCount != null) {
                message.setHeader(RemoteConstants.TOTAL_COUNT, totalCount);
            }
            JsonNode id = node.get("id");
            if (id != null && id.isValueNode()) {
                message.setHeader(RemoteConstants.RESOURCE_ID, id.asText());
            }
            JsonNode employmentId = operation.returnsEmployment() ? id : node.get("employment_id");
            if (employmentId != null && employmentId.isValueNode()) {
                message.setHeader(RemoteConstants.EMPLOYMENT_ID, employmentId.asText());
            }
            return exchange;
        }
    }
}
