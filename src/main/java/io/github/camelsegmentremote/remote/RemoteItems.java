package io.github.camelsegmentremote.remote;

import java.util.Iterator;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The items of a paged list across all its pages, as the producer's body with {@code allPages=true}: pages after
 * the first are fetched only as the iteration reaches them, so {@code split(body()).streaming()} holds one page at
 * a time. Iterating again reads the pages after the first again.
 */
public final class RemoteItems implements Iterable<Object> {

    private final String operation;
    private final Iterable<JsonNode> nodes;
    private final Function<JsonNode, Object> mapping;
    private final Long totalCount;

    RemoteItems(String operation, Iterable<JsonNode> nodes, Function<JsonNode, Object> mapping, Long totalCount) {
        this.operation = operation;
        this.nodes = nodes;
        this.mapping = mapping;
        this.totalCount = totalCount;
    }

    /** The number of items Remote reported when the first page was read, or null if it did not say. */
    public Long totalCount() {
        return totalCount;
    }

    @Override
    public Iterator<Object> iterator() {
        Iterator<JsonNode> it = nodes.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Object next() {
                return mapping.apply(it.next());
            }
        };
    }

    @Override
    public String toString() {
        return "RemoteItems[" + operation + ", " + (totalCount == null ? "unknown count" : totalCount + " in all")
                + ", read lazily]";
    }
}
