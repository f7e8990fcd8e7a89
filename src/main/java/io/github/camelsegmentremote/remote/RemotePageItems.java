package io.github.camelsegmentremote.remote;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The items of one page, as the polling consumer's body with {@code pageExchanges=true}: a List of the same bodies
 * one exchange per item would carry ({@link Employment}s for employment lists), each made when first read. Readers
 * that work on JSON take {@link #json(int)} and skip the typed model altogether.
 */
public final class RemotePageItems extends AbstractList<Object> implements RandomAccess {

    private final List<JsonNode> nodes;
    private final Function<JsonNode, Object> mapping;
    private final Object[] items;

    RemotePageItems(List<JsonNode> nodes, Function<JsonNode, Object> mapping) {
        this.nodes = List.copyOf(nodes);
        this.mapping = mapping;
        this.items = new Object[this.nodes.size()];
    }

    @Override
    public Object get(int index) {
        Object item = items[index];
        if (item == null) {
            item = mapping.apply(nodes.get(index));
            items[index] = item;
        }
        return item;
    }

    /** The item as the JSON Remote sent (shared: read it, do not change it). */
    public JsonNode json(int index) {
        return nodes.get(index);
    }

    @Override
    public int size() {
        return nodes.size();
    }
}
