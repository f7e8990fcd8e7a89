package io.github.camelsegmentremote.copy;

import io.github.camelsegmentremote.segment.model.Label;

/** A workspace label: {@code key:value}, and a description when it is created in the target. */
public record LabelRef(String key, String value, String description) {

    static LabelRef of(Label label) {
        return new LabelRef(label.getKey(), label.getValue(), label.getDescription());
    }

    /** {@code key:value}, the label's identity. */
    public String id() {
        return key + ":" + value;
    }

    Label toLabel() {
        Label label = new Label(key, value);
        label.setDescription(description);
        return label;
    }

    @Override
    public String toString() {
        return id();
    }
}
