package io.github.camelsegmentremote.segment.model;

/**
 * The catalog entry a source or destination instance was made from (its {@code metadata}): the catalog id
 * ({@code metadataId} when creating one), slug and name. The other catalog fields (logos, options, actions, ...)
 * are kept in {@link #getAdditionalProperties()}.
 */
public class CatalogReference extends SegmentModel {

    private String id;
    private String slug;
    private String name;

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

    @Override
    public String toString() {
        return slug + " (" + id + ")";
    }
}
