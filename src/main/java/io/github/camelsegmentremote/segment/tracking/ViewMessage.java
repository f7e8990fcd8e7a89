package io.github.camelsegmentremote.segment.tracking;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A view the user had: a {@link Page} of a website or a {@link Screen} of an app, with its name and properties. */
public abstract sealed class ViewMessage extends SegmentMessage permits Page, Screen {

    private final String name;
    private final Map<String, Object> properties;

    ViewMessage(Builder<?, ?> b) {
        super(b);
        this.name = b.name;
        this.properties = copy(b.properties);
    }

    public String name() {
        return name;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    @Override
    void writeTypeFields(ObjectNode node) {
        putText(node, "name", name);
        putMap(node, "properties", properties);
    }

    /**
     * The fields of a view.
     *
     * @param <M> the view type built
     * @param <B> the concrete builder, for chaining
     */
    public abstract static class Builder<M extends ViewMessage, B extends Builder<M, B>>
            extends SegmentMessage.Builder<M, B> {
        private String name;
        private final Map<String, Object> properties = new LinkedHashMap<>();

        Builder() {
        }

        public B name(String name) {
            this.name = name;
            return self();
        }

        public B properties(Map<String, ?> properties) {
            this.properties.putAll(Objects.requireNonNull(properties, "properties"));
            return self();
        }

        public B property(String name, Object value) {
            properties.put(name, value);
            return self();
        }
    }
}
