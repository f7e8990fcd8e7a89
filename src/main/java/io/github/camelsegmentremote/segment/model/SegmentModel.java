package io.github.camelsegmentremote.segment.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Base of the typed Public API models: fields the model does not name are kept as they came and written back
 * unchanged, so reading a resource and sending it again never drops configuration. Absent values are left out
 * when written, never sent as {@code null}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class SegmentModel {

    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    /** The fields this model has no property for, by JSON name, in the order they came. */
    @JsonAnyGetter
    public Map<String, Object> getAdditionalProperties() {
        return additionalProperties;
    }

    @JsonAnySetter
    public void setAdditionalProperty(String name, Object value) {
        additionalProperties.put(name, value);
    }
}
