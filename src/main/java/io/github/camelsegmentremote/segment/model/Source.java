package io.github.camelsegmentremote.segment.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A source of a workspace ({@code listSources}, {@code getSource}, {@code createSource}, {@code updateSource}).
 * {@code writeKeys} comes back empty without the Source Admin permission; secret settings come back masked
 * ("•") and cannot be copied.
 */
public class Source extends SegmentModel {

    private String id;
    private String slug;
    private String name;
    private String workspaceId;
    private Boolean enabled;
    private List<String> writeKeys;
    private CatalogReference metadata;
    private Map<String, Object> settings;
    private List<Label> labels;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getWorkspaceId() {
        return workspaceId;
    }

    public void setWorkspaceId(String workspaceId) {
        this.workspaceId = workspaceId;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public List<String> getWriteKeys() {
        return writeKeys;
    }

    public void setWriteKeys(List<String> writeKeys) {
        this.writeKeys = writeKeys;
    }

    /** The catalog source this source was made from; its id is the {@code metadataId} for createSource. */
    public CatalogReference getMetadata() {
        return metadata;
    }

    public void setMetadata(CatalogReference metadata) {
        this.metadata = metadata;
    }

    /** The catalog id of the source type (the {@code metadataId} createSource takes), or null. */
    @JsonIgnore
    public String getMetadataId() {
        return metadata == null ? null : metadata.getId();
    }

    public Map<String, Object> getSettings() {
        return settings;
    }

    public void setSettings(Map<String, Object> settings) {
        this.settings = settings;
    }

    public List<Label> getLabels() {
        return labels;
    }

    public void setLabels(List<Label> labels) {
        this.labels = labels;
    }

    @Override
    public String toString() {
        // Write keys and settings are left out: they are credentials or may hold them.
        return "Source[" + slug + " (" + id + ")]";
    }
}
