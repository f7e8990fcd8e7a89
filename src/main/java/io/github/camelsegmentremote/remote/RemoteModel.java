package io.github.camelsegmentremote.remote;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Base of the typed Remote models: the fields the model does not name are kept as they came and written back, so
 * reading a record into a model and writing it out again drops nothing.
 */
public abstract class RemoteModel {

    private final Map<String, JsonNode> otherFields = new LinkedHashMap<>();
    private JsonNode sourceJson;

    /** The fields this model has no property for, in the order they came. */
    @JsonAnyGetter
    public Map<String, JsonNode> getOtherFields() {
        return Collections.unmodifiableMap(otherFields);
    }

    /** One field this model has no property for, or null. */
    public JsonNode getOtherField(String name) {
        return otherFields.get(name);
    }

    @JsonAnySetter
    void putOtherField(String name, JsonNode value) {
        otherFields.put(name, value);
    }

    /**
     * The JSON this model was read from, when the component read it from Remote's answer; null otherwise. It is
     * shared, not copied: read it, do not change it. Readers that work on JSON (the sync's mapping) take it instead
     * of converting the model back to JSON.
     */
    public JsonNode sourceJson() {
        return sourceJson;
    }

    void sourceJson(JsonNode json) {
        this.sourceJson = json;
    }
}
