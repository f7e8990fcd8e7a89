package io.github.camelsegmentremote.client;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Finds a list answer's items: a named array field, or the only array among the fields. */
final class ListItems {

    private ListItems() {
    }

    static List<JsonNode> in(JsonNode container, String itemsField, ApiRequest request) {
        JsonNode array = null;
        if (itemsField != null) {
            array = container.get(itemsField);
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = container.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isArray()) {
                    if (array != null) {
                        throw new IllegalStateException("the answer to " + request.operation()
                                + " has several lists; name the items field");
                    }
                    array = field.getValue();
                }
            }
        }
        if (array == null || !array.isArray()) {
            throw new IllegalStateException("the answer to " + request.operation() + " has no list"
                    + (itemsField == null ? "" : " named '" + itemsField + "'"));
        }
        List<JsonNode> items = new ArrayList<>(array.size());
        array.forEach(items::add);
        return items;
    }

    /** The {@code data} object of an enveloped answer, or the answer itself. */
    static JsonNode data(JsonNode body) {
        JsonNode data = body.get("data");
        return data != null && data.isObject() ? data : body;
    }
}
