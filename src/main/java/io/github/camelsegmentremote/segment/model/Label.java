package io.github.camelsegmentremote.segment.model;

/** A workspace label ({@code key:value}); a source can only carry labels that exist in its workspace. */
public class Label extends SegmentModel {

    private String key;
    private String value;
    private String description;

    public Label() {
    }

    public Label(String key, String value) {
        this.key = key;
        this.value = value;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    @Override
    public String toString() {
        return key + ":" + value;
    }
}
