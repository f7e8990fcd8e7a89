package io.github.camelsegmentremote.segment.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A destination instance connected to a source ({@code listDestinations}, {@code getDestination},
 * {@code listConnectedDestinationsFromSource}). Two ids matter: {@link #getId()} is this instance (the
 * {@code destinationId} of getDestination, updateDestination, listFiltersFromDestination, ...), while
 * {@link #getMetadataId()} is the catalog destination it is an instance of (the {@code metadataId}
 * createDestination takes, the same for every instance of, say, Amplitude).
 */
public class Destination extends SegmentModel {

    private String id;
    private String name;
    private Boolean enabled;
    private String sourceId;
    private CatalogReference metadata;
    private Map<String, Object> settings;

    /** The instance id. */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public String getSourceId() {
        return sourceId;
    }

    public void setSourceId(String sourceId) {
        this.sourceId = sourceId;
    }

    /** The catalog destination this instance was made from. */
    public CatalogReference getMetadata() {
        return metadata;
    }

    public void setMetadata(CatalogReference metadata) {
        this.metadata = metadata;
    }

    /** The catalog (meta) id: {@code metadata.id}, what createDestination takes as {@code metadataId}. */
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

    @Override
    public String toString() {
        return "Destination[" + name + " (" + id + "), metadataId " + getMetadataId() + "]";
    }
}
