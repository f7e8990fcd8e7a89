package io.github.camelsegmentremote.segment;

import java.util.Iterator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.client.Page;

/**
 * The items of all pages of a list operation, as the producer's result: the first page was fetched by the call
 * itself (so a wrong token fails the call, not the split after it); the next pages are fetched as the iteration
 * reaches them, one at a time. Each iteration starts again from the first page.
 */
final class SegmentItems implements Iterable<Object> {

    private final SegmentOperation operation;
    private final Page first;
    private final SegmentApiInvoker invoker;

    SegmentItems(SegmentOperation operation, Page first, SegmentApiInvoker invoker) {
        this.operation = operation;
        this.first = first;
        this.invoker = invoker;
    }

    @Override
    public Iterator<Object> iterator() {
        Stream<JsonNode> rest = StreamSupport.stream(invoker.itemsAfter(operation, first).spliterator(), false);
        return Stream.concat(first.items().stream(), rest)
                .map(item -> invoker.readItem(item, operation))
                .iterator();
    }

    @Override
    public String toString() {
        // Iterating here would fetch every page just to log the body.
        return "items of " + operation.operationId() + " (" + (first.totalCount() == null ? "" : first.totalCount()
                + " in all, ") + "pages fetched as iterated)";
    }
}
