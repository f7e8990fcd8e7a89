package io.github.camelsegmentremote.client;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Finds a list answer's items: a named array field, or the only array among the fields. */
public final class ListItems {

    private ListItems() {
    }

    /**
     * The items of {@code container}; an answer without the list (or with several where none is named) fails as a
     * malformed answer of {@code response}'s API, with the operation, status and request id.
     */
    public static List<JsonNode> in(JsonNode container, String itemsField, ApiResponse response) {
        JsonNode array = null;
        if (itemsField != null) {
            array = container.get(itemsField);
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = container.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isArray()) {
                    if (array != null) {
                        throw response.malformed("the answer holds several lists and the operation names none");
                    }
                    array = field.getValue();
                }
            }
        }
        if (array == null || !array.isArray()) {
            throw response.malformed("a list answer without its list"
                    + (itemsField == null ? "" : " '" + itemsField + "'"));
        }
        List<JsonNode> items = new ArrayList<>(array.size());
        array.forEach(items::add);
        return items;
    }

    /** The {@code data} object of an enveloped answer, or the answer itself. */
    public static JsonNode data(JsonNode body) {
        JsonNode data = body.get("data");
        return data != null && data.isObject() ? data : body;
    }
}
